import BrinkFormats
import BrinkREPL
import Foundation

/// Wiring: builds a session and runs it interactively or in batch.
enum BrinkLauncher {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// Runs a script text without prompts; returns the exit status.
  static func batch(text: String, sourceName: String, keepGoing: Bool) -> Int32 {
    let session = Session(scenario: ScenarioReader.builtIn(), style: .plain)
    let runner = BatchRunner(session: session, sourceName: sourceName, keepGoing: keepGoing,
                             write: Console.write, writeError: Console.writeError)
    return runner.run(text: text)
  }

  /// No arguments: the REPL on a terminal, batch mode on piped input.
  static func interactiveOrPiped(keepGoing: Bool) -> Int32 {
    let env = environment
    guard LineEditorFactory.isTerminal else {
      let session = Session(scenario: ScenarioReader.builtIn(), style: .plain)
      let runner = BatchRunner(session: session, sourceName: "<stdin>", keepGoing: keepGoing,
                               write: Console.write, writeError: Console.writeError)
      return runner.run { readLine(strippingNewline: true) }
    }
    let session = Session(scenario: ScenarioReader.builtIn(), style: RenderStyle.detect(isTerminal: true, environment: env))
    let editor = LineEditorFactory.make(environment: env) { [unowned session] before in
      session.completer().complete(before)
    }
    return REPL(session: session, editor: editor).run()
  }
}
