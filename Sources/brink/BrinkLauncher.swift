import BrinkFormats
import BrinkREPL
import Foundation

/// Wiring: builds a session and runs it interactively or in batch.
enum BrinkLauncher {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// Runs a script text without prompts; returns the exit status.
  static func batch(text: String, sourceName: String, keepGoing: Bool, deadline: Deadline? = nil) -> Int32 {
    let session = Session(scenario: ScenarioReader.builtIn(), style: .plain)
    let runner = BatchRunner(session: session, sourceName: sourceName, keepGoing: keepGoing,
                             write: Console.write, writeError: Console.writeError)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    if lines.last == "" { lines = lines.dropLast() }
    return timed(runner, deadline) { lines.popFirst().map(String.init) }
  }

  /// Runs the batch under an optional deadline: commands see it through the
  /// session's `shouldContinue`; once it passes no further line is run, and the
  /// run ends with "timed out after N s" and exit status 124.
  static func timed(_ runner: BatchRunner, _ deadline: Deadline?, next: @escaping () -> String?) -> Int32 {
    guard let deadline else { return runner.run(next: next) }
    runner.session.shouldContinue = { !deadline.expired }
    let status = runner.run { deadline.expired ? nil : next() }
    guard deadline.expired else { return status }
    Console.writeError("brink: error: \(deadline.message)\n")
    return Deadline.exitStatus
  }

  /// No arguments: the REPL on a terminal, batch mode on piped input.
  static func interactiveOrPiped(keepGoing: Bool, deadline: Deadline? = nil) -> Int32 {
    let env = environment
    guard LineEditorFactory.isTerminal else {
      let session = Session(scenario: ScenarioReader.builtIn(), style: .plain)
      let runner = BatchRunner(session: session, sourceName: "<stdin>", keepGoing: keepGoing,
                               write: Console.write, writeError: Console.writeError)
      return timed(runner, deadline) { readLine(strippingNewline: true) }
    }
    let session = Session(scenario: ScenarioReader.builtIn(), style: RenderStyle.detect(isTerminal: true, environment: env))
    let editor = LineEditorFactory.make(environment: env) { [unowned session] before in
      session.completer().complete(before)
    }
    return REPL(session: session, editor: editor).run()
  }
}
