import Testing
@testable import BrinkCore

@Suite struct BimatrixSolveTests {
  static let pd = Bimatrix(rowStrategies: ["C", "D"], columnStrategies: ["C", "D"], a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])

  @Test func analysesOfThePrisonersDilemma() throws {
    let g = Self.pd
    #expect(g.pureEquilibria().map(\.profile) == [[q([0, 1]), q([0, 1])]])
    #expect(g.security(player: 0) == Maximin.security(g, player: 0))
    #expect(g.security(player: 1).value == 1)
    #expect(g.zeroSumSolution == nil)
    #expect(g.dominated(player: 0).map(\.strategy) == [0])
    #expect(g.iteratedElimination().remaining == [[1], [1]])
    #expect(g.classification?.symmetricType == .prisonersDilemma)
    #expect(g.paretoEfficientOutcomes.map { [$0.0, $0.1] } == [[0, 0], [0, 1], [1, 0]])
    #expect(g.riskDominantEquilibrium == nil)
    #expect(g.isEquilibrium(q([0, 1]), q([0, 1])))
    #expect(!g.isEquilibrium(q([1, 0]), q([1, 0])))
  }

  @Test func zeroSumSolutionOfMatchingPennies() throws {
    let z = try #require(Bimatrix.zeroSum([[1, -1], [-1, 1]]).zeroSumSolution)
    #expect(z.value == 0 && z.constant == 0)
    #expect(Bimatrix.zeroSum([[1, -1], [-1, 1]]).isEquilibrium(z.rowStrategy, z.columnStrategy))
  }

  @Test func stagHuntRiskAndPayoffDominance() throws {
    let stag = Bimatrix(a: [[4, 0], [3, 2]], b: [[4, 3], [0, 2]])
    #expect(stag.classification?.name == "Stag Hunt")
    let risk = try #require(stag.riskDominantEquilibrium)
    #expect(risk == (1, 1))
    #expect(stag.paretoEfficientOutcomes.map { [$0.0, $0.1] } == [[0, 0]])
    #expect(Bimatrix(a: [[1, 2, 3]], b: [[0, 0, 0]]).classification == nil)
  }
}
