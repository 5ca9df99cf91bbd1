import BrinkCore

/// A Monte Carlo run as one standalone SVG image (`export chart` in the REPL,
/// `brink simulate --svg`), in two panels:
///
/// 1. **Probability of each state by round**: the states' shares stacked, one band
///    per state (its height the state's probability), from round 1 to the end of
///    the horizon, with a legend, a 0–100% axis and the round numbers
///    (and each round's first day, when the scenario has a calendar) along the bottom.
/// 2. **Where the paths end**: one bar per outcome with its 95% Wilson interval as
///    an error bar, the share written above it.
///
/// Each state keeps one colour in both panels, from the Okabe–Ito palette, chosen
/// to stay distinguishable under the common colour-vision deficiencies (M. Okabe and
/// K. Ito, *Color Universal Design*, 2008); past eight states the colours repeat,
/// lighter. Pure and deterministic: a summary in, the same bytes out.
public enum SimulationChart {
  /// - Parameters:
  ///   - title: the scenario's name and title, for the heading.
  ///   - dates: the first day of each round (`dates[t]` for row `t` of
  ///     `stateProbabilities`), when the scenario has a calendar.
  public static func svg(_ s: SimulationSummary, title: String, dates: [CalendarDate]? = nil) -> String {
    let layout = Layout(s)
    var svg = SVGDocument(width: Layout.width, height: layout.height, title: "Simulation of \(title)",
                          attributes: [("font-family", "Helvetica, Arial, sans-serif"), ("font-size", "12")])
    svg.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
    let heading = "Simulation of \(title)"
    svg.element("text", [("x", n(Layout.left)), ("y", "26"), ("font-size", headingSize(heading)), ("font-weight", "bold")],
                text: heading)
    var run = "\(s.pathsCompleted) paths"
    if s.isPartial { run += " of \(s.pathsRequested) (stopped early)" }
    run += ", \(s.rounds) round\(s.rounds == 1 ? "" : "s"), seed \(s.seed)"
    svg.element("text", [("x", n(Layout.left)), ("y", "46"), ("fill", "#444444")], text: run)
    drawStates(s, dates: dates, layout: layout, into: &svg)
    drawOutcomes(s, layout: layout, into: &svg)
    return svg.rendered
  }

  /// The heading's font size: 15 points, smaller for a long title so it ends inside
  /// the image (a bold character is about 0.6 of the size wide; seen cut off at the
  /// right edge when the PNGs were checked).
  static func headingSize(_ heading: String) -> String {
    let room = Layout.width - Layout.left - 16
    return n(max(9, min(15, (room / (Double(heading.count) * 0.6)).rounded(.down))))
  }

  /// Where the panels go: fixed widths, heights that grow with the legend.
  struct Layout {
    static let width = 760.0
    static let left = 64.0
    static let plotWidth = 500.0
    static let statesTop = 96.0
    static let statesHeight = 240.0
    static let outcomesHeight = 200.0
    static let legendRow = 18.0
    /// Below the states panel: round numbers, dates and the axis title.
    let outcomesTop: Double
    let height: Double

    init(_ s: SimulationSummary) {
      let statesBottom = Self.statesTop + max(Self.statesHeight, Double(s.stateNames.count) * Self.legendRow)
      outcomesTop = statesBottom + 120
      // Room below the bars for their names, turned 35° when long (sin 35° ≈ 0.58).
      let longest = Double(s.outcomes.map { SimulationChart.label($0).count }.max() ?? 0)
      height = outcomesTop + Self.outcomesHeight + max(60, 40 + longest * SimulationChart.characterWidth * 0.58)
    }
  }

  /// About how wide a character of 12-point text is, for fitting names.
  static let characterWidth = 6.5

  /// The Okabe–Ito palette (M. Okabe and K. Ito, *Color Universal Design*, 2008),
  /// safe for the common colour-vision deficiencies, without its black, which the
  /// axes use; grey in its place. Ordered so that the first states, the ones most
  /// charts show, are told apart on a projector too (issue 12): the two oranges
  /// (#E69F00, #D55E00) and the two blues far apart, and the pale yellow, hard to
  /// see on white, last.
  static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#F0E442"]

  /// The colour of state `i`, and a lighter fill (its opacity) once the palette
  /// has been used up, so a repeated colour is still told apart in the stack.
  static func style(ofState i: Int) -> (colour: String, opacity: String?) {
    let opacities: [String?] = [nil, "0.55", "0.3"]
    return (palette[i % palette.count], opacities[(i / palette.count) % opacities.count])
  }

  /// The y coordinate of probability `p` in a plot from `top` of height `height`.
  static func y(_ p: Double, top: Double, height: Double) -> Double {
    top + height * (1 - min(max(p, 0), 1))
  }

  /// Horizontal gridlines and labels at 0, 25, 50, 75 and 100%.
  static func drawPercentAxis(top: Double, height: Double, into svg: inout SVGDocument) {
    for k in 0...4 {
      let p = Double(k) / 4
      let y = y(p, top: top, height: height)
      svg.element("line", [("x1", n(Layout.left)), ("y1", n(y)), ("x2", n(Layout.left + Layout.plotWidth)), ("y2", n(y)),
                           ("stroke", k == 0 ? "#000000" : "#dddddd"), ("stroke-width", "1")])
      svg.element("text", [("x", n(Layout.left - 6)), ("y", n(y + 4)), ("text-anchor", "end"), ("fill", "#444444")],
                  text: "\(k * 25)%")
    }
    svg.element("line", [("x1", n(Layout.left)), ("y1", n(top)), ("x2", n(Layout.left)), ("y2", n(top + height)),
                         ("stroke", "#000000"), ("stroke-width", "1")])
  }

  /// A share as a percentage with one decimal (`58.0%`).
  static func percent(_ p: Double) -> String {
    let tenths = Int((min(max(p, 0), 1) * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  static func n(_ x: Double) -> String { SVGDocument.number(x) }
}
