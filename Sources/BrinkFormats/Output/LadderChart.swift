import BrinkCore
import Foundation

/// A picture of a scenario's escalation ladder (`export ladder FILE.svg|FILE.dot`):
/// the states as boxes on rungs (`LadderLayout`: the bottom rung is where the
/// crisis starts, each rung up one more escalating move), arrows labelled with the
/// joint moves that take them and their probabilities, terminal states drawn with
/// a double border, the initial state with a thick one.
///
/// Colours are from the Okabe–Ito palette (`SimulationChart.palette`), so they
/// are told apart with the common colour-vision deficiencies: an arrow taken only
/// by escalating joint moves is vermillion, one taken only without escalation
/// blue, one taken both ways grey. The same scenario gives the same bytes.
public enum LadderChart {
  static let escalating = "#D55E00"
  static let holding = "#0072B2"
  static let mixed = "#666666"
  static let boxWidth = 150.0, boxHeight = 40.0, columnGap = 170.0, rungGap = 190.0, margin = 40.0

  /// The arrow's colour by how it is taken.
  static func colour(_ arrow: LadderLayout.Arrow) -> String {
    arrow.escalating == arrow.moves.count ? escalating : arrow.escalating == 0 ? holding : mixed
  }

  /// The arrow's label lines: `any` for an `any/any` arrow, else each joint move
  /// with its probability when that is not 1, and the condition under which it
  /// takes the arrow, when it is conditional: `offer/offer 9/10 if date <
  /// 2025-10-30`, `offer/offer 1/3 unless date < 2025-10-30` (its `else`).
  /// `variables` names the scenario's variables, for the conditions.
  public static func labels(_ arrow: LadderLayout.Arrow, variables: [String]) -> [String] {
    if arrow.isEveryMove { return ["any"] }
    return arrow.moves.map { ($0.probability == .one ? $0.name : "\($0.name) \($0.probability)") + condition($0, variables: variables) }
  }

  /// ` if CONDITION` for a branch of a conditional transition, ` unless CONDITION`
  /// for its `else`, nothing for a transition without conditions.
  static func condition(_ move: LadderLayout.JointMove, variables: [String]) -> String {
    switch move.guarding {
    case .always: ""
    case .when(let c): " if " + ConditionText.text(c, variables: variables)
    case .otherwise(let cs): " unless " + cs.map { ConditionText.text($0, variables: variables) }.joined(separator: " or ")
    }
  }

  // MARK: - Graphviz

