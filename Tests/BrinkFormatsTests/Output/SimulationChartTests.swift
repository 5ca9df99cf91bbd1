import BrinkCore
import Foundation
import FoundationXML
import Testing
@testable import BrinkFormats

/// The SVG charts of a simulation: valid standalone XML, one stacked band per state and
/// one bar per outcome at the right heights, names escaped, the same bytes for the
/// same run, and a long run kept small.
@Suite struct SimulationChartTests {
  typealias Layout = SimulationChart.Layout

  /// A hand-made run: three states, two rounds, one state name that needs escaping.
  static let names = ["standoff", "<truce & \"peace\">", "war"]
  static let small = summary(
    names: names, terminal: [false, true, true], rows: [[1, 0, 0], [0.6, 0.3, 0.1], [0.2, 0.5, 0.3]],
    outcomes: [(1, 0.5, 0.4, 0.6), (2, 0.3, 0.2, 0.4), (0, 0.2, 0.1, 0.3)])

  static func summary(names: [String], terminal: [Bool], rows: [[Double]],
                      outcomes: [(state: Int, p: Double, low: Double, high: Double)], seed: Int = 3) -> SimulationSummary {
    let object: [String: Any] = [
      "seed": seed, "rounds": max(rows.count - 1, 0), "pathsRequested": 1000, "pathsCompleted": 1000, "isPartial": false,
      "pathRounds": 2000, "stateNames": names, "stateProbabilities": rows,
      "outcomes": outcomes.map { o in
        ["state": names[o.state], "isTerminal": terminal[o.state], "count": Int(o.p * 1000), "proportion": o.p,
         "low": o.low, "high": o.high] as [String: Any]
      },
      "timesToTerminal": [], "variables": [], "payoffs": [], "topPaths": [], "effects": [], "moves": [],
    ]
    let data = try! JSONSerialization.data(withJSONObject: object)
    return try! JSONDecoder().decode(SimulationSummary.self, from: data)
  }

  /// The probability a y coordinate stands for in a plot from `top` of `height`.
  static func probability(_ y: Double, top: Double, height: Double) -> Double { (top + height - y) / height }

  @Test func isAStandaloneSVGDocument() throws {
    let text = SimulationChart.svg(Self.small, title: "demo (A demo)")
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "))
    let root = try SVGParsing.root(text)
    #expect(root.name == "svg")
    let height = try #require(SVGParsing.number(root, "height"))
    #expect(SVGParsing.attribute(root, "width") == "760")
    #expect(SVGParsing.attribute(root, "viewBox") == "0 0 760 \(SVGDocument.number(height))")
    #expect(SVGParsing.title(root) == "Simulation of demo (A demo)")
    let texts = SVGParsing.elements(root, "text").compactMap(\.stringValue)
    #expect(texts.contains("1000 paths, 2 rounds, seed 3"))
    #expect(texts.contains("Probability of each state by round"))
    #expect(texts.contains("Where the paths end (95% Wilson intervals)"))
  }

  /// The bands stack: state i's band runs from 1 − (shares of states 0…i) up to
  /// 1 − (shares of states 0…i−1), so its height is its probability in each round.
  @Test func oneStackedBandPerStateAsHighAsItsProbability() throws {
    let root = try SVGParsing.root(SimulationChart.svg(Self.small, title: "demo"))
    let bands = SVGParsing.elements(root, "polygon", class: "band")
    #expect(bands.map(SVGParsing.title) == Self.names)
    var above = [0.0, 0.0, 0.0]
    for (i, band) in bands.enumerated() {
      let points = try #require(SVGParsing.attribute(band, "points")).split(separator: " ").map {
        $0.split(separator: ",").compactMap { Double($0) }
      }
      // Along the top left to right, then back along the bottom.
      #expect(points.count == 6)
      let xs = [Layout.left, Layout.left + Layout.plotWidth / 2, Layout.left + Layout.plotWidth]
      #expect(points.map { $0[0] } == xs + xs.reversed())
      for t in 0..<3 {
        let top = Self.probability(points[t][1], top: Layout.statesTop, height: Layout.statesHeight)
        let bottom = Self.probability(points[5 - t][1], top: Layout.statesTop, height: Layout.statesHeight)
        #expect(abs(top - (1 - above[t])) < 1e-4, "state \(i) row \(t)")
        #expect(abs((top - bottom) - Self.small.stateProbabilities[t][i]) < 1e-4, "state \(i) row \(t)")
        above[t] += Self.small.stateProbabilities[t][i]
      }
      // Colours differ between states, and the legend uses the same one.
      #expect(SVGParsing.attribute(band, "fill") == SimulationChart.palette[i])
    }
    #expect(above.allSatisfy { abs($0 - 1) < 1e-9 })
    let legend = try #require(SVGParsing.elements(root, "g", class: "legend").first)
    #expect(SVGParsing.elements(legend, "text").map(\.stringValue) == Self.names)
    let labels = SVGParsing.elements(try #require(SVGParsing.elements(root, "g").first), "text").compactMap(\.stringValue)
    #expect(labels.contains("1") && labels.contains("2") && labels.contains("end"))
  }

