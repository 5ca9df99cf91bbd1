/// Runs commands without prompts: `brink < script.brink`, `brink run FILE` and
/// `brink -c "…"`. The first failing command stops the run with `file:line:` in
/// the message and a non-zero exit code, unless `keepGoing` is set.
public struct BatchRunner {
  public var session: Session
  /// The name used in messages: a path, `<stdin>` or `<command>`.
  public var sourceName: String
  public var keepGoing: Bool
  public var write: (String) -> Void
  public var writeError: (String) -> Void

  public init(session: Session, sourceName: String, keepGoing: Bool = false,
              write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
    self.session = session
    self.sourceName = sourceName
    self.keepGoing = keepGoing
    self.write = write
    self.writeError = writeError
  }

  /// Runs lines from `next` until it returns nil or `quit`. Returns the exit
  /// status: 0 when every command worked, 1 otherwise.
  public func run(next: () -> String?) -> Int32 {
    var lineNumber = 0
    var failed = false
    while let line = next() {
      lineNumber += 1
      CrashReport.willRun(line, session: session)
      let result = session.execute(line)
      if !result.output.isEmpty { write(result.output + "\n") }
      if let error = result.error {
        failed = true
        writeError("\(sourceName):\(lineNumber): " + error.rendered + "\n")
        if !keepGoing { return 1 }
      }
      if result.quit { break }
    }
    return failed ? 1 : 0
  }

  /// Runs the lines of a text (a script file or `-c` argument).
  public func run(text: String) -> Int32 {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    if lines.last == "" { lines = lines.dropLast() }
    return run { lines.popFirst().map(String.init) }
  }
}
