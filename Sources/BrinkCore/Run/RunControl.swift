/// What every long operation of one command asks, "should I go on?", and tells,
/// "this much is done": the command's deadline (`--timeout`), whether it was
/// interrupted (Ctrl-C), and where progress goes. One value is built per command
/// (per CLI invocation, per REPL or script line) and passed down to every long
/// operation: solve (every method), the scenario solve and compile, simulate,
/// trace, sweep, replay (issue 9, "one run control"; STYLE habit 15).
///
/// The engine stays pure: the interrupt is a closure (the signal handler and its
/// flag live in BrinkREPL's `Interrupt`), and so is progress (the terminal bar is
/// BrinkREPL's `ProgressBar`). Core APIs keep taking `shouldContinue` and
/// `progress` closures; `RunControl` supplies them.
///
/// Threads: `shouldContinue()` and `progress(_:_:)` are called on the thread that
/// runs the operation (the simulator calls them on its calling thread), so the
/// closures need not be thread-safe.
public struct RunControl {
  /// Why work stopped early.
  public enum Stop: Sendable, Equatable {
    /// Ctrl-C (SIGINT): exit status 130.
    case interrupted
    /// The deadline passed: exit status 124.
    case timedOut

    /// The conventional exit status: 128 + SIGINT for an interrupt, GNU
    /// `timeout`'s 124 for a deadline.
    public var exitStatus: Int32 { self == .interrupted ? RunControl.interruptedExitStatus : Deadline.exitStatus }
  }

  /// The exit status of a command stopped by Ctrl-C (128 + SIGINT, as shells report it).
  public static let interruptedExitStatus: Int32 = 130

  /// The command's time limit, if any.
  public let deadline: Deadline?
  private let isInterrupted: () -> Bool
  private let report: (Int, Int) -> Void

  /// - Parameters:
  ///   - deadline: the command's time limit, started when the command started.
  ///   - isInterrupted: whether Ctrl-C was pressed (polled, so keep it cheap).
  ///   - progress: told (done, total) by operations that can count their work.
  public init(deadline: Deadline? = nil, isInterrupted: @escaping () -> Bool = { false },
              progress: @escaping (Int, Int) -> Void = { _, _ in }) {
    self.deadline = deadline
    self.isInterrupted = isInterrupted
    self.report = progress
  }

  /// No limit, no interrupt, no progress: what library callers and tests use.
  public static var unlimited: RunControl { RunControl() }

  /// Why the work should stop now, or `nil` to go on. An interrupt wins over a
  /// deadline that passed too (the user asked first, or at least also).
  public var stop: Stop? {
    if isInterrupted() { return .interrupted }
    if let deadline, deadline.expired { return .timedOut }
    return nil
  }

  /// Whether long work should go on: no Ctrl-C and the deadline not passed.
  public func shouldContinue() -> Bool { stop == nil }

  /// Reports progress: `done` of `total` units of the current operation.
  public func progress(_ done: Int, _ total: Int) { report(done, total) }

  /// The same control with progress going to `progress` instead (e.g. a bar with
  /// another label for another phase of the command).
  public func reporting(to progress: @escaping (Int, Int) -> Void) -> RunControl {
    RunControl(deadline: deadline, isInterrupted: isInterrupted, progress: progress)
  }
}
