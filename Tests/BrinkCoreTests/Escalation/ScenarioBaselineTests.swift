import Testing

@testable import BrinkCore

/// The baseline variants (`ScenarioBaseline`), each checked on a small scenario
/// worked by hand.
@Suite struct ScenarioBaselineTests {
  typealias S = EscalationTestScenarios

  /// One state, `crisis`: the US holds (0 now, the crisis goes on) or escalates (1
  /// now, then war: −10 on arrival); China only waits. Two rounds, δ = 1.
  /// Looking ahead, the US holds in both rounds: escalating is worth 1 − 10 = −9
  /// against 0. Short-sighted (δ = 0), it sees only the 1 against 0 and escalates.
  static func temptation() -> EscalationScenario {
    let crisis = EscalationState(
      name: "crisis", moves: [[Move(name: "hold", posture: .hold), Move(name: "escalate", posture: .escalate)],
                              [Move(name: "wait")]],
      outcomes: [[JointOutcome(S.r(0), S.r(0), to: 0)], [JointOutcome(S.r(1), S.r(0), to: 1)]])
    return EscalationScenario(
      players: ["US", "China"], states: [crisis, .terminal("war", payoffs: [-10, -10])],
      calendar: ScenarioCalendar(start: S.start, rounds: 2),
      history: [HistoricalRound(round: 0, moves: ["hold", "wait"]), HistoricalRound(round: 1, moves: ["hold", "wait"])])
  }

  @Test func uniformPlayMixesEveryMoveEquallyAndKeepsChance() throws {
    // The standoff: hold/escalate each; (hold, escalate) leads surely back to the
    // standoff, so its round probability is the moves' alone: 1/2 · 1/2 = 1/4.
    // (escalate, escalate) stays with probability 3/4: 1/4 · 3/4 = 3/16.
    let base = S.standoff(selection: .riskDominant)
    let uniform = base.uniformPlay
    #expect(uniform.states == base.states && uniform.discount == base.discount && uniform.history == base.history)
    let solved = try EscalationSolver.solve(uniform)
    #expect(solved.isExact)
    for round in solved.nodes.dropLast() {
      for node in round {
        guard let played = node.exactPlayed else { continue }
        #expect(played.marginal(player: 0) == [S.r(1, 2), S.r(1, 2)])
        #expect(played.marginal(player: 1) == [S.r(1, 2), S.r(1, 2)])
      }
    }
    let oneRound = solved.likelihood(of: [ObservedRound(moves: ["hold", "escalate"], state: 0)])
    #expect(oneRound.exactProbability == S.r(1, 4))
    let stays = solved.likelihood(of: [ObservedRound(moves: ["escalate", "escalate"], state: 0), ObservedRound(moves: [nil, nil], state: 0)])
    #expect(stays.exactProbability == S.r(3, 16))
  }

  @Test func shortSightedPlayIgnoresTheFuture() throws {
    let base = Self.temptation()
    #expect(base.shortSightedPlay.discount == 0 && base.shortSightedPlay.behaviours == base.behaviours)
    let model = try EscalationSolver.solve(base)
    let myopic = try EscalationSolver.solve(base.shortSightedPlay)
    #expect(model.nodes[0][0].exactPlayed?.marginal(player: 0) == [1, 0])
    #expect(myopic.nodes[0][0].exactPlayed?.marginal(player: 0) == [0, 1])
    #expect(myopic.exactExpectedValues == [1, 0])  // the first round's payoffs alone
    // The record (hold, hold) is sure under the model and impossible short-sighted.
    #expect(model.likelihood(of: model.observedHistory()).exactProbability == 1)
    #expect(myopic.likelihood(of: myopic.observedHistory()).exactProbability == 0)
  }

  @Test func withoutTrembleDropsOnlyTheTrembles() throws {
    let base = S.tremblingChallenge(firstMover: 0)
    let plain = base.withoutTremble
    #expect(plain.behaviours.map(\.tremble) == [0, 0])
    #expect(plain.behaviours.map(\.model) == base.behaviours.map(\.model))
    let solved = try EscalationSolver.solve(plain)
    for round in solved.nodes {
      for node in round where node.played != nil {
        #expect(node.played == node.intended)
      }
    }
  }

  @Test func theEnumAppliesTheSameFunctions() {
    let base = S.tremblingChallenge(firstMover: 1)
    #expect(ScenarioBaseline.uniform.apply(to: base) == base.uniformPlay)
    #expect(ScenarioBaseline.shortSighted.apply(to: base) == base.shortSightedPlay)
    #expect(ScenarioBaseline.noTremble.apply(to: base) == base.withoutTremble)
    #expect(ScenarioBaseline.allCases.map(\.rawValue) == ["uniform", "short-sighted", "no-tremble"])
  }
}
