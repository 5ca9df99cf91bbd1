import BrinkCore
import Glibc
import Synchronization

/// Commands that have polled their run control so far, counted for `TestHold`.
let pollingCommands = Atomic<Int>(0)
/// Whether a `progress` hold has happened in this process.
let heldAtProgress = Atomic<Bool>(false)

/// A test-only hook that makes interrupt tests independent of the machine's speed
/// (issue 16, "a test that races the clock"). With `BRINK_TEST_HOLD_UNTIL_INTERRUPT`
/// in the environment, one long operation writes `brink-test: waiting for interrupt`
/// to standard error and blocks until Ctrl-C sets the flag or its deadline passes.
/// A test sends SIGINT only after reading that line, so the signal always lands
/// inside the operation, never before it starts or after it ends. Which one holds:
/// - `N` (a positive number; any other word but `progress` means 1): the N-th
///   command of the process that polls its run control, at its first poll;
/// - `progress`: the first progress report of the process (the sampling of
///   `simulate`, after its solve), so a partial report can be checked.
/// Without the variable this does nothing.
final class TestHold {
  /// The line a test waits for.
  static let line = "brink-test: waiting for interrupt"

  enum Mode: Equatable {
    case poll(Int)
    case progress
  }

  /// What the environment asks for; nil when the hook is off.
  static let mode: Mode? = {
    guard let value = getenv("BRINK_TEST_HOLD_UNTIL_INTERRUPT").map({ String(cString: $0) }), !value.isEmpty else {
      return nil
    }
    if value == "progress" { return .progress }
    return .poll(Int(value).flatMap { $0 > 0 ? $0 : nil } ?? 1)
  }()

  private var polled = false

  /// Called at every poll of one command; holds at the first if this is the target.
  func poll(deadline: Deadline?) {
    guard !polled else { return }
    polled = true
    guard case .poll(let target) = Self.mode,
      pollingCommands.add(1, ordering: .relaxed).newValue == target
    else { return }
    hold(deadline)
  }

  /// Called at every progress report; holds at the first of the process in `progress` mode.
  func progress(deadline: Deadline?) {
    guard Self.mode == .progress, !heldAtProgress.exchange(true, ordering: .relaxed) else { return }
    hold(deadline)
  }

  private func hold(_ deadline: Deadline?) {
    Console.writeError(Self.line + "\n")
    // Waiting for an event (the signal), not for a time: a millisecond nap between looks.
    while !Interrupt.isRequested && !(deadline?.expired ?? false) { usleep(1000) }
  }
}
