import ArgumentParser
import BrinkFormats
import BrinkREPL

/// The `brink` command: with no subcommand it opens the REPL on the default scenario.
@main
struct Brink: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brink",
    abstract: "Explore escalation between two powers as a game.",
    discussion: "With no arguments, opens the REPL on a terminal, or runs the commands on standard input when it is piped (brink < script.brink).",
    version: BrinkVersion.current,
    subcommands: [
      // Each subcommand lives in its own file under Sources/brink/Commands/.
      SolveCommand.self,
      CheckCommand.self,
      SimulateCommand.self,
      ReplayCommand.self,
      ForecastCommand.self,
      BacktestCommand.self,
      FitCommand.self,
      MergeCommand.self,
      SweepCommand.self,
      RunCommand.self,
    ])

  @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands (separated by ';') and exit.", valueName: "commands"))
  var commands: String?

  @OptionGroup var batch: BatchOptions

  /// Set by the crash handler when it restarts the REPL (see CrashReport).
  @Option(help: .hidden) var recover: String?
  @Option(help: .hidden) var restarts: Int?

  func run() throws {
    let run = batch.limit.start()
    try wire(run) { () throws(CLI.Failure) in
      if let commands {
        try CLI.commands(commands, keepGoing: batch.keepGoing, run: run)
      } else {
        let recovery = restarts.map { CLI.Recovery(file: recover, restarts: $0) }
        try CLI.interactiveOrPiped(keepGoing: batch.keepGoing, run: run, recover: recovery)
      }
    }
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
