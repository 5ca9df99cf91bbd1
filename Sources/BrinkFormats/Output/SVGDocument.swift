/// A small writer of standalone SVG (W3C, *Scalable Vector Graphics (SVG) 1.1, Second
/// Edition*, 2011): elements appended in order, attributes in the order given, text
/// and attribute values escaped, numbers in one fixed format. The same calls give
/// the same bytes, so charts can be compared exactly and kept under version control.
///
/// 1. The document opens with an XML declaration and an `<svg>` element carrying the
///    SVG namespace, `width`, `height` and a `viewBox` of the same size, so it stands
///    alone (a browser, an editor or an `<img>` tag shows it at that size and scales it).
/// 2. Every element added goes inside it, indented by nesting depth.
/// 3. `rendered` closes whatever is still open, so the result is always well formed.
public struct SVGDocument: Sendable {
  public let width: Double
  public let height: Double
  private var lines: [String]
  private var open: [String] = []

  /// - Parameters:
  ///   - title: the document's `<title>`, shown as its name by viewers and read by
  ///     screen readers.
  ///   - attributes: extra attributes of the `<svg>` element (fonts, for instance).
  public init(width: Double, height: Double, title: String, attributes: [(String, String)] = []) {
    self.width = width
    self.height = height
    let size = [("xmlns", "http://www.w3.org/2000/svg"), ("width", Self.number(width)), ("height", Self.number(height)),
                ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))")]
    lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<svg" + Self.attributes(size + attributes) + ">"]
    open = ["svg"]
    element("title", text: title)
  }

  /// An element with no children: `<name a="1"/>`, or `<name a="1">text</name>`.
  public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
    let head = indent + "<" + name + Self.attributes(attributes)
    guard let text else {
      lines.append(head + "/>")
      return
    }
    lines.append(head + ">" + Self.escape(text) + "</" + name + ">")
  }

  /// Opens an element whose children follow, until `close()`.
  public mutating func begin(_ name: String, _ attributes: [(String, String)] = []) {
    lines.append(indent + "<" + name + Self.attributes(attributes) + ">")
    open.append(name)
  }

  /// Closes the innermost element opened with `begin` (never the `<svg>` itself).
  public mutating func close() {
    guard open.count > 1, let name = open.popLast() else { return }
    lines.append(indent + "</" + name + ">")
  }

  /// The document, every open element closed, ending in a newline.
  public var rendered: String {
    var copy = self
    while copy.open.count > 1 { copy.close() }
    return (copy.lines + ["</svg>"]).joined(separator: "\n") + "\n"
  }

  private var indent: String { String(repeating: "  ", count: open.count) }

  private static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// Text made safe for XML content and attribute values: the five predefined
  /// entities, and characters XML 1.0 does not allow (controls other than tab,
  /// newline and return) left out.
  public static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A coordinate with at most two decimals, trailing zeros dropped (`12`, `12.5`,
  /// `-0.25`): the same bytes on every platform, unlike `String(format:)`.
  /// Non-finite values (which a chart should never produce) are written as 0.
  public static func number(_ x: Double) -> String {
    guard x.isFinite, abs(x) < 1e12 else { return "0" }
    let hundredths = Int((abs(x) * 100).rounded())
    let whole = hundredths / 100, fraction = hundredths % 100
    var text = String(whole)
    if fraction != 0 {
      text += "." + (fraction < 10 ? "0" : "") + String(fraction)
      while text.hasSuffix("0") { text.removeLast() }
    }
    return (x < 0 && hundredths != 0 ? "-" : "") + text
  }
}