  @Test func oneBarPerOutcomeWithItsInterval() throws {
    let root = try SVGParsing.root(SimulationChart.svg(Self.small, title: "demo"))
    let top = SimulationChart.Layout(Self.small).outcomesTop, height = Layout.outcomesHeight
    let bars = SVGParsing.elements(root, "rect", class: "bar")
    #expect(bars.count == 3)
    #expect(bars.compactMap(SVGParsing.title) == [
      "<truce & \"peace\">: 50.0% of the paths (500); 95% interval 40.0% to 60.0%",
      "war: 30.0% of the paths (300); 95% interval 20.0% to 40.0%",
      "standoff (at the horizon): 20.0% of the paths (200); 95% interval 10.0% to 30.0%",
    ])
    let intervals = SVGParsing.elements(root, "path", class: "interval")
    #expect(intervals.count == 3)
    for (k, o) in Self.small.outcomes.enumerated() {
      let bar = bars[k]
      let y = try #require(SVGParsing.number(bar, "y")), h = try #require(SVGParsing.number(bar, "height"))
      #expect(abs(y + h - (top + height)) < 0.01, "bars stand on the axis")
      #expect(abs(h / height - o.proportion) < 1e-4)
      // M x yLow H x M x yLow V yHigh M x yHigh H x
      let d = try #require(SVGParsing.attribute(intervals[k], "d"))
      let numbers = d.split(whereSeparator: { "MHV ".contains($0) }).compactMap { Double($0) }
      #expect(numbers.count == 9)
      #expect(abs(Self.probability(numbers[1], top: top, height: height) - o.low) < 1e-4)
      #expect(abs(Self.probability(numbers[5], top: top, height: height) - o.high) < 1e-4)
      #expect(numbers[1] == numbers[4] && numbers[5] == numbers[7])
      // The bar's colour is its state's line colour.
      let state = try #require(Self.small.stateNames.firstIndex(of: o.state))
      #expect(SVGParsing.attribute(bar, "fill") == SimulationChart.palette[state])
    }
  }

  @Test func namesAreEscapedNeverRaw() {
    let text = SimulationChart.svg(Self.small, title: "a <b> & c")
    #expect(text.contains("&lt;truce &amp; &quot;peace&quot;&gt;"))
    #expect(!text.contains("<truce"))
    #expect(text.contains("Simulation of a &lt;b&gt; &amp; c"))
  }

  @Test func datesLabelTheRounds() throws {
    let dates = [CalendarDate(year: 2025, month: 10, day: 14), CalendarDate(year: 2025, month: 10, day: 21),
                 CalendarDate(year: 2025, month: 10, day: 28)]
    let root = try SVGParsing.root(SimulationChart.svg(Self.small, title: "demo", dates: dates))
    let texts = SVGParsing.elements(root, "text").compactMap(\.stringValue)
    for date in dates { #expect(texts.contains(date.description)) }
    #expect(texts.contains("round (and its first day)"))
  }

  @Test func theSameRunGivesTheSameBytes() {
    let a = SimulationChart.svg(Self.small, title: "demo")
    #expect(a == SimulationChart.svg(Self.small, title: "demo"))
    var other = Self.small
    other.outcomes[0].proportion = 0.51
    #expect(SimulationChart.svg(other, title: "demo") != a)
  }

  /// A real run of the default scenario, twice with one seed and once with another.
  @Test func aRealRunIsDeterministic() throws {
    let doc = try ScenarioReader.read(ScenarioReader.builtInText, file: "us-china-2025-10.yaml")
    let compiled = try EscalationSolver.solve(doc.scenario).compiledScenario()
    func chart(seed: UInt64, threads: Int) -> String {
      let statistics = Simulator.run(compiled.ladder, paths: 2000, seed: seed, threads: threads)
      return SimulationChart.svg(compiled.summary(statistics, scenario: doc.scenario), title: doc.name)
    }
    let a = chart(seed: 5, threads: 1)
    #expect(a == chart(seed: 5, threads: 2))
    #expect(a != chart(seed: 6, threads: 1))
    let root = try SVGParsing.root(a)
    #expect(SVGParsing.elements(root, "polygon", class: "band").count == doc.scenario.states.count)
  }

  @Test func aLongRunIsSampledAndItsLabelsThinned() throws {
    let rounds = 5000
    let rows = (0...rounds).map { t in [1 - Double(t) / Double(rounds), Double(t) / Double(rounds)] }
    let long = Self.summary(names: ["crisis", "peace"], terminal: [false, true], rows: rows,
                            outcomes: [(1, 1, 0.99, 1)])
    let root = try SVGParsing.root(SimulationChart.svg(long, title: "long"))
    for band in SVGParsing.elements(root, "polygon", class: "band") {
      let points = try #require(SVGParsing.attribute(band, "points")).split(separator: " ")
      #expect(points.count <= 2 * SimulationChart.pointLimit)
      // The top runs to the last row, where the bottom starts back.
      #expect(points[points.count / 2 - 1].hasPrefix(SVGDocument.number(Layout.left + Layout.plotWidth) + ","))
      #expect(points[points.count / 2].hasPrefix(SVGDocument.number(Layout.left + Layout.plotWidth) + ","))
    }
    let labels = SimulationChart.roundLabels(long, rows: rows.count)
    #expect(labels.count <= Int(Layout.plotWidth / 64) + 1)
    #expect(labels.first?.1 == "1" && labels.last?.1 == "end")
    #expect(zip(labels, labels.dropFirst()).allSatisfy {
      SimulationChart.x(row: $1.0, rows: rows.count) - SimulationChart.x(row: $0.0, rows: rows.count) >= 48
    })
  }

  @Test func manyStatesRepeatColoursWithDashesAndGrowTheImage() throws {
    let names = (1...12).map { "state-\($0)" }
    let row = names.map { _ in 1 / 12.0 }
    let many = Self.summary(names: names, terminal: names.map { _ in false }, rows: [row, row],
                            outcomes: names.indices.map { ($0, 1 / 12.0, 0.05, 0.12) })
    let root = try SVGParsing.root(SimulationChart.svg(many, title: "many"))
    let bands = SVGParsing.elements(root, "polygon", class: "band")
    #expect(bands.count == 12)
    #expect(SVGParsing.attribute(bands[8], "fill") == SimulationChart.palette[0])
    #expect(SVGParsing.attribute(bands[8], "fill-opacity") == "0.55")
    #expect(SVGParsing.attribute(bands[0], "fill-opacity") == nil)
    #expect(SVGParsing.elements(root, "rect", class: "bar").count == 12)
    // Names too wide for their bars are turned; two short ones are not.
    func turned(_ root: XMLElement) -> Bool {
      SVGParsing.elements(root, "text").contains { SVGParsing.attribute($0, "transform")?.hasPrefix("rotate(-35") == true }
    }
    #expect(turned(root))
    let two = Self.summary(names: ["peace", "war"], terminal: [true, true], rows: [[0.5, 0.5], [0.5, 0.5]],
                           outcomes: [(0, 0.5, 0.4, 0.6), (1, 0.5, 0.4, 0.6)])
    #expect(!turned(try SVGParsing.root(SimulationChart.svg(two, title: "two"))))
  }

  @Test func noPathsStillDrawsAValidImage() throws {
    let empty = Self.summary(names: ["a"], terminal: [false], rows: [], outcomes: [])
    let root = try SVGParsing.root(SimulationChart.svg(empty, title: "none"))
    #expect(SVGParsing.elements(root, "rect", class: "bar").isEmpty)
    #expect(SVGParsing.elements(root, "text").contains { $0.stringValue == "no paths completed" })
  }
}
