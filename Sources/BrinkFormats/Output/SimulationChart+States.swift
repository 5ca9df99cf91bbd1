import BrinkCore

extension SimulationChart {
  /// The largest number of points drawn per line: a longer run is sampled at even
  /// steps (its last row, the end, always kept), so a 100000-round chart stays small.
  static let pointLimit = 1000

  /// The first panel: one line per state over the rows of `stateProbabilities`
  /// (round 1 … round R, then the end), a legend on the right.
  static func drawStates(_ s: SimulationSummary, dates: [CalendarDate]?, layout: Layout, into svg: inout SVGDocument) {
    let top = Layout.statesTop, height = Layout.statesHeight
    let rows = s.stateProbabilities.count
    svg.begin("g", [("id", "state-probabilities")])
    svg.element("text", [("x", n(Layout.left)), ("y", n(top - 26)), ("font-size", "14"), ("font-weight", "bold")],
                text: "Probability of each state by round")
    drawPercentAxis(top: top, height: height, into: &svg)
    let kept = sampledRows(rows)
    for (k, label) in roundLabels(s, rows: rows) {
      let x = self.x(row: k, rows: rows)
      let bottom = top + height
      svg.element("line", [("x1", n(x)), ("y1", n(bottom)), ("x2", n(x)), ("y2", n(bottom + 4)), ("stroke", "#000000")])
      svg.element("text", [("x", n(x)), ("y", n(bottom + 17)), ("text-anchor", "middle")], text: label)
      if let dates, k < dates.count {
        svg.element("text", [("x", n(x)), ("y", n(bottom + 31)), ("text-anchor", "middle"), ("font-size", "10"),
                             ("fill", "#444444")], text: dates[k].description)
      }
    }
    svg.element("text", [("x", n(Layout.left + Layout.plotWidth / 2)), ("y", n(top + height + 50)),
                         ("text-anchor", "middle"), ("fill", "#444444")],
                text: dates == nil ? "round" : "round (and its first day)")
    for (i, name) in s.stateNames.enumerated() {
      let (colour, dash) = style(ofState: i)
      let points = kept.map { t in
        let p = i < s.stateProbabilities[t].count ? s.stateProbabilities[t][i] : 0
        return n(x(row: t, rows: rows)) + "," + n(y(p, top: top, height: height))
      }
      var attributes = [("class", "series"), ("fill", "none"), ("stroke", colour), ("stroke-width", "2"),
                        ("stroke-linejoin", "round")]
      if let dash { attributes.append(("stroke-dasharray", dash)) }
      attributes.append(("points", points.joined(separator: " ")))
      svg.begin("polyline", attributes)
      svg.element("title", text: name)
      svg.close()
    }
    drawLegend(s.stateNames, top: top, into: &svg)
    svg.close()
  }

  /// The x coordinate of row `t` of `rows` (one row alone sits in the middle).
  static func x(row t: Int, rows: Int) -> Double {
    guard rows > 1 else { return Layout.left + Layout.plotWidth / 2 }
    return Layout.left + Layout.plotWidth * Double(t) / Double(rows - 1)
  }

  /// The rows drawn: all of them up to `pointLimit`, else every k-th and the last.
  static func sampledRows(_ rows: Int) -> [Int] {
    guard rows > pointLimit else { return Array(0..<rows) }
    let step = (rows + pointLimit - 2) / (pointLimit - 1)
    var kept = Array(stride(from: 0, to: rows - 1, by: step))
    kept.append(rows - 1)
    return kept
  }

  /// Which rows get a label along the bottom (`1`, `2`, … and `end` for the last),
  /// at most one every 64 points: every 1, 2, 5, 10, 20, 50, … rounds, the last
  /// ordinary label dropped when it would crowd `end`.
  static func roundLabels(_ s: SimulationSummary, rows: Int) -> [(Int, String)] {
    guard rows > 0 else { return [] }
    let fit = max(1, Int(Layout.plotWidth / 64))
    var i = 0
    while (rows + step(i) - 1) / step(i) > fit { i += 1 }
    let spacing = step(i)
    var labels: [(Int, String)] = []
    for t in stride(from: 0, to: rows - 1, by: spacing) where t < s.rounds {
      labels.append((t, "\(t + 1)"))
    }
    let end = rows - 1
    let last = end < s.rounds ? "\(end + 1)" : "end"
    if let previous = labels.last, previous.0 != end,
      x(row: end, rows: rows) - x(row: previous.0, rows: rows) < 48 {
      labels.removeLast()
    }
    if labels.last?.0 != end { labels.append((end, last)) }
    return labels
  }

  /// The i-th of 1, 2, 5, 10, 20, 50, … .
  static func step(_ i: Int) -> Int {
    var decade = 1
    for _ in 0..<(i / 3) { decade *= 10 }
    return [1, 2, 5][i % 3] * decade
  }

  /// A swatch and the name of each state, right of the plot.
  static func drawLegend(_ names: [String], top: Double, into svg: inout SVGDocument) {
    let x = Layout.left + Layout.plotWidth + 20
    svg.begin("g", [("class", "legend")])
    for (i, name) in names.enumerated() {
      let (colour, dash) = style(ofState: i)
      let y = top + 6 + Double(i) * Layout.legendRow
      var attributes = [("x1", n(x)), ("y1", n(y)), ("x2", n(x + 22)), ("y2", n(y)), ("stroke", colour),
                        ("stroke-width", "3")]
      if let dash { attributes.append(("stroke-dasharray", dash)) }
      svg.element("line", attributes)
      svg.element("text", [("x", n(x + 28)), ("y", n(y + 4))], text: name)
    }
    svg.close()
  }
}
