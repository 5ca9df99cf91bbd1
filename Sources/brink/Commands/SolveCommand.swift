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
/// Every file is processed even when an earlier one fails; the exit code is 1 when
/// any file could not be read, parsed or solved, and 0 otherwise.
struct Solve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Solve games in Gambit .nfg files exactly.",
    discussion: """
      For each file, prints the payoff matrix with best responses marked, the \
      dominance analysis and the equilibria with exact probabilities and payoffs \
      (decimals alongside). With --json, prints one JSON object per file (an array \
      for several files). Use - to read a game from standard input.
      """)

  @Argument(help: "Gambit strategic-game (.nfg) files.")
  var files: [String]

  @Flag(help: "Print JSON instead of the readable report.")
  var json = false

  @Option(help: "What to compute: all, pure, lh (Lemke–Howson), maximin or dominance.")
  var method: SolveMethod = .all

  @OptionGroup var limit: TimeoutOption

  func run() throws {
    let style = json ? .plain : RenderStyle.detect(
      isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    var failed = false
    var objects = [JSONValue]()
    var first = true
    let deadline = limit.start()
    for path in files where !(deadline?.expired ?? false) {
      let name = path == "-" ? "<stdin>" : path
      do {
        let file = try load(path)
        let report = try SolveReport.compute(file.game, file: name, method: method,
                                            shouldContinue: { !(deadline?.expired ?? false) })
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
    var text = ""
    while let line = readLine(strippingNewline: false) { text += line }
    return try NFGReader.parse(text, file: "<stdin>")
  }

  static func message(for error: Error, file: String) -> String {
    switch error {
    case let list as DiagnosticList: return list.description
    case let read as NFGReadError: return read.description
    case let refusal as InputFile.Refusal: return refusal.description
    case let unsupported as SolveReport.Unsupported: return "\(file): error: \(unsupported)"
    default: return "\(file): error: \(error)"
    }
  }
}
