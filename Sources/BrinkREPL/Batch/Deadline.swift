import Glibc

/// A time limit for batch work (`--timeout SECONDS`): long commands poll
/// `expired` through their `shouldContinue` closures and stop early, reporting
/// what they finished. Measured on the monotonic clock, so changing the system
/// time does not move it.
public struct Deadline: Sendable {
  /// The exit status of a run stopped by its deadline (as GNU `timeout` uses).
  public static let exitStatus: Int32 = 124

  public let seconds: Double
  let start: Double

  public init(seconds: Double) {
    self.seconds = seconds
    self.start = Self.now()
  }

  public var expired: Bool { Self.now() - start >= seconds }

  /// `timed out after 2 s` (the seconds as given, without a trailing `.0`).
  public var message: String {
    let text = seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    return "timed out after \(text) s"
  }

  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
