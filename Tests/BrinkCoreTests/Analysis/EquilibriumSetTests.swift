import Testing
@testable import BrinkCore

/// Maximal Nash subsets and components, kept apart (issue 10, item 4).
@Suite struct EquilibriumSetTests {
  /// A textbook game whose component is not convex, checked by hand: payoffs (1, 1)
  /// everywhere except (0, 0) at (B, R).
  ///
  /// Row: against L, T and B both pay 1; against any y with weight on R, T pays
  /// more. Column: symmetric, against T indifferent, otherwise L. So the
  /// equilibria are {T} × Δ ∪ Δ × {L}: extreme equilibria (T, L), (T, R), (B, L);
  /// two maximal Nash subsets, {T} × conv{L, R} and conv{T, B} × {L}; one component,
  /// their union, an "L" shape. It is not convex: the midpoint of (T, R) and
  /// (B, L), both players mixing 1/2–1/2, is no equilibrium (L pays the column
  /// player 1, R only 1/2). Maximal Nash subsets are the maximal convex sets of
  /// equilibria (Jansen, "Maximal Nash subsets for bimatrix games", *Naval Research
  /// Logistics Quarterly* 28, 1981); Gambit's enummixed prints them as cliques.
  @Test func aComponentThatIsNotConvex() throws {
    let game = Bimatrix(rowStrategies: ["T", "B"], columnStrategies: ["L", "R"], a: [[1, 1], [1, 0]], b: [[1, 1], [1, 0]])
    let set = EquilibriumSet(of: game)
    let pure = set.equilibria.map { $0.supports.map { $0[0] } }
    #expect(Set(pure) == [[0, 0], [0, 1], [1, 0]])
    let allPure = set.equilibria.allSatisfy { $0.isPure }
    #expect(allPure)
    let tl = try #require(pure.firstIndex(of: [0, 0]))
    let tr = try #require(pure.firstIndex(of: [0, 1]))
    let bl = try #require(pure.firstIndex(of: [1, 0]))
    #expect(Set(set.nashSubsets.map(Set.init)) == [[tl, tr], [tl, bl]])
    #expect(set.components.map(Set.init) == [[tl, tr, bl]])
    #expect(set.continua.count == 2)
    // The midpoint of (T, R) and (B, L) is not an equilibrium: the component is not convex.
    let half = [Rational(1, 2), Rational(1, 2)]
    #expect(!EquilibriumOracle.isEquilibrium([half, half], of: game.strategicGame))
    // Every mixture inside one subset is: (T, 1/3 L + 2/3 R) and (1/3 T + 2/3 B, L).
    #expect(EquilibriumOracle.isEquilibrium([[1, 0], [Rational(1, 3), Rational(2, 3)]], of: game.strategicGame))
    #expect(EquilibriumOracle.isEquilibrium([[Rational(1, 3), Rational(2, 3)], [1, 0]], of: game.strategicGame))
  }

  /// `solve` (GameAnalysis, method all) reports the same subsets and components.
  @Test func gameAnalysisReportsBoth() throws {
    let game = Bimatrix(rowStrategies: ["T", "B"], columnStrategies: ["L", "R"], a: [[1, 1], [1, 0]], b: [[1, 1], [1, 0]])
    let analysis = try GameAnalysis.compute(game.strategicGame, method: .all)
    let set = EquilibriumSet(of: game)
    #expect(analysis.equilibria == set.equilibria)
    #expect(analysis.nashSubsets == set.nashSubsets)
    #expect(analysis.components == set.components)
  }
}
