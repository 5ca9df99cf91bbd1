import Testing
@testable import BrinkCore

@Suite struct EscalationScenarioStageGameTests {
  /// The stage game is the payoffs as written, without the future; a terminal
  /// state is a 1×1 game of its arrival payoffs.
  @Test func stageGamesOfTheStandoff() {
    let scenario = EscalationTestScenarios.standoff(selection: .riskDominant)
    let standoff = scenario.stageGame(state: 0, values: [])
    #expect(standoff.title == "standoff" && standoff.rowPlayer == "US" && standoff.rowStrategies == ["hold", "escalate"])
    #expect(standoff.a == [[1, -1], [2, 0]].map { $0.map { Rational($0) } })
    #expect(standoff.b == [[1, 2], [-1, 0]].map { $0.map { Rational($0) } })
    let war = scenario.stageGame(state: 2, values: [])
    #expect(war.rowStrategies == ["(end)"] && war.a == [[Rational(-10)]] && war.b == [[Rational(-10)]])
  }
}
