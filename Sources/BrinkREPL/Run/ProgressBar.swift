import Glibc

/// The one progress bar of brink, for the REPL and the standalone commands alike:
/// `simulating [#########.....................]  30% 3000/10000` on standard error,
/// redrawn in place at most ten times a second, and erased when the command ends.
/// It shows only when standard error is a terminal, and only once the work has
/// lasted `delay` seconds (so short commands print nothing).
public final class ProgressBar {
  private let label: String
  private let delay: Double
  private let enabled: Bool
  private let write: (String) -> Void
  private let started = ContinuousClock.now
  private var lastDraw: ContinuousClock.Instant?
  private var drawn = ""

  /// - Parameters:
  ///   - label: the word before the bar (`simulating`); none when empty.
  ///   - delay: seconds of work before the bar first shows.
  ///   - enabled: whether to draw at all (default: standard error is a terminal).
  ///   - write: where the bar goes (default: standard error).
  public init(label: String = "", delay: Double = 0, enabled: Bool = isatty(2) == 1,
              write: @escaping (String) -> Void = Console.writeError) {
    self.label = label
    self.delay = delay
    self.enabled = enabled
    self.write = write
  }

  /// `[#########.........]  45%`: the bar itself, `width` characters between brackets.
  static func render(done: Int, total: Int, width: Int) -> String {
    let fraction = total == 0 ? 1.0 : min(1, Double(done) / Double(total))
    let filled = Int((fraction * Double(width)).rounded(.down))
    return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
      + "\(Int((fraction * 100).rounded(.down)))%".leftPadded(to: 4)
  }

  /// The whole line for `done` of `total`.
  func line(done: Int, total: Int) -> String {
    (label.isEmpty ? "" : label + " ") + Self.render(done: done, total: total, width: 30) + " \(done)/\(total)"
  }

  /// Redraws the bar for `done` of `total` (throttled; see the type's summary).
  public func update(done: Int, total: Int) {
    guard enabled, total > 0 else { return }
    let now = ContinuousClock.now
    guard now - started >= .seconds(delay) else { return }
    if let lastDraw, now - lastDraw < .milliseconds(100) { return }
    let text = line(done: done, total: total)
    guard text != drawn else { return }
    lastDraw = now
    drawn = text
    write("\r" + text)
  }

  /// Erases the bar, if it was drawn.
  public func finish() {
    guard !drawn.isEmpty else { return }
    write("\r\u{1B}[2K")
    drawn = ""
  }
}
