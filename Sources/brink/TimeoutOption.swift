import ArgumentParser
import BrinkREPL

/// `--timeout SECONDS` for the batch commands (`brink run`, `brink -c`, piped
/// input, `brink solve`, `brink simulate`, `brink replay`, `brink fit`): the limit covers the
/// whole command; long work stops through the command's run control, what was
/// done is reported, and the exit status is 124.
struct TimeoutOption: ParsableArguments {
  @Option(help: ArgumentHelp("Stop long work after this many seconds, report what was done and exit with status 124.",
                             valueName: "seconds"))
  var timeout: Double?

  func validate() throws {
    if let timeout, !(timeout > 0 && timeout.isFinite) {
      throw ValidationError("--timeout must be a positive number of seconds, not '\(timeout)'")
    }
  }

  /// The command's run control, started now (the first thing a command does).
  func start(label: String = "") -> CLI.Run { CLI.Run(timeout: timeout, label: label) }
}
