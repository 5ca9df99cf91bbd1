import BrinkCore
import BrinkFormats
import Glibc

/// What happens when brink hits an internal error: a failed precondition, an index
/// out of range, an arithmetic overflow — a bug, never a user's input (bad input is
/// an ordinary error and the REPL goes on).
///
/// Swift cannot catch a trap: the process is ending. So everything the report needs
/// is prepared *before* each command, and a signal handler (for SIGILL, SIGTRAP,
/// SIGABRT, SIGSEGV, SIGBUS, SIGFPE) only does async-signal-safe work
/// (POSIX.1-2008 §2.4.3): it writes the prepared report to standard error, writes
/// the prepared scenario text — with the session's edits — to a temporary file and
/// renames it into place, and then either restarts brink on that file (the REPL on a
/// terminal: `execv` of this same program with `--recover FILE`, so the session goes
/// on with its edits) or hands the signal back to the previous handler (batch runs,
/// and after three restarts), which ends the process with a backtrace.
///
/// Lines typed at the prompt are already safe: the history file is saved after
/// every line.
public enum CrashReport {
  /// Where to restart, and how to say so; nil for batch runs.
  public struct Restart: Sendable {
    /// The program to run again (`/proc/self/exe` resolves to this binary).
    public var program: String
    /// Restarts so far in this chain; at `maximumRestarts` the next crash just ends.
    public var count: Int
    public init(program: String = "/proc/self/exe", count: Int) {
      self.program = program
      self.count = count
    }
  }

  public static let maximumRestarts = 3

  /// The line that makes `willRun` trap, when `BRINK_TEST_INTERNAL_ERROR=1` was set
  /// at `install`: how the tests reach this code without a real bug.
  public static let testTrigger = "__internal_error__"

  /// Installs the handlers. `recoveryBase` is the path, without extension, that
  /// receives the scenario (`.yaml`) or plain game (`.nfg`) when a crash happens;
  /// `historyPath` is named in the report (interactive sessions only).
  public static func install(recoveryBase: String, historyPath: String?, restart: Restart?,
                             environment: [String: String]) {
    state.recoveryBase = recoveryBase
    state.historyPath = historyPath
    state.testTrap = environment["BRINK_TEST_INTERNAL_ERROR"] == "1"
    if let restart, restart.count < maximumRestarts {
      CrashHandler.restartProgram = strdup(restart.program)
      CrashHandler.restartCount = restart.count + 1
    }
    CrashHandler.install()
  }

  /// The standard place for the recovery file: `$BRINK_RECOVERY`, else
  /// `~/.brink_recovered`, else one in /tmp named for the user.
  public static func standardRecoveryBase(environment: [String: String]) -> String {
    if let p = environment["BRINK_RECOVERY"], !p.isEmpty { return p }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.brink_recovered" }
    return "/tmp/brink-recovered-\(getuid())"
  }

  /// Prepares the report for `line` and the scenario to save, before `line` runs.
  public static func willRun(_ line: String, session: Session) {
    guard CrashHandler.installed else { return }
    updateRecovery(session)
    var text = "while running: \(line)\n"
    text += "This is a bug in brink, not a problem with your input. Please report it on brink's issue tracker "
    text += "with that line, the scenario, and the output of 'brink --version'.\n"
    if let history = state.historyPath { text += "The lines you typed are in \(history).\n" }
    CrashHandler.report.set(text)
    if let path = state.recoveryPath {
      // Written only once the file is saved.
      var saved = "The scenario \(session.name), with your edits, is saved in \(path).\n"
      saved += CrashHandler.restartProgram != nil
        ? "brink: restarting on it (its position and undo history start afresh).\n"
        : "Continue with: brink, then 'load \(path)'.\n"
      CrashHandler.savedNote.set(saved)
      CrashHandler.unsavedNote.set("brink could not save the scenario to \(path).\n")
    }
    if state.testTrap && line.trimmingSpaces() == testTrigger {
      fatalError("internal error requested by \(testTrigger) (BRINK_TEST_INTERNAL_ERROR=1)")
    }
  }

  /// Serialises the session's scenario (or plain game) when it has changed since the
  /// last command, so the handler has only bytes to write.
  static func updateRecovery(_ session: Session) {
    let text: String
    let ext: String
    if let doc = session.document {
      guard doc != state.lastDocument else { return }
      state.lastDocument = doc
      state.lastGame = nil
      text = ScenarioWriter.yaml(doc)
      ext = ".yaml"
    } else {
      let game = session.game
      guard game != state.lastGame else { return }
      state.lastGame = game
      state.lastDocument = nil
      text = GameText.nfg(game)
      ext = ".nfg"
    }
    let path = state.recoveryBase + ext
    state.recoveryPath = path
    CrashHandler.recovery.set(text)
    CrashHandler.setRecoveryPath(path)
  }

  /// The Swift-side state (never touched by the handler).
  struct State {
    var recoveryBase = "/tmp/brink-recovered"
    var recoveryPath: String?
    var historyPath: String?
    var testTrap = false
    var lastDocument: ScenarioDocument?
    var lastGame: Bimatrix?
  }
  nonisolated(unsafe) static var state = State()
}
