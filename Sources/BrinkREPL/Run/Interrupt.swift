import CEditLine
import Glibc
import Synchronization

/// Set by the SIGINT handler; read by long commands through their `RunControl`.
/// A lock-free atomic is safe to store from a signal handler, and a global `let`
/// of a Sendable type needs no unsafe annotations. This is the one global brink
/// keeps for Ctrl-C: a signal handler cannot be given context.
let interruptFlag = Atomic<Bool>(false)

/// Ctrl-C (SIGINT) as a flag, for the REPL, scripts and standalone commands alike:
/// the first Ctrl-C stops the running command cleanly (it reports what it did),
/// and the caller decides what follows (the REPL prompts again; a script or a
/// standalone command ends with status 130).
public enum Interrupt {
  /// Installs the SIGINT handler, without SA_RESTART, so a blocking read (libedit's,
  /// or a script's next line on a pipe) returns EINTR instead of waiting on. The
  /// signal is unblocked too: a parent may have started brink with it blocked.
  public static func install() {
    reset()
    _ = ceditline_install_signal(SIGINT) { _ in
      interruptFlag.store(true, ordering: .relaxed)
    }
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Gives SIGINT back its default action (end the process).
  public static func restore() { signal(SIGINT, SIG_DFL) }

  /// Whether Ctrl-C was pressed since the last `reset()`.
  public static var isRequested: Bool { interruptFlag.load(ordering: .relaxed) }

  public static func reset() { interruptFlag.store(false, ordering: .relaxed) }

  /// For tests: pretend Ctrl-C was pressed.
  public static func request() { interruptFlag.store(true, ordering: .relaxed) }
}
