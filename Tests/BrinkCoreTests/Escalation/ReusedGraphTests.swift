import Testing
@testable import BrinkCore

/// `EscalationSolver.solve(_:graph:)`: a sweep over λ or δ builds the ladder's graph
/// once. A solve on a reused graph must equal a solve that builds its own, and a
/// scenario whose graph reads the discount (a terminal flow) must say so.
@Suite struct ReusedGraphTests {
  typealias S = EscalationTestScenarios

  /// Every node's exact values and intended play, round by round.
  func fingerprint(_ solved: SolvedScenario) -> [String] {
    solved.nodes.flatMap { round in round.map { "\($0.exactValues.map { "\($0)" } ?? "-") \($0.intended.map { "\($0)" } ?? "-")" } }
  }

  @Test func aGraphBuiltAtOneDiscountSolvesAnother() throws {
    var base = S.prisonersDilemma(rounds: 4)
    #expect(!LadderGraph.readsDiscount(of: base))
    base.discount = Rational(1, 3)
    let graph = try EscalationSolver.solve(base).graph
    for d in [Rational(1, 10), Rational(1, 2), Rational(9, 10), Rational(1)] {
      var scenario = base
      scenario.discount = d
      let own = try EscalationSolver.solve(scenario), shared = try EscalationSolver.solve(scenario, graph: graph)
      #expect(fingerprint(shared) == fingerprint(own), "discount \(d)")
      #expect(shared.expectedValues == own.expectedValues)
    }
  }

  @Test func aGraphBuiltForOneModelSolvesLogitPlay() throws {
    let scenario = S.commitment(timing: .simultaneous)
    let graph = try EscalationSolver.solve(scenario).graph
    for lambda in [0.0, 0.5, 4, 100] {
      let logit = [PlayerBehaviour(model: .logit(lambda: lambda)), PlayerBehaviour(model: .logit(lambda: lambda))]
      let own = try EscalationSolver.solve(scenario, behaviours: logit)
      let shared = try EscalationSolver.solve(scenario, behaviours: logit, graph: graph)
      #expect(shared.expectedValues == own.expectedValues, "lambda \(lambda)")
      #expect(shared.nodes[0][0].played?.leaderMixture == own.nodes[0][0].played?.leaderMixture)
    }
  }

  /// A terminal flow's worth over the rounds left is discounted into the graph, so
  /// the graph of one discount gives another discount's solve the wrong values.
  @Test func aTerminalFlowMakesTheGraphReadTheDiscount() throws {
    let half = TerminalFlowTests.truce(discount: Rational(1, 2)), most = TerminalFlowTests.truce(discount: Rational(9, 10))
    #expect(LadderGraph.readsDiscount(of: half))
    let graph = try EscalationSolver.solve(half).graph
    let own = try EscalationSolver.solve(most), stale = try EscalationSolver.solve(most, graph: graph)
    #expect(stale.expectedValues != own.expectedValues)
  }

  /// The scenario's own checks still run on a reused graph: a stationary tail needs δ < 1.
  @Test func aReusedGraphStillChecksTheScenario() throws {
    let tail = TerminalFlowTests.truce(tail: .stationary, discount: Rational(1, 2))
    let graph = try EscalationSolver.solve(tail).graph
    var undiscounted = tail
    undiscounted.discount = Rational(1)
    #expect(throws: EscalationError.self) { try EscalationSolver.solve(undiscounted, graph: graph) }
  }
}
