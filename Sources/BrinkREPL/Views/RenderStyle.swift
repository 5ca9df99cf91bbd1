/// How output is decorated: ANSI colour and Unicode box drawing on a terminal;
/// plain ASCII when `NO_COLOR` is set or output is not a terminal (and in tests).
public struct RenderStyle: Sendable, Equatable {
  public var color: Bool
  public var unicode: Bool

  public init(color: Bool, unicode: Bool) {
    self.color = color
    self.unicode = unicode
  }

  public static let plain = RenderStyle(color: false, unicode: false)
  public static let terminal = RenderStyle(color: true, unicode: true)

  /// The style for an output stream: `isTerminal` from `isatty(1)`.
  public static func detect(isTerminal: Bool, environment: [String: String]) -> RenderStyle {
    guard isTerminal else { return .plain }
    if let v = environment["NO_COLOR"], !v.isEmpty { return RenderStyle(color: false, unicode: false) }
    if environment["TERM"] == "dumb" { return .plain }
    return .terminal
  }

  enum Tone: String { case bold = "1", dim = "2", strike = "9", green = "32", yellow = "33", red = "31", cyan = "36" }

  /// Wraps `text` in an ANSI escape when colour is on.
  func paint(_ text: String, _ tones: Tone...) -> String {
    guard color, !tones.isEmpty else { return text }
    return "\u{1B}[" + tones.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
  }

  var horizontal: String { unicode ? "─" : "-" }
  var vertical: String { unicode ? "│" : "|" }
  var cross: String { unicode ? "┼" : "+" }
  var bestMark: String { "*" }
}
