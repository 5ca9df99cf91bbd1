/// How renderers draw: Unicode box drawing and ANSI colour for a terminal, or plain
/// ASCII for pipes, files, `NO_COLOR` users and tests.
///
/// Renderers take a style and return a `String`; only the outermost loop (the CLI
/// or the REPL) writes to the terminal.
public struct RenderStyle: Sendable, Hashable {
  /// Box-drawing characters and typographic symbols (`×`, `–`, `≈`).
  public var unicode: Bool
  /// ANSI SGR escape sequences for emphasis.
  public var color: Bool

  public init(unicode: Bool, color: Bool) {
    self.unicode = unicode
    self.color = color
  }

  /// ASCII only, no escape sequences.
  public static let plain = RenderStyle(unicode: false, color: false)
  /// Unicode boxes and colour, for an interactive terminal.
  public static let terminal = RenderStyle(unicode: true, color: true)

  /// `.terminal` when output goes to a terminal and neither `NO_COLOR`
  /// (https://no-color.org) nor `TERM=dumb` asks otherwise; `.plain` if not.
  public static func detect(isTerminal: Bool, environment: [String: String]) -> RenderStyle {
    guard isTerminal, environment["TERM"] != "dumb" else { return .plain }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
    return .terminal
  }

  // MARK: - Symbols

  var times: String { unicode ? "×" : "x" }
  var dash: String { unicode ? "–" : "-" }

  // MARK: - Emphasis

  /// ANSI SGR attributes used by the renderers.
  public enum Emphasis: String, Sendable {
    case bold = "1"
    case dim = "2"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case boldGreen = "1;32"
    case boldYellow = "1;33"
    case boldCyan = "1;36"
  }

  /// `text` wrapped in the SGR sequence for `emphasis` when colour is on.
  public func paint(_ text: String, _ emphasis: Emphasis?) -> String {
    guard color, let emphasis, !text.isEmpty else { return text }
    return "\u{1B}[\(emphasis.rawValue)m\(text)\u{1B}[0m"
  }
}
