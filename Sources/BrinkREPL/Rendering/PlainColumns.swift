/// Rows of cells aligned in columns with two spaces between them: the plain
/// tables of command-line reports (no box drawing, so they paste anywhere).
enum PlainColumns {
  /// `rightAligned`: column indices to right-align (numbers).
  static func render(_ rows: [[String]], rightAligned: Set<Int> = [], indent: String = "  ") -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (j, cell) in row.enumerated() { widths[j] = max(widths[j], cell.count) }
    }
    return rows.map { row in
      var line = indent
      for (j, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[j] - cell.count)
        line += rightAligned.contains(j) ? pad + cell : (j == row.count - 1 ? cell : cell + pad)
        if j < row.count - 1 { line += "  " }
      }
      return line
    }.joined(separator: "\n")
  }
}

/// Numbers for reports: fixed decimals, no locale, no `-0`.
enum ReportNumber {
  static func fixed(_ x: Double, _ places: Int) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    let whole = (scaled / scale).rounded(.down)
    let frac = scaled - whole * scale
    var text = String(format0: whole)
    if places > 0 {
      var f = String(format0: frac)
      while f.count < places { f = "0" + f }
      text += "." + f
    }
    return (x < 0 && scaled != 0 ? "-" : "") + text
  }

  static func percent(_ p: Double, _ places: Int = 1) -> String { fixed(p * 100, places) + "%" }
}

extension String {
  /// The decimal digits of a non-negative whole `Double` (exact up to 2⁵³).
  fileprivate init(format0 x: Double) {
    self = x < 9.0e15 ? String(Int64(x)) : String(describing: x)
  }
}
