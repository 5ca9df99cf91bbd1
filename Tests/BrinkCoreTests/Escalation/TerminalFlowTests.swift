import Testing
@testable import BrinkCore

/// Terminal flows (Horizon/TerminalFlow.swift), worked by hand.
@Suite struct TerminalFlowTests {
  typealias S = EscalationTestScenarios
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// One round of talks that always ends in a truce, δ = 1/2, 4 rounds. The truce
  /// pays 1 each on arrival and keeps a flow of (−2, 3) a round (the US keeps
  /// paying for the tariffs it left in place; China keeps its gains).
  static func truce(rounds: Int = 4, tail: HorizonTail = .none, discount: Rational = Rational(1, 2)) -> EscalationScenario {
    let talks = EscalationState(
      name: "talks", moves: [[Move(name: "sign")], [Move(name: "sign")]],
      outcomes: [[JointOutcome(.zero, .zero, to: 1)]])
    var truce = EscalationState.terminal("truce", payoffs: [1, 1])
    truce.terminalFlow = [PayoffExpression(-2), PayoffExpression(3)]
    var calendar = ScenarioCalendar(start: S.start, rounds: rounds)
    calendar.tail = tail
    return EscalationScenario(players: ["US", "China"], states: [talks, truce], calendar: calendar, discount: discount)
  }

  /// Arrival in round 1 of 4: the flow is received in rounds 1, 2, 3, worth
  /// 1 + 1/2 + 1/4 = 7/4 at round 1. So the truce is worth (1 − 2·7/4, 1 + 3·7/4) =
  /// (−5/2, 25/4) there, and the talks (−5/4, 25/8) at round 0 (one round later, δ = 1/2).
  @Test func finiteHorizonSumsTheFlowToTheEnd() throws {
    let solved = try EscalationSolver.solve(Self.truce())
    #expect(solved.exactExpectedValues == [r(-5, 4), r(25, 8)])
    let truce = try #require(solved.nodeIndices(round: 1, state: 1).first)
    #expect(solved.nodes[1][truce].exactValues == [r(-5, 2), r(25, 4)])
    // Reached at the horizon, no round is left: the arrival payoff alone.
    #expect(Self.truce().terminalValue(of: 1, at: [], round: 4) == [1, 1])
    #expect(Self.truce().flowRounds(fromRound: 1) == r(7, 4))
  }

  /// δ = 1: the flow counts once per round left, (T − t).
  @Test func undiscountedFlowCountsTheRoundsLeft() throws {
    let solved = try EscalationSolver.solve(Self.truce(rounds: 5, discount: 1))
    // Arrival in round 1 of 5: 4 rounds of flow, (1 − 8, 1 + 12).
    #expect(solved.exactExpectedValues == [r(-7), r(13)])
  }

  /// With a stationary tail the flow goes on forever: 1/(1 − δ) = 2 rounds' worth,
  /// whatever the round: (1 − 4, 1 + 6) = (−3, 7), and (−3/2, 7/2) at round 0.
  @Test func stationaryTailSumsTheFlowForever() throws {
    let solved = try EscalationSolver.solve(Self.truce(tail: .stationary))
    #expect(solved.exactExpectedValues == [r(-3, 2), r(7, 2)])
    #expect(Self.truce(tail: .stationary).flowRounds(fromRound: 3) == 2)
  }

  /// The simulator pays the same flows: every path is the same, so its mean is the
  /// exact value to rounding, with and without the tail.
  @Test(arguments: [HorizonTail.none, .stationary])
  func simulatorPaysTheFlow(tail: HorizonTail) throws {
    let solved = try EscalationSolver.solve(Self.truce(tail: tail))
    let ladder = try solved.compile()
    let statistics = Simulator.run(ladder, paths: 1_000, seed: 1, threads: 1, shard: nil, fused: true,
                                   shouldContinue: { true }, progress: { _, _ in })
    let summary = SimulationSummary(statistics, ladder: ladder)
    for p in 0..<2 {
      let mean = try #require(summary.payoffs[p].mean)
      #expect(abs(mean - solved.expectedValues[p]) < 1e-9, "player \(p): \(mean) vs \(solved.expectedValues[p])")
    }
  }

  /// A flow that reads a variable is evaluated at the values on arrival, and the
  /// variable is tracked for it.
  @Test func flowReadsTheVariablesAtArrival() throws {
    var scenario = Self.truce()
    scenario.variables = [StateVariable(name: "tariff", initial: 10)]
    scenario.states[0].outcomes[0][0].effects = [VariableEffect(variable: 0, .add(10))]
    scenario.states[1].terminalFlow = [PayoffExpression(.zero, terms: [.init(variable: 0, coefficient: r(-1, 10))]),
                                       PayoffExpression(0)]
    let solved = try EscalationSolver.solve(scenario)
    #expect(solved.graph.trackedVariables == [true])
    // Tariff 20 on arrival: flow −2 a round, as above: (1 − 7/2)/2 = −5/4.
    #expect(solved.exactExpectedValues == [r(-5, 4), r(1, 2)])
  }

  @Test func flowOnANonTerminalStateIsAProblem() {
    var scenario = Self.truce()
    scenario.states[0].terminalFlow = [PayoffExpression(1), PayoffExpression(1)]
    #expect(scenario.structuralProblems().contains { $0.contains("only a terminal state has a flow") })
  }
}
