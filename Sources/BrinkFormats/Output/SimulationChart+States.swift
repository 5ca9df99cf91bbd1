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
    // Stacked: the states' shares of the paths add up to 100% in every round, so
    // each state is a band, the first state on top (in the legend's order); a
    // band's height is the state's probability (issue 12: stacked shares read
    // better than crossing lines). A thin white edge keeps neighbours apart.
    var above = kept.map { _ in 0.0 }
    for (i, name) in s.stateNames.enumerated() {
      let (colour, opacity) = style(ofState: i)
      let shares = kept.map { t in i < s.stateProbabilities[t].count ? max(0, s.stateProbabilities[t][i]) : 0 }
      let below = zip(above, shares).map { min(1, $0 + $1) }
      let upper = zip(kept, above).map { n(x(row: $0, rows: rows)) + "," + n(y(1 - $1, top: top, height: height)) }
      let lower = zip(kept, below).reversed().map { n(x(row: $0, rows: rows)) + "," + n(y(1 - $1, top: top, height: height)) }
      above = below
      // One round alone is a bar one band wide, not a line.
      let points = rows == 1 ? bar(upper: upper, lower: lower) : upper + lower
      var attributes = [("class", "band"), ("fill", colour), ("stroke", "#ffffff"), ("stroke-width", "0.75"),
                        ("stroke-linejoin", "round")]
      if let opacity { attributes.append(("fill-opacity", opacity)) }
      attributes.append(("points", points.joined(separator: " ")))
      svg.begin("polygon", attributes)
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

  /// The corners of a one-round band, 24 points wide around its x: the upper and
  /// lower points are each one `x,y` pair.
  static func bar(upper: [String], lower: [String]) -> [String] {
    func shifted(_ point: String, by dx: Double) -> String {
      let parts = point.split(separator: ",")
      return n((Double(parts[0]) ?? 0) + dx) + "," + parts[1]
    }
    return [shifted(upper[0], by: -12), shifted(upper[0], by: 12), shifted(lower[0], by: 12), shifted(lower[0], by: -12)]
  }

  /// A swatch and the name of each state, right of the plot.
  static func drawLegend(_ names: [String], top: Double, into svg: inout SVGDocument) {
    let x = Layout.left + Layout.plotWidth + 20
    svg.begin("g", [("class", "legend")])
    for (i, name) in names.enumerated() {
      let (colour, opacity) = style(ofState: i)
      let y = top + 6 + Double(i) * Layout.legendRow
      var attributes = [("x", n(x)), ("y", n(y - 6)), ("width", "22"), ("height", "12"), ("fill", colour)]
      if let opacity { attributes.append(("fill-opacity", opacity)) }
      svg.element("rect", attributes)
      svg.element("text", [("x", n(x + 28)), ("y", n(y + 4))], text: name)
    }
    svg.close()
  }
}
