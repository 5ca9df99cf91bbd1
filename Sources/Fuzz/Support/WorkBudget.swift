/// A budget for one command or one input counted in cancellation checks, not in
/// seconds: the engine asks `shouldContinue` between units of work (a solver's
/// node, a chunk of simulated paths, a round of a replay), and the budget answers
/// yes `checks` times, then no.
///
/// A wall-clock deadline (the targets had 0.5 s and 0.2 s) made each input's path
/// depend on the machine's load: at nice 19 on a busy machine the same input
/// stopped at another place, so a finding might not reproduce, and most of the
/// fuzzer's time went into inputs that ran to their deadline. Counting checks
/// stops an input at the same place on every run, and a small count keeps every
/// input short while still running each command's cancellation path. A generous
/// wall-clock limit stays as a backstop (`seconds`) for work that checks seldom;
/// libFuzzer's `-timeout` reports work that never checks.
public final class WorkBudget {
  /// How many checks answer yes.
  public var checks: Int
  /// The wall-clock backstop, in seconds from `start()`.
  public let seconds: Double
  /// The checks asked for since `start()`.
  public private(set) var used = 0
  private var deadline = ContinuousClock.now

  public init(checks: Int, seconds: Double = 1) {
    self.checks = checks
    self.seconds = seconds
  }

  /// Starts the budget afresh (before each command or input).
  public func start() {
    used = 0
    deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
  }

  /// One check: true while the budget lasts.
  public func check() -> Bool {
    used += 1
    return used <= checks && ContinuousClock.now < deadline
  }

  /// `check` as the closure the engine and the session take.
  public var shouldContinue: () -> Bool { { self.check() } }
}
