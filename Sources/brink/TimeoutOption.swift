import ArgumentParser
import BrinkREPL

/// `--timeout SECONDS` for the batch commands (`brink run`, `brink -c`, piped
/// input, `brink solve`, `brink simulate`): long work stops through the engine's
/// `shouldContinue`, what was done is reported, and the exit status is 124.
struct TimeoutOption: ParsableArguments {
  @Option(help: ArgumentHelp("Stop long work after this many seconds, report what was done and exit with status 124.",
                             valueName: "seconds"))
  var timeout: Double?

  func validate() throws {
    if let timeout, !(timeout > 0 && timeout.isFinite) {
      throw ValidationError("--timeout must be a positive number of seconds, not '\(timeout)'")
    }
  }

  /// The deadline, started now; nil without `--timeout`.
  func start() -> Deadline? { timeout.map { Deadline(seconds: $0) } }
}
