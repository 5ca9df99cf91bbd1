import Testing
@testable import BrinkCore

@Suite struct RiskDominanceTests {
  @Test func stagHuntSafeEquilibriumRiskDominatesThePayoffDominantOne() throws {
    // Stag (4,4) is payoff-dominant; hare (2,2) is risk-dominant: deviation-loss
    // products (4−3)(4−3) = 1 < (2−0)(2−0) = 4 (Harsanyi and Selten 1988, §3.9).
    let stag = Bimatrix(a: [[4, 0], [3, 2]], b: [[4, 3], [0, 2]])
    let c = try #require(RiskDominance.compare(stag))
    #expect(c.equilibria == [[0, 0], [1, 1]])
    #expect(c.products == q([1, 4]))
    #expect(c.dominant == 1)
    let e = try #require(Classification2x2.riskDominantEquilibrium(stag))
    #expect(e == (1, 1))
    #expect(Classification2x2.paretoEfficientOutcomes(stag).map { [$0.0, $0.1] } == [[0, 0]])
  }

  @Test func coordinationOnTheBetterOutcomeWhenItIsAlsoSafer() throws {
    let g = Bimatrix(a: [[2, 0], [0, 1]], b: [[2, 0], [0, 1]])
    #expect(try #require(RiskDominance.riskDominantEquilibrium(g)) == (0, 0))
  }

  @Test func chickenPicksOffDiagonalEquilibria() throws {
    let chicken = Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])
    let c = try #require(RiskDominance.compare(chicken))
    #expect(c.equilibria == [[0, 1], [1, 0]])
    #expect(c.dominant == nil)  // symmetric: equal products
  }

  @Test func notApplicable() {
    #expect(RiskDominance.compare(Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])) == nil)  // one equilibrium
    #expect(RiskDominance.compare(Bimatrix.zeroSum([[1, -1], [-1, 1]])) == nil)              // none
    #expect(RiskDominance.compare(Bimatrix(a: [[1, 1], [1, 1]], b: [[1, 1], [1, 1]])) == nil)  // weak only
    #expect(RiskDominance.compare(Bimatrix(a: [[1, 2, 3]], b: [[1, 2, 3]])) == nil)            // not 2×2
  }

  @Test func invariantToRelabelling() {
    var g = SplitMix64(seed: 1988)
    for _ in 0..<300 {
      let game = Bimatrix.random(2, 2, in: -5...5, using: &g)
      let base = RiskDominance.riskDominantEquilibrium(game)
      let swapped = RiskDominance.riskDominantEquilibrium(Bimatrix(a: [game.a[1], game.a[0]], b: [game.b[1], game.b[0]]))
      #expect(base.map { [1 - $0.0, $0.1] } == swapped.map { [$0.0, $0.1] })
      let transposed = RiskDominance.riskDominantEquilibrium(game.transposed)
      #expect(base.map { [$0.1, $0.0] } == transposed.map { [$0.0, $0.1] })
    }
  }
}
