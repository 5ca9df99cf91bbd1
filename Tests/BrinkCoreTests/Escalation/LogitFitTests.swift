#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

@testable import BrinkCore

/// `LogitFit` recovers a known λ from records that brink's own simulator draws.
@Suite struct LogitFitTests {
  typealias S = EscalationTestScenarios

  /// A repeated game in one state where escalating gains exactly 1 over holding
  /// whatever the other does ((hold, hold) = (2, 2), (hold, escalate) = (0, 3),
  /// (escalate, escalate) = (1, 1)), so under the logit model at λ each player
  /// escalates with 1/(1 + e^−λ) in every round (0.881 at λ = 2) and λ is
  /// identified by how often. `rounds` rounds, δ = 9/10.
  static func game(rounds: Int, lambda: Double) -> EscalationScenario {
    let s = S.holdEscalate("crisis", [[(S.r(2), S.r(2), .to(0)), (S.r(0), S.r(3), .to(0))],
                                      [(S.r(3), S.r(0), .to(0)), (S.r(1), S.r(1), .to(0))]])
    let logit = PlayerBehaviour(model: .logit(lambda: lambda))
    return EscalationScenario(players: ["US", "China"], states: [s], calendar: ScenarioCalendar(start: S.start, rounds: rounds),
                              discount: S.r(9, 10), behaviours: [logit, logit])
  }

  /// One path of `scenario` drawn by the simulator's tracer (`PathTracer`, seeded),
  /// as a record: each round's moves and state by name.
  static func simulatedRecord(_ scenario: EscalationScenario, seed: UInt64) throws -> [ObservedRound] {
    let compiled = try EscalationSolver.solve(scenario).compiledScenario()
    let path = PathTracer(ladder: compiled.ladder, seed: seed).trace(path: 0)
    return zip(path.states, path.moves).map { state, moves in
      let names = compiled.ladder.moveNames[state]
      return ObservedRound(moves: [names[0][moves.first], names[1][moves.second]], state: compiled.scenarioStates[state])
    }
  }

  @Test func recoversTheLambdaThatMadeTheRecord() throws {
    var errors = [Double]()
    for rounds in [50, 400] {
      let truth = Self.game(rounds: rounds, lambda: 2)
      let record = try Self.simulatedRecord(truth, seed: 2026)
      #expect(record.count == rounds)
      // Fit from the scenario as a judge would write it: equilibrium play, no λ.
      var judged = truth
      judged.behaviours = [PlayerBehaviour(), PlayerBehaviour()]
      let estimate = try LogitFit.fit([LogitFit.Case(scenario: judged, path: record)])
      let se = try #require(estimate.standardError)
      #expect(abs(estimate.lambda - 2) < 3 * se, "λ̂ = \(estimate.lambda) ± \(se) on \(rounds) rounds")
      #expect(!estimate.atBound)
      // Maximum: no nearby λ does better.
      for other in [estimate.lambda * 0.99, estimate.lambda * 1.01] {
        let l = try LogitFit.logLikelihood(other, cases: [LogitFit.Case(scenario: judged, path: record)]).reduce(0, +)
        #expect(l <= estimate.logLikelihood + 1e-9)
      }
      errors.append(se)
    }
    // The standard error shrinks as the record grows (about as 1/√n: 8 times the
    // rounds, about 1/2.8 of the error).
    #expect(errors[1] < errors[0] / 2)
  }

  /// With an analytic answer: one player escalates in k of n rounds, the other's
  /// moves unrecorded; then the MLE solves 1/(1 + e^−λ) = k/n, λ̂ = ln(k/(n − k)),
  /// and the observed information is n·p(1 − p), so se = 1/√(n p (1 − p)).
  @Test func matchesTheClosedForm() throws {
    let n = 40, k = 30
    let record = (0..<n).map { ObservedRound(moves: [$0 < k ? "escalate" : "hold", nil], state: 0) }
    var judged = Self.game(rounds: n, lambda: 1)
    judged.behaviours = [PlayerBehaviour(), PlayerBehaviour()]
    let estimate = try LogitFit.fit([LogitFit.Case(scenario: judged, path: record)])
    #expect(abs(estimate.lambda - log(3.0)) < 1e-4)
    let p = 0.75
    #expect(abs(estimate.standardError! - 1 / sqrt(Double(n) * p * (1 - p))) < 1e-3)
  }

  @Test func refusesWhatCannotBeFitted() {
    var rules = Self.game(rounds: 3, lambda: 1)
    rules.behaviours = [PlayerBehaviour(model: .titForTat), PlayerBehaviour(model: .grimTrigger)]
    #expect(throws: LogitFit.Failure.nothingToFit) {
      _ = try LogitFit.fit([LogitFit.Case(scenario: rules, path: [ObservedRound(moves: ["hold", "hold"])])])
    }
    #expect(throws: LogitFit.Failure.noRecord) {
      _ = try LogitFit.fit([LogitFit.Case(scenario: Self.game(rounds: 3, lambda: 1), path: [ObservedRound(moves: [nil, nil])])])
    }
  }
}
