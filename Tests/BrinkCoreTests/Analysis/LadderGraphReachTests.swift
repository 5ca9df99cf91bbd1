import Testing
@testable import BrinkCore

@Suite struct LadderGraphReachTests {
  /// The repeated Prisoner's Dilemma stays in its one state: it is reached again
  /// from every round but the last. The standoff can loop back to itself by chance.
  @Test func aStateThatRepeatsIsReachedAgain() throws {
    let pd = try EscalationSolver.solve(EscalationTestScenarios.prisonersDilemma(rounds: 3))
    #expect(pd.graph.reachesAgain(round: 0, node: 0, state: 0))
    #expect(!pd.graph.reachesAgain(round: pd.graph.horizon - 1, node: 0, state: 0))
    let standoff = try EscalationSolver.solve(EscalationTestScenarios.standoff(selection: .riskDominant))
    #expect(standoff.graph.reachesAgain(round: 0, node: 0, state: 0))
    #expect(!standoff.graph.reachesAgain(round: 0, node: 0, state: 1))  // deal is terminal
  }
}
