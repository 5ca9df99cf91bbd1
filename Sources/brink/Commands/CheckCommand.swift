import ArgumentParser
import BrinkREPL

/// `brink check FILE...`: reads and validates scenario files, printing a short
/// summary of each; exits 1 (with every diagnostic on standard error) if any has errors.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate scenario files and summarise them.")

  @Argument(help: "Scenario files (YAML).")
  var files: [String]

  func run() throws {
    let run = CLI.Run(timeout: nil, catchesInterrupt: false)
    try wire(run) { () throws(CLI.Failure) in try CLI.check(files: files) }
  }
}
