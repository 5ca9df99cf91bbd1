import BrinkCore
import BrinkFormats

/// Runs commands without prompts: `brink < script.brink`, `brink run FILE` and
/// `brink -c "…"`. The first failing command stops the run with `file:line:` in
/// the message and a non-zero exit code, unless `keepGoing` is set.
///
/// Run control: every line gets its own `RunControl` (`RunControl.command`) with
/// the script's deadline, which started with the command (`--timeout`). When the
/// deadline passes, the running command stops and reports what it did, no further
/// line runs, and the run ends with "timed out after N s" and status 124. When
/// Ctrl-C arrives (with `Interrupt` installed), the running command stops and
/// prints its partial result, and the script ends with status 130 (issue 16).
public struct BatchRunner {
  public var session: Session
  /// The name used in messages: a path, `<stdin>` or `<command>`.
  public var sourceName: String
  public var keepGoing: Bool
  /// Errors say `SOURCE, command N (LINE):` instead of `SOURCE:N:` (for `-c`, whose
  /// commands are not lines of a file).
  public var namesCommands = false
  /// The script's time limit, if any.
  public var deadline: Deadline?
  public var write: (String) -> Void
  public var writeError: (String) -> Void

  public init(session: Session, sourceName: String, keepGoing: Bool = false, deadline: Deadline? = nil,
              write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
    self.session = session
    self.sourceName = sourceName
    self.keepGoing = keepGoing
    self.deadline = deadline
    self.write = write
    self.writeError = writeError
  }

  /// Runs lines from `next` until it returns nil or `quit`, or the deadline passes,
  /// or Ctrl-C stops a command. Returns the exit status: 0 when every command
  /// worked, 1 otherwise, 124 after the deadline, 130 after Ctrl-C.
  public func run(next: () -> String?) -> Int32 {
    var lineNumber = 0
    var failed = false
    while !stopped, let line = next() {
      lineNumber += 1
      session.run = .command(deadline: deadline)
      CrashReport.willRun(line, session: session)
      let result = session.execute(line)
      if !result.output.isEmpty { write(result.output + "\n") }
      if let error = result.error {
        failed = true
        let place = namesCommands ? "\(sourceName), command \(lineNumber) (\(line)): " : "\(sourceName):\(lineNumber): "
        writeError(place.escapingControlCharacters + error.rendered + "\n")
        if stopped { break }
        if !keepGoing { return 1 }
      }
      if result.quit { break }
    }
    // Ctrl-C while reading the next line counts too (the read returns early).
    if Interrupt.isRequested {
      writeError("brink: interrupted\n")
      return RunControl.interruptedExitStatus
    }
    if let deadline, deadline.expired {
      writeError("brink: error: \(deadline.message)\n")
      return Deadline.exitStatus
    }
    return failed ? 1 : 0
  }

  /// Whether Ctrl-C or the deadline has stopped the script (asked directly, not
  /// through a run control, so the test hook does not count it as a command).
  var stopped: Bool { Interrupt.isRequested || (deadline?.expired ?? false) }

  /// Runs the lines of a text (a script file or `-c` argument).
  public func run(text: String) -> Int32 {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    if lines.last == "" { lines = lines.dropLast() }
    return run { lines.popFirst().map(String.init) }
  }
}
