import ArgumentParser
import BrinkFormats
import BrinkREPL
import Foundation

/// Runs one façade under a command's run control and turns its end into the
/// process's: the one place where the executable prints a command's error
/// (`CLI.Failure`: its message on standard error, its status as the exit code).
func wire(_ run: CLI.Run, _ body: () throws(CLI.Failure) -> Void) throws {
  defer { run.finish() }
  do {
    try body()
  } catch {
    if let message = error.message { printError(message) }
    throw ExitCode(error.status)
  }
}

/// Writes a line to standard error (errors and usage go there, so that standard
/// output stays clean for reports and JSON).
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text.escapingControlCharacters + "\n").utf8))
}
