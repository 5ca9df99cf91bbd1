import ArgumentParser
import BrinkFormats
import BrinkREPL
import Foundation

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
    let text: String
    do {
      try InputFile.check(script)
    } catch {
      Console.writeError("\(error)\n")
      throw ExitCode(1)
    }
    do {
      text = try String(contentsOfFile: script, encoding: .utf8)
    } catch {
      Console.writeError("brink: error: cannot read '\(script)': \(error.localizedDescription)\n")
      throw ExitCode(1)
    }
    let status = BrinkLauncher.batch(text: text, sourceName: script, keepGoing: batch.keepGoing, deadline: batch.limit.start())
    if status != 0 { throw ExitCode(status) }
  }
}
