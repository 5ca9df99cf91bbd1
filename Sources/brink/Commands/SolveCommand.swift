import ArgumentParser
import BrinkCore
import BrinkFormats
import BrinkREPL
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SolveMethod: ExpressibleByArgument {}

/// `brink solve FILE... [--json] [--method all|pure|lh|maximin|dominance]`.
///
/// Files are Gambit `.nfg` games or scenario YAML files (`SolveInput` tells them
/// apart). Every file is processed even when an earlier one fails; the exit code is 1
/// when any file could not be read, parsed or solved, and 0 otherwise.
struct SolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Solve games in Gambit .nfg files and scenario files exactly.",
    discussion: """
      For a game (.nfg), prints the payoff matrix with best responses marked, the \
      dominance analysis and the equilibria with exact probabilities and payoffs \
      (decimals alongside). For a scenario (.yaml or .yml; other files are read as \
      a game when they start with NFG, else as a scenario), solves it by backward \
      induction and prints, round by round, each decision node's state, both \
      players' strategies and the continuation values. With --json, prints one \
      JSON object per file (an array for several files). Use - to read from \
      standard input. --method applies to .nfg games only.
      """)

  @Argument(help: "Gambit strategic-game (.nfg) files and scenario (.yaml) files.")
  var files: [String]

  @Flag(help: "Print JSON instead of the readable report.")
  var json = false

  @Option(help: "For .nfg games only: all (default), pure, lh (Lemke–Howson), maximin or dominance.")
  var method: SolveMethod?

  func validate() throws {
    guard let method, method != .all else { return }
    if let scenario = files.first(where: { SolveInput.kind(of: $0) == .scenario }) {
      throw ValidationError("--method \(method.rawValue) applies to .nfg games only; \(scenario) is a scenario (solve it without --method)")
    }
  }

  @OptionGroup var limit: TimeoutOption

  func run() throws {
    let method = self.method ?? .all
    let style = json ? .plain : RenderStyle.detect(
      isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    var failed = false
    var objects = [JSONValue]()
    var first = true
    let deadline = limit.start()
    for path in files where !(deadline?.expired ?? false) {
      let name = path == "-" ? "<stdin>" : path
      do {
        if SolveInput.kind(of: path) == .scenario {
          let (doc, solved) = try SolveInput.solveScenario(path, shouldContinue: { !(deadline?.expired ?? false) })
          if json {
            objects.append(ScenarioSolveJSON.object(file: name, document: doc, solved: solved))
          } else {
            print((first ? "" : "\n") + ScenarioSolveReport.render(doc, solved: solved, file: name), terminator: "")
            first = false
          }
          continue
        }
        let file = try load(path)
        let analysis = try GameAnalysis.compute(file.game, method: method,
                                                shouldContinue: { !(deadline?.expired ?? false) })
        let report = SolveReport(file: name, analysis: analysis)
        if json {
          objects.append(SolveJSON.object(file: name, game: file.game, report.jsonParts))
        } else {
          print((first ? "" : "\n") + report.render(style: style), terminator: "")
          first = false
        }
      } catch {
        failed = true
        let message = Self.message(for: error, file: name)
        printError(message)
        if json { objects.append(SolveJSON.failure(file: name, message: message)) }
      }
    }
    if json { print(SolveJSON.document(objects), terminator: "") }
    if let deadline, deadline.expired {
      printError("brink: error: \(deadline.message)")
      throw ExitCode(Deadline.exitStatus)
    }
    if failed { throw ExitCode(1) }
  }

  func load(_ path: String) throws -> NFGFile {
    guard path == "-" else { return try NFGReader.read(path: path) }
    return try NFGReader.parse(SolveInput.standardInput, file: "<stdin>")
  }

  static func message(for error: Error, file: String) -> String {
    switch error {
    case let list as DiagnosticList: return list.description
    case let read as NFGReadError: return read.description
    case let refusal as InputFile.Refusal: return refusal.description
    case let unsupported as GameAnalysis.Unsupported: return "\(file): error: \(unsupported)"
    case let escalation as EscalationError: return "\(file): error: cannot solve the scenario: \(escalation.description)"
    default: return "\(file): error: \(error)"
    }
  }
}
