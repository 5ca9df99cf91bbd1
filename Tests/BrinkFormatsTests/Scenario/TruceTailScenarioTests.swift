import BrinkCore
import Testing

@testable import BrinkFormats

/// `Scenarios/truce-tail.yaml`: a terminal flow and a stationary tail
/// (Docs/scenario-format.md, "The horizon"), against the answers worked by hand in
/// the file's comments.
@Suite("Terminal flows and a stationary tail")
struct TruceTailScenarioTests {
  static func document() throws -> ScenarioDocument { try MonteCarloAgreement.library("truce-tail") }

  @Test("the truce keeps the tariff: a flow of 3 a round plus each side's weights, 2 in all")
  func flowWithWeights() throws {
    let s = try Self.document().scenario
    let truce = try #require(s.stateIndex(named: "truce"))
    #expect(s.states[truce].flowPayoffs(at: s.initialValues) == [2, 2])
    #expect(s.calendar.tail == .stationary)
  }

  @Test("with the tail: the US cooperates throughout, values [20, 20], a verified stationary equilibrium")
  func tailSustainsCooperation() throws {
    let solved = try EscalationSolver.solve(Self.document().scenario)
    #expect(solved.exactExpectedValues == [20, 20])
    let tail = try #require(solved.tail)
    #expect(tail.repeated && tail.verified && tail.exact && !tail.rounded)
    for t in 0..<solved.horizon {
      for n in solved.nodeIndices(round: t, state: 0) where solved.graph.rounds[t][n].node.memory == 0 {
        #expect(solved.nodes[t][n].exactPlayed?.leaderMixture == [1, 0], "round \(t + 1)")
      }
    }
  }

  @Test("without the tail the US defects in the last round (cooperating 2, defecting 4)")
  func endGameWithoutTail() throws {
    var s = try Self.document().scenario
    s.calendar.tail = .none
    let solved = try EscalationSolver.solve(s)
    #expect(solved.tail == nil)
    let T = solved.horizon
    let calm = try #require(solved.nodeIndices(round: T - 1, state: 0).first { solved.graph.rounds[T - 1][$0].node.memory == 0 })
    let last = solved.nodes[T - 1][calm]
    #expect(last.exactPlayed?.leaderMixture == [0, 1])
    #expect(last.stageGame?.a[0][0] == 2 && last.stageGame?.a[1][0] == 4)
  }

  @Test("exact and Monte Carlo agree: state probabilities, and payoffs within 4 standard errors")
  func monteCarlo() throws {
    let scenario = MonteCarloAgreement.trembling(try Self.document().scenario, Rational(1, 10))
    try MonteCarloAgreement.expectAgreement(scenario, paths: 50_000)
    let solved = try EscalationSolver.solve(scenario)
    let compiled = try solved.compiledScenario()
    let stats = Simulator.run(compiled.ladder, paths: 50_000, seed: 3, threads: 2)
    let summary = SimulationSummary(stats, ladder: compiled.ladder)
    for p in 0..<2 {
      let mean = try #require(summary.payoffs[p].mean), se = try #require(summary.payoffs[p].standardError)
      #expect(abs(mean - solved.expectedValues[p]) <= 4 * se, "player \(p): \(mean) vs \(solved.expectedValues[p])")
    }
  }

  @Test("save and load: the writer writes the flow and the tail, and they read back the same")
  func roundTrip() throws {
    let doc = try Self.document()
    let text = ScenarioWriter.yaml(doc)
    #expect(text.contains("tail: stationary"))
    let again = try ScenarioReader.read(text, file: "again.yaml")
    #expect(again.scenario.states == doc.scenario.states)
    #expect(again.scenario.calendar == doc.scenario.calendar)
  }

  @Test("errors at file:line:column: a flow on a state with moves, an unknown tail, a tail without discount")
  func diagnosticsPointAtTheKey() {
    let flowOnActive = validYAML.replacingOccurrences(of: "    moves: {US: [hold, tariff]", with: "    flow: [1, 1]\n    moves: {US: [hold, tariff]")
    #expect(diagnostics(flowOnActive).contains { $0.contains("only terminal states have a 'flow'") })
    let unknownTail = validYAML.replacingOccurrences(of: "calendar: {", with: "calendar: {tail: forever, ")
    #expect(diagnostics(unknownTail).contains { $0.contains("unknown tail 'forever'") })
    let undiscounted = validYAML.replacingOccurrences(of: "calendar: {", with: "calendar: {tail: stationary, ")
      .replacingOccurrences(of: "discount: ", with: "discount: 1 #")
    #expect(diagnostics(undiscounted).contains { $0.contains("stationary tail needs a discount below 1") })
  }
}
