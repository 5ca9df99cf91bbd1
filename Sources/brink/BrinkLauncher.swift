import BrinkFormats
import BrinkREPL
import Foundation

/// Wiring: builds a session and runs it interactively or in batch.
enum BrinkLauncher {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// Runs a script text without prompts; returns the exit status.
  static func batch(text: String, sourceName: String, keepGoing: Bool, deadline: Deadline? = nil) -> Int32 {
    installCrashReport(restart: nil)
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
  static func interactiveOrPiped(keepGoing: Bool, deadline: Deadline? = nil, recover: Recovery? = nil) -> Int32 {
    let env = environment
    guard LineEditorFactory.isTerminal else {
      installCrashReport(restart: nil)
      let session = Session(scenario: ScenarioReader.builtIn(), style: .plain)
      let runner = BatchRunner(session: session, sourceName: "<stdin>", keepGoing: keepGoing,
                               write: Console.write, writeError: Console.writeError)
      return timed(runner, deadline) { readLine(strippingNewline: true) }
    }
    installCrashReport(restart: CrashReport.Restart(count: recover?.restarts ?? 0))
    let session = Session(scenario: ScenarioReader.builtIn(), style: RenderStyle.detect(isTerminal: true, environment: env))
    if let recover { resume(session, from: recover) }
    let editor = LineEditorFactory.make(environment: env) { [unowned session] before in
      session.completer().complete(before)
    }
    return REPL(session: session, editor: editor).run()
  }

  /// Where a restart after an internal error picks up (`--recover FILE --restarts N`).
  struct Recovery {
    var file: String?
    var restarts: Int
  }

  static func installCrashReport(restart: CrashReport.Restart?) {
    let env = environment
    CrashReport.install(recoveryBase: CrashReport.standardRecoveryBase(environment: env),
                        historyPath: restart == nil ? nil : LibEditLineEditor.HistorySettings.standard(environment: env).path,
                        restart: restart, environment: env)
  }

  /// Loads the scenario saved by the crash handler, saying so.
  static func resume(_ session: Session, from recovery: Recovery) {
    guard let file = recovery.file else {
      Console.writeError("brink: restarted after an internal error.\n")
      return
    }
    let result = session.execute("load " + CommandLineSplitter.quoted(file))
    if let error = result.error {
      Console.writeError("brink: restarted after an internal error, but \(file) did not load: \(error.rendered)\n")
    } else {
      Console.writeError("brink: restarted after an internal error, on \(file) (your edits are in it).\n")
    }
  }
}
