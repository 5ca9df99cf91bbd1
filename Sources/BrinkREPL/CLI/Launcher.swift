import BrinkFormats
import Foundation

/// Sessions for the executable: a script run without prompts (`brink -c`, `brink run`,
/// piped standard input) or the interactive REPL. A script runs under the command's
/// `CLI.Run`: its deadline covers the whole script, and Ctrl-C stops the running
/// line, prints its partial result and ends the script with status 130
/// (`BatchRunner`).
extension CLI {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// `brink -c "…"`: runs the commands (separated by `;` or newlines) without prompts,
  /// one at a time, so that an error names the command and its place
  /// (`-c, command 2 (load nope): error: …`) and `--keep-going` goes on after it.
  public static func commands(_ text: String, keepGoing: Bool, run: Run) throws(Failure) {
    try script(text: separateCommands(text), sourceName: "-c", keepGoing: keepGoing, run: run, namesCommands: true)
  }

  /// `text` with one command a line, each re-quoted as typed; a line with an
  /// unterminated quote is kept whole (running it reports the quote).
  static func separateCommands(_ text: String) -> String {
    var lines = [String]()
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      guard let commands = try? CommandLineSplitter.commands(in: String(line)) else {
        lines.append(String(line))
        continue
      }
      lines += commands.filter { !$0.isEmpty }.map { $0.map(CommandLineSplitter.quoted).joined(separator: " ") }
    }
    return lines.joined(separator: "\n")
  }

  /// `brink run FILE`: runs the REPL commands in a script file without prompts.
  public static func runScript(_ path: String, keepGoing: Bool, run: Run) throws(Failure) {
    do {
      try InputFile.check(path)
    } catch {
      throw Failure(status: 1, message: error.description)
    }
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw Failure(status: 1, message: "brink: error: cannot read '\(path)': \(error.localizedDescription)")
    }
    try script(text: text, sourceName: path, keepGoing: keepGoing, run: run)
  }

  /// Runs a script text without prompts.
  static func script(text: String, sourceName: String, keepGoing: Bool, run: Run,
                     namesCommands: Bool = false) throws(Failure) {
    installCrashReport(restart: nil)
    let session = Session(scenario: ScenarioReader.builtIn(), style: .plain)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    if lines.last == "" { lines = lines.dropLast() }
    var runner = batch(session, sourceName, keepGoing, run)
    runner.namesCommands = namesCommands
    try finish(runner.run { lines.popFirst().map(String.init) })
  }

  static func batch(_ session: Session, _ sourceName: String, _ keepGoing: Bool, _ run: Run) -> BatchRunner {
    // Output to a terminal is wrapped as the REPL wraps it; to a pipe or file, not.
    let width = Console.wrapWidth()
    return BatchRunner(session: session, sourceName: sourceName, keepGoing: keepGoing, deadline: run.deadline,
                       write: { text in Console.write(width.map { ProseWrapping.wrap(text, width: $0) } ?? text) },
                       writeError: Console.writeError)
  }

  /// A script's exit status as the command's end (its messages are already written).
  static func finish(_ status: Int32) throws(Failure) {
    if status != 0 { throw Failure(status: status) }
  }

  /// No arguments: the REPL on a terminal, batch mode on piped input.
  public static func interactiveOrPiped(keepGoing: Bool, run: Run, recover: Recovery? = nil) throws(Failure) {
    let env = environment
    guard LineEditorFactory.isTerminal else {
      installCrashReport(restart: nil)
      let session = Session(scenario: ScenarioReader.builtIn(), style: .plain)
      try finish(batch(session, "<stdin>", keepGoing, run).run { readLine(strippingNewline: true) })
      return
    }
    installCrashReport(restart: CrashReport.Restart(count: recover?.restarts ?? 0))
    let session = Session(scenario: ScenarioReader.builtIn(), style: RenderStyle.detect(isTerminal: true, environment: env))
    if let recover { resume(session, from: recover) }
    let editor = LineEditorFactory.make(environment: env) { [unowned session] before in
      session.completer().complete(before)
    }
    try finish(REPL(session: session, editor: editor).run())
  }

  /// Where a restart after an internal error picks up (`--recover FILE --restarts N`).
  public struct Recovery {
    var file: String?
    var restarts: Int

    public init(file: String?, restarts: Int) {
      self.file = file
      self.restarts = restarts
    }
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
