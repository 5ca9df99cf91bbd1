import CEditLine
import Synchronization

/// Set by the SIGINT handler; read by long commands through their `shouldContinue`
/// closures. A lock-free atomic is safe to store from a signal handler, and a global
/// `let` of a Sendable type needs no unsafe annotations. This is the one global the
/// REPL keeps: a signal handler cannot be given context.
let interruptFlag = Atomic<Bool>(false)

/// Ctrl-C handling for the interactive REPL.
public enum Interrupt {
  /// Installs the SIGINT handler (without SA_RESTART, so libedit's read returns
  /// EINTR). Only done on a terminal: in batch mode Ctrl-C should stop the run.
  public static func installHandler() {
    _ = ceditline_install_signal(SIGINT) { _ in
      interruptFlag.store(true, ordering: .relaxed)
    }
  }

  /// Whether Ctrl-C was pressed since the last `reset()`.
  public static var isRequested: Bool { interruptFlag.load(ordering: .relaxed) }

  public static func reset() { interruptFlag.store(false, ordering: .relaxed) }

  /// For tests: pretend Ctrl-C was pressed.
  public static func request() { interruptFlag.store(true, ordering: .relaxed) }
}
