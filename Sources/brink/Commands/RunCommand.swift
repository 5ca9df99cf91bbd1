import ArgumentParser
import BrinkREPL

/// `brink run script.brink`: run REPL commands from a file without prompts.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run REPL commands from a script file.",
    discussion: "Each line is a REPL command; '#' starts a comment. The first failing command stops the run with FILE:LINE: in the message and exit status 1, unless --keep-going is given.")

  @Argument(help: "The script to run.")
  var script: String

  @OptionGroup var batch: BatchOptions

  func run() throws {
    let run = batch.limit.start()
    try wire(run) { () throws(CLI.Failure) in try CLI.runScript(script, keepGoing: batch.keepGoing, run: run) }
  }
}
