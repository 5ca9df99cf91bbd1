import Testing
@testable import BrinkCore

/// The textbook facts of a bimatrix game, against hand-worked games and the engine's
/// own enumeration.
@Suite struct StageAnalysisTests {
  /// Chicken (Rapoport and Chammah 1966, with a costly crash): pure equilibria at
  /// (Yield, Escalate) and (Escalate, Yield); mixed at 9/10 on Yield for both.
  let chicken = Bimatrix(rowStrategies: ["Yield", "Escalate"], columnStrategies: ["Yield", "Escalate"],
                         a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])

  @Test func chickenByHand() throws {
    let analysis = StageAnalysis(chicken)
    #expect(analysis.pureCells.map { [$0.0, $0.1] } == [[0, 1], [1, 0]])
    let mixed = try #require(analysis.mixed2x2)
    #expect(mixed.p == Rational(9, 10) && mixed.q == Rational(9, 10))
    #expect(analysis.isRowBest(1, 0) && !analysis.isRowBest(1, 1))
    #expect(analysis.isColumnBest(0, 1) && !analysis.isColumnBest(1, 1))
    #expect(analysis.equilibria.count == 3 && !analysis.isDegenerate2x2)
  }

  @Test func indifferenceOutsideTheOpenIntervalIsNone() {
    #expect(StageAnalysis.indifference(.one, .zero, .zero, .one) == Rational(1, 2))
    #expect(StageAnalysis.indifference(.one, .one, .zero, .zero) == nil)  // a dominant row
    #expect(StageAnalysis.indifference(.one, .zero, .one, .zero) == nil)  // no mixture decides
  }

  /// On nondegenerate random 2×2 games the pure and mixed constructions find exactly
  /// the extreme equilibria of vertex enumeration.
  @Test func agreesWithVertexEnumerationOnRandomGames() {
    var g = SplitMix64(seed: 9)
    var checked = 0
    for _ in 0..<200 {
      let game = Bimatrix.random(2, 2, in: -20...20, using: &g)
      let analysis = StageAnalysis(game)
      guard !analysis.isDegenerate2x2 else { continue }
      checked += 1
      let mine = Set(analysis.equilibria.map(\.profile))
      let engine = Set(VertexEnumeration.extremeEquilibria(of: game).map(\.profile))
      #expect(mine == engine)
    }
    #expect(checked > 100)
  }
}
