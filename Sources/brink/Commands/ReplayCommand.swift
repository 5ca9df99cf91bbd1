import ArgumentParser
import BrinkREPL

/// `brink replay FILE`: plays a scenario's script (what each side actually did)
/// against the solved model, round by round, and reports how likely the model found it.
/// Ctrl-C or `--timeout` stops the solve or the path's likelihood (long on a script of
/// thousands of rounds); an interrupted likelihood is reported as such.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay a scenario's script against the model's strategies.")

  @Argument(help: "A scenario file (YAML); the built-in default when omitted.")
  var file: String?

  @OptionGroup var limit: TimeoutOption

  func run() throws {
    let run = limit.start()
    try wire(run) { () throws(CLI.Failure) in try CLI.replay(file: file, run: run) }
  }
}
