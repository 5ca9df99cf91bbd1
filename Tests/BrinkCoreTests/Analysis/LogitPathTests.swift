import Testing
@testable import BrinkCore

@Suite struct LogitPathTests {
  @Test func lambdaValuesAreGeometric() {
    #expect(LogitPath.lambdas(from: 0, to: 100) == [0, 0.1, 0.2, 0.4, 0.79, 1.6, 3.2, 6.3, 13, 25, 50, 100])
    #expect(LogitPath.lambdas(from: 1, to: 1000, count: 4) == [1, 10, 100, 1000])
  }

  /// A path ending next to the pure equilibrium of a dominance-solvable game
  /// approaches it from the first point within the tolerance.
  @Test func approachNamesTheNearestEquilibrium() throws {
    let pd = Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let path = LogitPath(points: [
      .init(lambda: 0, mixtures: [[0.5, 0.5], [0.5, 0.5]], stageGame: pd),
      .init(lambda: 10, mixtures: [[0.005, 0.995], [0.005, 0.995]], stageGame: pd),
      .init(lambda: 100, mixtures: [[0.001, 0.999], [0.001, 0.999]], stageGame: pd),
    ])
    let approach = try #require(path.approach(shouldContinue: { true }))
    #expect(approach.equilibrium == [[0, 1], [0, 1]])
    #expect(approach.from == 10)
    #expect(abs(approach.distance - 0.001) < 1e-12)
  }
}

extension LogitPathTests {
  /// Traced on the one-round Prisoner's Dilemma: uniform play at λ = 0, and play
  /// moving towards the dominant Defect as λ grows.
  @Test func traceSolvesOncePerLambda() throws {
    let pd = Bimatrix(players: ("US", "China"), rowStrategies: ["C", "D"], columnStrategies: ["C", "D"],
                      a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let scenario = EscalationScenario(oneShot: pd)
    var solves = 0
    let path = try #require(try LogitPath.trace(
      lambdas: [0, 1, 10], varied: [0, 1], behaviours: scenario.behaviours, round: 0,
      solve: { behaviours in
        solves += 1
        return try EscalationSolver.solve(scenario, behaviours: behaviours)
      },
      locate: { $0.nodeIndices(round: 0, state: 0).first }))
    #expect(solves == 3 && path.points.map(\.lambda) == [0, 1, 10])
    #expect(path.points[0].mixtures == [[0.5, 0.5], [0.5, 0.5]])
    #expect(path.points[1].mixtures[0][1] < path.points[2].mixtures[0][1] && path.points[2].mixtures[0][1] > 0.99)
    #expect(try LogitPath.trace(lambdas: [1], varied: [0], behaviours: scenario.behaviours, round: 0,
                                solve: { try EscalationSolver.solve(scenario, behaviours: $0) }, locate: { _ in nil }) == nil)
  }
}
