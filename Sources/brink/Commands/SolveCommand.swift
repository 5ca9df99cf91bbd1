import ArgumentParser
import BrinkCore
import BrinkREPL

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
    let run = limit.start()
    try wire(run) { () throws(CLI.Failure) in try CLI.solve(files: files, json: json, method: method ?? .all, run: run) }
  }
}
