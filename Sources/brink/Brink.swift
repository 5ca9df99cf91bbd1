import ArgumentParser

/// The `brink` command: with no subcommand it opens the REPL on the default scenario.
@main
struct Brink: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brink",
    abstract: "Explore escalation between two powers as a game.",
    version: "0.1.0",
    subcommands: [
      // Each subcommand lives in its own file under Sources/brink/Commands/.
      Solve.self,
      CheckCommand.self,
      SimulateCommand.self,
      ReplayCommand.self,
      MergeCommand.self,
    ])

  func run() throws {
    print(Brink.helpMessage())
  }

  /// ArgumentParser's own `main`, except that usage errors exit with 2 (the
  /// convention of POSIX utilities, and what the issue asks) instead of
  /// `EX_USAGE` (64). Exit codes: 0 success, 1 a file failed, 2 usage.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        printError(fullMessage(for: error))
        exit(withError: ExitCode(2))
      }
      exit(withError: error)
    }
  }
}
