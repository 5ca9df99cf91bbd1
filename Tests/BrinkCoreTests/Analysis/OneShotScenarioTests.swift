import Testing
@testable import BrinkCore

@Suite struct OneShotScenarioTests {
  /// A plain game as a one-round scenario: the solver's equilibrium play in its one
  /// stage is an equilibrium of the game (here the unique one of a dominance-solvable game).
  @Test func solvesToTheGamesEquilibrium() throws {
    let pd = Bimatrix(title: "pd", players: ("US", "China"), rowStrategies: ["C", "D"], columnStrategies: ["C", "D"],
                      a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let scenario = EscalationScenario(oneShot: pd)
    #expect(scenario.states.count == 2 && scenario.calendar.rounds == 1)
    #expect(scenario.stageGame(state: 0, values: []) == pd.renamed("stage"))
    let solved = try EscalationSolver.solve(scenario)
    let node = try #require(solved.nodes[0].first)
    #expect(node.stageGame?.a == pd.a && node.stageGame?.b == pd.b)
    #expect(node.intended?.probability(row: 1, column: 1) == 1)
  }
}

extension Bimatrix {
  func renamed(_ title: String) -> Bimatrix {
    var g = self
    g.title = title
    return g
  }
}
