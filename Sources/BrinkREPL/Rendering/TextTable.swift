/// A grid of cells drawn with box-drawing characters (Unicode style) or `+-|`
/// (ASCII style). Widths are measured on the plain text; colour is applied after
/// padding so that escape sequences never disturb the alignment.
struct TextTable {
  struct Cell {
    /// Runs of text, each with its own emphasis.
    var segments: [(text: String, emphasis: RenderStyle.Emphasis?)]
    /// Right-align (numbers) rather than left-align (labels).
    var alignRight = false

    init(_ text: String, _ emphasis: RenderStyle.Emphasis? = nil, alignRight: Bool = false) {
      self.segments = [(text, emphasis)]
      self.alignRight = alignRight
    }

    init(segments: [(text: String, emphasis: RenderStyle.Emphasis?)]) {
      self.segments = segments
    }

    /// The width on screen, in characters.
    var width: Int { segments.reduce(0) { $0 + $1.text.count } }

    func painted(_ style: RenderStyle) -> String {
      segments.map { style.paint($0.text, $0.emphasis) }.joined()
    }
  }

  var rows: [[Cell]]
  /// Rows drawn above a rule (column headers).
  var headerRows = 1

  func render(_ style: RenderStyle) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (j, cell) in row.enumerated() { widths[j] = max(widths[j], cell.width) }
    }
    let (h, v) = style.unicode ? ("─", "│") : ("-", "|")
    func rule(_ left: String, _ middle: String, _ right: String) -> String {
      left + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: middle) + right
    }
    let top = style.unicode ? rule("┌", "┬", "┐") : rule("+", "+", "+")
    let separator = style.unicode ? rule("├", "┼", "┤") : rule("+", "+", "+")
    let bottom = style.unicode ? rule("└", "┴", "┘") : rule("+", "+", "+")
    var lines = [top]
    for (i, row) in rows.enumerated() {
      if i == headerRows && i > 0 { lines.append(separator) }
      var line = v
      for j in 0..<columns {
        let cell = j < row.count ? row[j] : Cell("")
        let pad = String(repeating: " ", count: widths[j] - cell.width)
        let text = cell.painted(style)
        line += " " + (cell.alignRight ? pad + text : text + pad) + " " + v
      }
      lines.append(line)
    }
    lines.append(bottom)
    return lines.joined(separator: "\n")
  }
}
