import BrinkCore
import Testing

@testable import BrinkREPL

/// `FitReport`, the text of `brink fit`, on a record that asks for ever more
/// precise play: both sides take the better move every round, so the likelihood
/// rises all the way to the end of the searched range and has no standard error.
@Suite struct FitReportTests {
  @Test func anEstimateAtTheEndOfTheRangeSaysSo() throws {
    let moves = [Move(name: "hold", posture: .hold), Move(name: "escalate", posture: .escalate)]
    func cell(_ a: Int, _ b: Int) -> JointOutcome { JointOutcome(Rational(a), Rational(b), to: 0) }
    let crisis = EscalationState(name: "crisis", moves: [moves, moves],
                                 outcomes: [[cell(2, 2), cell(0, 3)], [cell(3, 0), cell(1, 1)]])
    let scenario = EscalationScenario(players: ["US", "China"], states: [crisis],
                                      calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), rounds: 10))
    let record = Array(repeating: ObservedRound(moves: ["escalate", "escalate"], state: 0), count: 10)
    let estimate = try LogitFit.fit([LogitFit.Case(scenario: scenario, path: record)])
    #expect(estimate.atBound && estimate.standardError == nil)
    #expect(abs(estimate.lambda - 1000) < 1e-3)
    let text = FitReport(names: ["sure"], records: [record], estimate: estimate).render()
    #expect(text.hasPrefix("""
      Fitting the logit precision λ (Signorino 1999) to 1 scenario: 10 recorded rounds, 20 recorded moves
        λ = 1000.0000, no standard error (the log-likelihood is not curved downward there)
        λ is at the end of the range searched (0.001 to 1000): the record asks for ever more precise play
      """))
  }
}
