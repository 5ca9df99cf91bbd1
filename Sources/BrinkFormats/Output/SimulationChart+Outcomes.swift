import BrinkCore

extension SimulationChart {
  /// The second panel: one bar per outcome (the share of paths ending there), its
  /// 95% Wilson interval as an error bar with caps, the share written above.
  static func drawOutcomes(_ s: SimulationSummary, layout: Layout, into svg: inout SVGDocument) {
    let top = layout.outcomesTop, height = Layout.outcomesHeight
    svg.begin("g", [("id", "outcomes")])
    svg.element("text", [("x", n(Layout.left)), ("y", n(top - 26)), ("font-size", "14"), ("font-weight", "bold")],
                text: "Where the paths end (95% Wilson intervals)")
    drawPercentAxis(top: top, height: height, into: &svg)
    let count = max(s.outcomes.count, 1)
    let band = Layout.plotWidth / Double(count)
    let barWidth = min(band * 0.6, 56)
    // Names are turned when they would run into each other.
    let turned = s.outcomes.contains { Double(label($0).count) * characterWidth > band - 6 }
    for (k, o) in s.outcomes.enumerated() {
      let centre = Layout.left + band * (Double(k) + 0.5)
      let colour = s.stateNames.firstIndex(of: o.state).map { style(ofState: $0).colour } ?? "#999999"
      let barTop = y(o.proportion, top: top, height: height)
      svg.begin("rect", [("class", "bar"), ("x", n(centre - barWidth / 2)), ("y", n(barTop)), ("width", n(barWidth)),
                         ("height", n(top + height - barTop)), ("fill", colour)])
      svg.element("title", text: "\(label(o)): \(percent(o.proportion)) of the paths (\(o.count)); "
                    + "95% interval \(percent(o.low)) to \(percent(o.high))")
      svg.close()
      let low = y(o.low, top: top, height: height), high = y(o.high, top: top, height: height)
      let cap = min(barWidth / 4, 8)
      let d = "M\(n(centre - cap)) \(n(low))H\(n(centre + cap))M\(n(centre)) \(n(low))V\(n(high))"
        + "M\(n(centre - cap)) \(n(high))H\(n(centre + cap))"
      svg.element("path", [("class", "interval"), ("d", d), ("fill", "none"), ("stroke", "#000000"), ("stroke-width", "1.5")])
      svg.element("text", [("x", n(centre)), ("y", n(min(high, barTop) - 6)), ("text-anchor", "middle")],
                  text: percent(o.proportion))
      let baseline = top + height + 16
      if turned {
        svg.element("text", [("x", n(centre)), ("y", n(baseline)), ("text-anchor", "end"),
                             ("transform", "rotate(-35 \(n(centre)) \(n(baseline)))")], text: label(o))
      } else {
        svg.element("text", [("x", n(centre)), ("y", n(baseline)), ("text-anchor", "middle")], text: label(o))
      }
    }
    if s.outcomes.isEmpty {
      svg.element("text", [("x", n(Layout.left + Layout.plotWidth / 2)), ("y", n(top + height / 2)),
                           ("text-anchor", "middle"), ("fill", "#444444")], text: "no paths completed")
    }
    svg.close()
  }

  /// An outcome's name; a state the paths were still in at the horizon says so.
  static func label(_ o: SimulationSummary.Outcome) -> String {
    o.isTerminal ? o.state : "\(o.state) (at the horizon)"
  }
}
