/// A time limit for a command (`--timeout SECONDS`): long work polls `expired`
/// through its `RunControl` and stops early, reporting what it finished. Measured
/// on the monotonic clock (`ContinuousClock`), so changing the system time does
/// not move it. Started when the command starts, before any file is read, so the
/// limit covers the whole command (issue 9).
public struct Deadline: Sendable {
  /// The exit status of a run stopped by its deadline (as GNU `timeout` uses).
  public static let exitStatus: Int32 = 124

  public let seconds: Double
  let start: ContinuousClock.Instant

  public init(seconds: Double) {
    self.seconds = seconds
    self.start = ContinuousClock.now
  }

  public var expired: Bool { elapsed >= seconds }

  /// Seconds since the deadline was started.
  public var elapsed: Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }

  /// `timed out after 2 s` (the seconds as given, without a trailing `.0`).
  public var message: String {
    let text = seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    return "timed out after \(text) s"
  }
}
