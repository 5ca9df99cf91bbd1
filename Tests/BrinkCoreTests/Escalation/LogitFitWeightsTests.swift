import Testing

@testable import BrinkCore

/// `LogitFit.fit(_:weights:)` recovers a known payoff weight, with λ, from records
/// drawn by brink's own simulator.
@Suite struct LogitFitWeightsTests {
  typealias S = EscalationTestScenarios

  /// The hold/escalate game of `LogitFitTests` (escalating gains 1 in the round),
  /// where the US's escalation also raises `heat` by 1 for good, and the US's payoff
  /// weight on `heat` is `weight`: over `rounds` rounds at δ = 1, escalating in round
  /// t gains 1 + weight · (rounds − t), so with weight −1/4 the US holds early and
  /// escalates late, while λ scales every round's gain alike. China gains 1 by
  /// escalating, always.
  static func game(rounds: Int, lambda: Double?, weight: Rational) -> EscalationScenario {
    var s = S.holdEscalate("crisis", [[(S.r(2), S.r(2), .to(0)), (S.r(0), S.r(3), .to(0))],
                                      [(S.r(3), S.r(0), .to(0)), (S.r(1), S.r(1), .to(0))]])
    for j in 0..<2 { s.outcomes[1][j].effects = [VariableEffect(variable: 0, .add(.one))] }
    let b = lambda.map { PlayerBehaviour(model: .logit(lambda: $0)) } ?? PlayerBehaviour()
    let plain = EscalationScenario(players: ["US", "China"], states: [s], variables: [StateVariable(name: "heat")],
                                   calendar: ScenarioCalendar(start: S.start, rounds: rounds), behaviours: [b, b])
    return heat.applying(weight, to: plain, point: .zero)
  }

  static let heat = ScenarioParameter.weight(player: 0, variable: 0)

  @Test func recoversTheWeightThatMadeTheRecords() throws {
    let truth = Self.game(rounds: 8, lambda: 2, weight: Rational(-1, 4))
    var cases = [LogitFit.Case]()
    for seed in 0..<60 {
      let record = try LogitFitTests.simulatedRecord(truth, seed: UInt64(seed))
      cases.append(LogitFit.Case(scenario: Self.game(rounds: 8, lambda: nil, weight: .zero), path: record))
    }
    let free = LogitFit.FreeWeight(name: "US heat", places: cases.map { _ in (Self.heat, Rational.zero) })
    let e = try LogitFit.fit(cases, weights: [free])
    let se = try #require(e.standardErrors)
    #expect(abs(e.weights[0] + 0.25) < 3 * se[1], "ŵ = \(e.weights[0]) ± \(se[1])")
    #expect(abs(e.lambda - 2) < 3 * se[0], "λ̂ = \(e.lambda) ± \(se[0])")
    #expect(!e.atBound)
    // A maximum: nearby weights do worse.
    for w in [e.weights[0] - 0.02, e.weights[0] + 0.02] {
      let l = try LogitFit.logLikelihood(e.lambda, weights: [w], free: [free], cases: cases, shouldContinue: { true }).reduce(0, +)
      #expect(l < e.logLikelihood)
    }
  }

  @Test func inverseDiagonalOfAKnownMatrix() throws {
    // [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / 8.
    let d = try #require(LogitFit.inverseDiagonal([[4, 2], [2, 3]]))
    #expect(abs(d[0] - 3.0 / 8) < 1e-12 && abs(d[1] - 4.0 / 8) < 1e-12)
    #expect(LogitFit.inverseDiagonal([[1, 2], [2, 1]]) == nil)
  }
}
