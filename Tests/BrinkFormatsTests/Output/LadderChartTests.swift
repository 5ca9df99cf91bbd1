import BrinkCore
import Foundation
import FoundationXML
import Testing
@testable import BrinkFormats

/// The ladder picture (`export ladder`): rungs by escalating moves, arrows with
/// their joint moves and probabilities, valid SVG, DOT that Graphviz reads.
@Suite struct LadderChartTests {
  static let scenario = ScenarioReader.builtIn().scenario

  func index(_ name: String) -> Int { Self.scenario.states.firstIndex { $0.name == name }! }

  @Test func rungsCountTheEscalatingMovesToGetThere() {
    let layout = LadderLayout(Self.scenario)
    var rungs = Dictionary(uniqueKeysWithValues: Self.scenario.states.enumerated().map { ($1.name, layout.rungs[$0]) })
    // The rounds of a truce in force (`truce@PACKAGE.k`) sit on the truce's rung.
    let inForce = rungs.keys.filter { $0.hasPrefix("truce@") }
    #expect(inForce.count == 3 * 13 && inForce.allSatisfy { rungs[$0] == 0 })
    for k in inForce { rungs[k] = nil }
    // The rounds of the 1 November deadline (`S@tariff-deadline`), reached by an event,
    // not a move, sit on rung 0. The summit, reached only by the talks' conditional
    // transition, is drawn (issue 13), so the failed summit is a walk-out above it.
    #expect(rungs == ["standoff": 0, "talks": 0, "summit": 0, "truce": 0, "summit-cancelled": 1, "escalation": 1, "decoupling": 2,
                      "standoff@tariff-deadline": 0, "talks@tariff-deadline": 0, "summit-cancelled@tariff-deadline": 0])
    let toTalks = layout.arrows.first { $0.from == index("standoff") && $0.to == index("talks") }
    #expect(toTalks?.moves == [LadderLayout.JointMove(name: "talk/talk", probability: Rational(4, 5))])
    #expect(toTalks?.escalating == 0)
    // Every arrow's branches of one joint move sum to 1 over its targets, under
    // each condition of a conditional transition and under its `else`.
    for s in Self.scenario.states.indices where !Self.scenario.states[s].isTerminal {
      let moves = layout.arrows.filter { $0.from == s }.flatMap(\.moves).filter { $0.name == "\(Self.scenario.states[s].moves[0][0].name)/\(Self.scenario.states[s].moves[1][0].name)" }
      for guarding in Set(moves.map(\.guarding)) {
        #expect(moves.filter { $0.guarding == guarding }.reduce(Rational.zero) { $0 + $1.probability } == .one)
      }
    }
  }

  /// Issue 13: `show ladder` drew only the `else` of the talks' conditional
  /// transition (the truce after the summit window), not the summit before it.
  @Test func everyBranchOfAConditionalTransitionIsDrawnWithItsCondition() {
    let layout = LadderLayout(Self.scenario)
    let names = Self.scenario.variables.map(\.name)
    func labels(_ to: String) -> [String] {
      layout.arrows.first { $0.from == index("talks") && $0.to == index(to) }.map { LadderChart.labels($0, variables: names) } ?? []
    }
    #expect(labels("summit") == ["offer/offer 9/10 if date < 2025-10-30"])
    #expect(labels("truce") == ["offer/offer 1/3 unless date < 2025-10-30"])
    #expect(labels("talks") == ["offer/offer 1/10 if date < 2025-10-30", "offer/offer 2/3 unless date < 2025-10-30",
                                "offer/talk 1/2", "talk/offer 1/2", "talk/talk 1/2"])
    let dot = LadderChart.dot(Self.scenario, name: "us-china-2025-10")
    #expect(dot.contains("  \"talks\" -> \"summit\" [label=\"offer/offer 9/10 if date < 2025-10-30\""))
    let svg = LadderChart.svg(Self.scenario, title: "t")
    #expect(svg.contains("offer/offer 9/10 if date &lt; 2025-10-30") && svg.contains("offer/offer 1/3 unless date &lt; 2025-10-30"))
  }

  @Test func dotHasOneRankPerRungAndLabelledArrows() {
    let dot = LadderChart.dot(Self.scenario, name: "us-china-2025-10")
    #expect(dot.hasPrefix("digraph \"us-china-2025-10\" {\n  rankdir=BT;\n"))
    #expect(dot.components(separatedBy: "rank=same;").count == 4)
    #expect(dot.contains("    \"decoupling\" [label=\"decoupling\", peripheries=2];"))
    #expect(dot.contains("    \"standoff\" [label=\"standoff\", penwidth=2.5];"))
    #expect(dot.contains("  \"standoff\" -> \"talks\" [label=\"talk/talk 4/5\", color=\"#0072B2\", fontcolor=\"#0072B2\"];"))
    // The slide to decoupling is affine in what is in force; the picture reads it at
    // the start (no extra tariff, the first stage of controls: 1/60).
    #expect(dot.contains("  \"escalation\" -> \"decoupling\" [label=\"stay/stay 1/60\", color=\"#D55E00\", fontcolor=\"#D55E00\"];"))
    #expect(dot.hasSuffix("}\n"))
  }

  @Test func svgIsWellFormedWithABoxPerStateAndTheSameBytesEachTime() throws {
    let svg = LadderChart.svg(Self.scenario, title: "ladder & <title>")
    #expect(svg == LadderChart.svg(Self.scenario, title: "ladder & <title>"))
    _ = try XMLDocument(data: Data(svg.utf8))
    for state in Self.scenario.states { #expect(svg.contains(">\(state.name)</text>")) }
    // Terminal states have a second, inner border.
    let cards = svg.components(separatedBy: "<rect class=\"label-card\"").count - 1
    let boxes = svg.components(separatedBy: "<rect ").count - 2 - cards  // not the background, nor labels' cards
    #expect(boxes == Self.scenario.states.count + Self.scenario.states.filter(\.isTerminal).count)
    #expect(cards > 0)
    #expect(svg.contains("ladder &amp; &lt;title&gt;"))
  }

  /// Labels keep clear of the boxes and of each other: on the default scenario
  /// (seen crowded round 'talks' when the PNGs were checked) and on every library
  /// ladder (Scenarios/benchmark.yaml's labels ran into each other, issue 12), no
  /// label's card overlaps a state's box or another card, and every card is on the
  /// page below the title.
  @Test(arguments: ["us-china-2025-10", "geneva-truce-2025-05", "tariff-rounds-2018-2019", "benchmark", "deterrence",
                    "audience-cost", "chosen-risk", "deadline", "prisoners-dilemma", "chicken", "stag-hunt",
                    "bargaining-range", "truce-tail", "bluff-ladder"])
  func labelsOverlapNoBoxAndNoOtherLabel(_ name: String) throws {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/\(name).yaml"), encoding: .utf8)
    let doc = try ScenarioReader.read(text, file: "\(name).yaml")
    let svg = LadderChart.svg(doc.scenario, title: doc.name)
    let root = try SVGParsing.root(svg)
    func box(_ e: XMLElement) -> LabelPlacement.Box {
      func v(_ name: String) -> Double { SVGParsing.number(e, name) ?? .nan }
      return LabelPlacement.Box(x: v("x"), y: v("y"), width: v("width"), height: v("height"))
    }
    let cards = SVGParsing.elements(root, "rect", class: "label-card").map(box)
    let states = SVGParsing.elements(root, "rect").dropFirst().filter { SVGParsing.attribute($0, "class") == nil }.map(box)
    #expect(cards.count >= 1 && states.count >= doc.scenario.states.count)
    let width = SVGParsing.number(root, "width") ?? 0, height = SVGParsing.number(root, "height") ?? 0
    let shift = Self.translation(svg)
    for (k, card) in cards.enumerated() {
      // The card is drawn 2 px wider each side than the space the placement keeps.
      let kept = LabelPlacement.Box(x: card.x + 2, y: card.y, width: card.width - 4, height: card.height)
      #expect(states.allSatisfy { $0.overlap(kept) == 0 }, "\(name): card \(k)")
      for other in cards[(k + 1)...] {
        let otherKept = LabelPlacement.Box(x: other.x + 2, y: other.y, width: other.width - 4, height: other.height)
        #expect(kept.overlap(otherKept) == 0, "\(name): cards \(k) and another")
      }
      #expect(card.x + shift.x >= 0 && card.x + card.width + shift.x <= width, "\(name): card \(k) off the page")
      #expect(card.y + shift.y >= 34 && card.y + card.height + shift.y <= height - 24, "\(name): card \(k) on the title or legend")
    }
  }

  /// The drawing's `translate(x y)`, if the picture was shifted to make room.
  static func translation(_ svg: String) -> (x: Double, y: Double) {
    guard let r = svg.range(of: "transform=\"translate(") else { return (0, 0) }
    let numbers = svg[r.upperBound...].prefix { $0 != ")" }.split(separator: " ").compactMap { Double($0) }
    return numbers.count == 2 ? (numbers[0], numbers[1]) : (0, 0)
  }
}