  /// The ladder in Graphviz's DOT language (https://graphviz.org/doc/info/lang.html):
  /// `rankdir=BT` and one `rank=same` group per rung, so `dot -Tpng` draws it as a
  /// ladder too.
  public static func dot(_ scenario: EscalationScenario, name: String) -> String {
    let layout = LadderLayout(scenario)
    var lines = ["digraph \(quoted(name)) {", "  rankdir=BT;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
                 "  edge [fontname=\"Helvetica\", fontsize=10];"]
    for rung in 0...layout.top {
      let states = layout.states(onRung: rung)
      guard !states.isEmpty else { continue }
      lines.append("  subgraph rung\(rung) {")
      lines.append("    rank=same;")
      for s in states {
        let state = scenario.states[s]
        var attributes = ["label=\(quoted(state.name))"]
        if state.isTerminal { attributes.append("peripheries=2") }
        if s == scenario.initialState { attributes.append("penwidth=2.5") }
        lines.append("    \(quoted(state.name)) [\(attributes.joined(separator: ", "))];")
      }
      lines.append("  }")
    }
    for arrow in layout.arrows {
      let label = labels(arrow, variables: scenario.variables.map(\.name)).joined(separator: "\\n")
      lines.append("  \(quoted(scenario.states[arrow.from].name)) -> \(quoted(scenario.states[arrow.to].name)) [label=\(quoted(label)), color=\(quoted(colour(arrow))), fontcolor=\(quoted(colour(arrow)))];")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A DOT string: quoted, `"` escaped (a `\n` put in a label is kept as DOT's
  /// line break; scenario names have no backslashes).
  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  // MARK: - SVG

  /// The ladder as a standalone SVG image.
  ///
  /// 1. Gaps between rungs and columns grow with the tallest and widest label
  ///    (`svgLabels`), so a crowded ladder (Scenarios/benchmark.yaml: nine joint
  ///    moves on one arrow) has room for its labels.
  /// 2. The arrows are drawn, and each label is given spots along its arrow, near
  ///    first, then farther out (`LabelPlacement` takes the first free one).
  /// 3. The picture is sized (and shifted) to hold every label placed, so none is
  ///    cut off or runs into the title or the legend.
  ///
  /// - Parameter flow: how often a path took each arrow on average
  ///   (`LadderLayout.flows`, from a simulation), to draw each arrow as wide as
  ///   its flow and add it to its label; nil for the ladder alone.
  public static func svg(_ scenario: EscalationScenario, title: String, flow: (perArrow: [Double], paths: Int)? = nil) -> String {
    let layout = LadderLayout(scenario)
    let maxFlow = flow?.perArrow.max() ?? 0
    let widest = (0...layout.top).map { layout.states(onRung: $0).count }.max() ?? 1
    // Step 1.
    let allLabels = layout.arrows.enumerated().map { k, arrow in
      svgLabels(arrow, variables: scenario.variables.map(\.name)) + (flow.map { ["\(flowText($0.perArrow[k])) per path"] } ?? [])
    }
    let tallestBlock = Double(allLabels.map(\.count).max() ?? 1) * 12
    let widestLabel = allLabels.map { LabelPlacement.extent($0, at: .init(x: 0, y: 0, anchor: "start")).width }.max() ?? 0
    let rungGap = max(Self.rungGap, 2 * tallestBlock + 90)
    let columnGap = max(Self.columnGap, widestLabel + 60)
    var width = max(2 * margin + Double(widest) * boxWidth + Double(widest - 1) * columnGap + 120,
                    2 * margin + Double(title.count) * 9.5, 720)
    let baseHeight = 2 * margin + 100 + Double(layout.top) * rungGap + boxHeight + 40
    var height = baseHeight
    /// The y of a rung's box centres.
    func rungY(_ rung: Int) -> Double { baseHeight - margin - 40 - boxHeight / 2 - Double(rung) * rungGap }
    // Box centres: rung 0 at the bottom, each rung's states centred.
    var centre = [(x: Double, y: Double)](repeating: (0, 0), count: scenario.states.count)
    for rung in 0...layout.top {
      let states = layout.states(onRung: rung)
      let span = Double(states.count) * boxWidth + Double(max(states.count - 1, 0)) * columnGap
      for (k, s) in states.enumerated() {
        let x = (width - 120 - span) / 2 + Double(k) * (boxWidth + columnGap) + boxWidth / 2
        centre[s] = (x, rungY(rung))
      }
    }
    // Step 2: the arrows, kept to draw later; their labels placed clear of the
    // boxes and of each other.
    // Labels keep clear of the boxes and of the rung names on the right.
    var placement = LabelPlacement(boxes: centre.map { c in
      LabelPlacement.Box(x: c.x - boxWidth / 2, y: c.y - boxHeight / 2, width: boxWidth, height: boxHeight)
    } + (0...layout.top).map { LabelPlacement.Box(x: width - margin / 2 - 100, y: rungY($0) - 10, width: 100, height: 14) })
    var arrows = [(element: String, attributes: [(String, String)])]()
    var pending = [(lines: [String], colour: String, candidates: [LabelPlacement.Spot])]()
    for (k, (arrow, lines)) in zip(layout.arrows, allLabels).enumerated() {
      let colour = colour(arrow)
      // Width by flow: 1.5 px for none, up to 9 px for the busiest arrow.
      let stroke = flow.map { maxFlow > 0 ? n(1.5 + 7.5 * $0.perArrow[k] / maxFlow) : "1.5" } ?? "1.5"
      let marker = colour == escalating ? "escalating" : colour == holding ? "holding" : "mixed"
      let a = centre[arrow.from], b = centre[arrow.to]
      let block = Double(lines.count) * 12
      if arrow.from == arrow.to {
        // A loop on top of the box, its label above it (else beside the loop, farther out).
        let x = a.x, y = a.y - boxHeight / 2
        let d = "M \(n(x - 14)) \(n(y)) C \(n(x - 30)) \(n(y - 36)), \(n(x + 30)) \(n(y - 36)), \(n(x + 14)) \(n(y))"
        arrows.append(("path", [("d", d), ("fill", "none"), ("stroke", colour), ("stroke-width", stroke), ("marker-end", "url(#\(marker))")]))
        var spots = [LabelPlacement.Spot]()
        for far in [0.0, 30, 60, 100] {
          spots += [.init(x: x, y: y - 34 - block - far, anchor: "middle"), .init(x: x + 28 + far, y: y - 30 - block / 2, anchor: "start"),
                    .init(x: x - 28 - far, y: y - 30 - block / 2, anchor: "end"), .init(x: x + 28 + far, y: y - 40 - block - far, anchor: "start"),
                    .init(x: x - 28 - far, y: y - 40 - block - far, anchor: "end")]
        }
        pending.append((lines, colour, spots))
        continue
      }
      // Offset to the right of the direction of travel, so a→b and b→a do not overlap.
      let dx = b.x - a.x, dy = b.y - a.y, length = max((dx * dx + dy * dy).squareRoot(), 1)
      let ox = -dy / length * 6, oy = dx / length * 6
      let start = border(from: (a.x + ox, a.y + oy), toward: (b.x + ox, b.y + oy))
      let end = border(from: (b.x + ox, b.y + oy), toward: (a.x + ox, a.y + oy))
      arrows.append(("line", [("x1", n(start.x)), ("y1", n(start.y)), ("x2", n(end.x)), ("y2", n(end.y)), ("stroke", colour),
                              ("stroke-width", stroke), ("marker-end", "url(#\(marker))")]))
      // The label beside a point of the arrow (its middle first, then nearer either
      // end), on its side: above or below a level arrow (centred), left or right
      // of a steep one; when every spot on its side is taken, the other side; then
      // the same farther from the arrow.
      var candidates = [LabelPlacement.Spot]()
      for far in [1.5, 6, 12, 20] {
        for side in [1.0, -1.0] {
          for f in [0.5, 0.35, 0.65, 0.22, 0.78] {
            let sx = ox * side, sy = oy * side
            let mx = start.x + (end.x - start.x) * f + sx * far, my = start.y + (end.y - start.y) * f + sy * far
            if abs(dx) > abs(dy) * 2 {
              candidates.append(.init(x: mx, y: sy < 0 ? my - block + 8 : my + 12, anchor: "middle"))
            } else {
              candidates.append(.init(x: mx + (sx >= 0 ? 4 : -4), y: my - block / 2 + 9, anchor: sx >= 0 ? "start" : "end"))
            }
          }
        }
      }
      pending.append((lines, colour, candidates))
    }
    // The tallest labels first: they have the fewest free spots (a stable order,
    // so the same scenario still gives the same bytes).
    let order = pending.indices.sorted { (pending[$0].lines.count, $1) > (pending[$1].lines.count, $0) }
    var placed = [(lines: [String], colour: String, spot: LabelPlacement.Spot)]()
    for (lines, colour, candidates) in order.map({ pending[$0] }) {
      placed.append((lines, colour, placement.place(lines, at: candidates)))
    }
    // Step 3: room for every label: below the title, above the legend, inside the page.
    let cards = placed.map { LabelPlacement.extent($0.lines, at: $0.spot) }
    let shiftX = max(0, margin / 2 - (cards.map(\.x).min() ?? margin))
    let shiftY = max(0, 50 - (cards.map(\.y).min() ?? 50))
    width = max(width + shiftX, (cards.map { $0.x + $0.width }.max() ?? 0) + shiftX + margin / 2)
    height = max(height + shiftY, (cards.map { $0.y + $0.height }.max() ?? 0) + shiftY + 34)
    if flow != nil { width = max(width, margin + 1110) }  // room for the flow's legend

    var svg = SVGDocument(width: width, height: height, title: title,
                          attributes: [("font-family", "Helvetica, Arial, sans-serif"), ("font-size", "12")])
    svg.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
    svg.element("text", [("x", n(margin)), ("y", "26"), ("font-size", "16"), ("font-weight", "bold")], text: title)
    svg.begin("defs")
    for (id, colour) in [("escalating", escalating), ("holding", holding), ("mixed", mixed)] {
      // Sized in the picture's units, not the stroke's, so a wide (flow) arrow keeps a small head.
      svg.begin("marker", [("id", id), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"), ("markerUnits", "userSpaceOnUse"),
                           ("markerWidth", "10"), ("markerHeight", "10"), ("orient", "auto")])
      svg.element("path", [("d", "M 0 0 L 10 5 L 0 10 z"), ("fill", colour)])
      svg.close()
    }
    svg.close()
    let shifted = shiftX != 0 || shiftY != 0
    if shifted { svg.begin("g", [("transform", "translate(\(n(shiftX)) \(n(shiftY)))")]) }
    // Rung labels on the right.
    for rung in 0...layout.top where !layout.states(onRung: rung).isEmpty {
      let y = rungY(rung)
      svg.element("line", [("x1", n(margin / 2 - shiftX)), ("y1", n(y + boxHeight / 2 + 12)), ("x2", n(width - margin / 2 - shiftX)),
                           ("y2", n(y + boxHeight / 2 + 12)), ("stroke", "#dddddd")])
      svg.element("text", [("x", n(width - margin / 2 - shiftX)), ("y", n(y + 4)), ("text-anchor", "end"), ("fill", "#444444")],
                  text: rung == 0 ? "rung 0 (start)" : "rung \(rung)")
    }
    // Arrows first, so boxes sit on top of their ends; their labels last.
    for (element, attributes) in arrows { svg.element(element, attributes) }
    for (lines, colour, spot) in placed { label(&svg, lines, x: spot.x, y: spot.y, colour: colour, anchor: spot.anchor) }
    for (s, state) in scenario.states.enumerated() {
      let c = centre[s]
      let x = c.x - boxWidth / 2, y = c.y - boxHeight / 2
      var box = [("x", n(x)), ("y", n(y)), ("width", n(boxWidth)), ("height", n(boxHeight)), ("rx", "6"),
                 ("fill", state.isTerminal ? "#eeeeee" : "#ffffff"), ("stroke", "#000000"),
                 ("stroke-width", s == scenario.initialState ? "3" : "1.2")]
      svg.element("rect", box)
      if state.isTerminal {
        box = [("x", n(x + 4)), ("y", n(y + 4)), ("width", n(boxWidth - 8)), ("height", n(boxHeight - 8)), ("rx", "4"),
               ("fill", "none"), ("stroke", "#000000"), ("stroke-width", "1")]
        svg.element("rect", box)
      }
      svg.element("text", [("x", n(c.x)), ("y", n(c.y + 4)), ("text-anchor", "middle"), ("font-weight", "bold")],
                  text: state.name)
    }
    if shifted { svg.close() }
    let legendY = height - 14
    svg.element("text", [("x", n(margin)), ("y", n(legendY)), ("fill", escalating)], text: "escalating moves")
    svg.element("text", [("x", n(margin + 120)), ("y", n(legendY)), ("fill", holding)], text: "no escalation")
    svg.element("text", [("x", n(margin + 230)), ("y", n(legendY)), ("fill", mixed)], text: "both")
    svg.element("text", [("x", n(margin + 275)), ("y", n(legendY)), ("fill", "#444444")],
                text: "thick border: start; double border: end of the scenario")
    if let flow {
      svg.element("text", [("x", n(margin + 660)), ("y", n(legendY)), ("fill", "#444444")],
                  text: "arrow width: times a path took it, over \(flow.paths) simulated paths")
    }
    return svg.rendered
  }

  /// A flow per path, to two decimals (`0.62`), or `<0.01` for a rare one.
  static func flowText(_ x: Double) -> String {
    if x > 0 && x < 0.005 { return "<0.01" }
    let hundredths = Int((x * 100).rounded())
    let frac = hundredths % 100
    return "\(hundredths / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
  }

  /// The arrow's label in the picture: as `labels`, but joint moves that share a
  /// probability are listed together after it, two to a line
  /// (`1/2: hold/hold, hold/push`), so a state with many joint moves still gets
  /// a label of a few lines.
  static func svgLabels(_ arrow: LadderLayout.Arrow, variables: [String]) -> [String] {
    if arrow.isEveryMove { return ["any"] }
    var groups = [(probability: Rational, condition: String, names: [String])]()
    for move in arrow.moves {
      let c = condition(move, variables: variables)
      if let k = groups.firstIndex(where: { $0.probability == move.probability && $0.condition == c }) { groups[k].names.append(move.name) }
      else { groups.append((move.probability, c, [move.name])) }
    }
    var lines = [String]()
    for group in groups {
      if group.names.count == 1 {
        lines.append((group.probability == .one ? group.names[0] : "\(group.names[0]) \(group.probability)") + group.condition)
        continue
      }
      let prefix = group.probability == .one && group.condition.isEmpty ? "" : "\(group.probability)\(group.condition): "
      for k in stride(from: 0, to: group.names.count, by: 2) {
        let pair = group.names[k..<min(k + 2, group.names.count)].joined(separator: ", ")
        let last = k + 2 >= group.names.count
        lines.append((k == 0 ? prefix : "") + pair + (last ? "" : ","))
      }
    }
    return lines
  }

  /// Label lines, one `<text>` each, 12 px apart, on a white card (mostly opaque)
  /// so a line crossing it does not hide it. (A halo by `paint-order` would do it
  /// with less, but renderers such as cairosvg ignore it and paint the text white.)
  static func label(_ svg: inout SVGDocument, _ lines: [String], x: Double, y: Double, colour: String, anchor: String) {
    let card = LabelPlacement.extent(lines, at: .init(x: x, y: y, anchor: anchor))
    svg.element("rect", [("class", "label-card"), ("x", n(card.x - 2)), ("y", n(card.y)), ("width", n(card.width + 4)), ("height", n(card.height)),
                         ("fill", "#ffffff"), ("fill-opacity", "0.85")])
    for (k, line) in lines.enumerated() {
      svg.element("text", [("x", n(x)), ("y", n(y + Double(k) * 12)), ("text-anchor", anchor), ("font-size", "10"),
                           ("fill", colour)], text: line)
    }
  }

  /// Where the segment from a box centre toward a point leaves the box.
  static func border(from c: (x: Double, y: Double), toward p: (x: Double, y: Double)) -> (x: Double, y: Double) {
    let dx = p.x - c.x, dy = p.y - c.y
    guard dx != 0 || dy != 0 else { return c }
    let sx = dx == 0 ? Double.infinity : (boxWidth / 2 + 2) / abs(dx)
    let sy = dy == 0 ? Double.infinity : (boxHeight / 2 + 2) / abs(dy)
    let s = min(sx, sy, 1)
    return (c.x + dx * s, c.y + dy * s)
  }

  static func n(_ x: Double) -> String { SVGDocument.number(x) }
}
