import BigInt
import Testing
@testable import BrinkCore

/// Vertex enumeration on the cases that break simpler methods: degenerate games
/// (ties, duplicate strategies, all-zero payoffs, continua of equilibria), exact
/// fractions, arithmetic beyond 64 bits, and cancellation.
@Suite struct VertexEnumerationTests {
  /// All-zero payoffs: every profile is an equilibrium, so the equilibrium set is
  /// the whole product of simplices, whose vertices are the pure profiles; one component.
  @Test func allZeroPayoffs() {
    let zero = [[Int]](repeating: [0, 0, 0], count: 2)
    let game = Bimatrix(a: zero, b: zero)
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(found.count == 6)
    #expect(found.allSatisfy { $0.isPure })
    #expect(Set(found.map(\.supports)) == Set((0..<2).flatMap { i in (0..<3).map { j in [[i], [j]] } }))
    #expect(VertexEnumeration.components(of: found, in: game) == [Array(0..<6)])
    #expect(VertexEnumeration.nashSubsets(of: found) == [Array(0..<6)])
  }

  /// A constant game of larger size exercises heavy degeneracy (many bases per vertex).
  @Test func constantFourByFour() {
    let seven = [[Int]](repeating: [7, 7, 7, 7], count: 4)
    let found = VertexEnumeration.extremeEquilibria(of: Bimatrix(a: seven, b: seven))
    #expect(found.count == 16)
    #expect(found.allSatisfy { $0.isPure })
  }

  /// Duplicate strategies: the row player's two copies of `T` are interchangeable,
  /// so every equilibrium with T comes as a segment between the copies.
  /// Matching pennies with T duplicated: x = (t, 1/2 − t, 1/2), y = (1/2, 1/2) for
  /// t ∈ [0, 1/2]; extreme points t = 0 and t = 1/2; one component.
  @Test func duplicateStrategy() {
    let game = Bimatrix(a: [[1, -1], [1, -1], [-1, 1]], b: [[-1, 1], [-1, 1], [1, -1]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    let h = Rational(1, 2)
    #expect(Set(found.map(\.profile)) == [[[h, 0, h], [h, h]], [[0, h, h], [h, h]]])
    #expect(VertexEnumeration.components(of: found, in: game) == [[0, 1]])
  }

  /// Ties: a game where the column player is indifferent everywhere and the row
  /// player has a strictly best row. Equilibria: (row 0, any y) — extreme points the
  /// two pure columns; one component.
  @Test func indifferentColumnPlayer() {
    let game = Bimatrix(a: [[2, 3], [1, 0]], b: [[5, 5], [5, 5]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(Set(found.map(\.profile)) == [[[1, 0], [1, 0]], [[1, 0], [0, 1]]])
    #expect(VertexEnumeration.components(of: found, in: game).count == 1)
  }

  /// A continuum that is not a product of pure points: the outside-option game
  /// (row: Out pays 2 to both; In leads to coordination). Column's equilibria
  /// after Out form a segment y₁ ∈ [0, 2/3] (In must not pay more than 2), plus
  /// the pure (In, L). Checked against the brute-force reference.
  @Test func continuumMatchesBruteForce() {
    let game = Bimatrix(a: [[2, 2], [3, 0]], b: [[2, 2], [1, 0]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(Set(found.map(\.profile)) == BruteForceVertexEnumeration.extremeEquilibria(game))
    #expect(Set(found.map(\.profile)) == [
      [[0, 1], [1, 0]], [[1, 0], [0, 1]], [[1, 0], [Rational(2, 3), Rational(1, 3)]],
    ])
    let components = VertexEnumeration.components(of: found, in: game)
    #expect(components.map(\.count).sorted() == [1, 2])
  }

  /// Two maximal Nash subsets sharing an extreme point form one component, which
  /// only the component view (not the subsets) merges. Row player indifferent,
  /// column player's best responses cover the simplex in three pieces.
  @Test func overlappingNashSubsetsFormOneComponent() {
    // Row player indifferent everywhere; column's best response to row 0 is {0,1},
    // to row 1 is {1,2}. Equilibria: x pure on row 0 with y on {0,1}, x pure on
    // row 1 with y on {1,2}, and mixed x = (1/2,1/2) (where columns 0..2 tie) with any y?
    let game = Bimatrix(a: [[0, 0, 0], [0, 0, 0]], b: [[1, 1, 0], [0, 1, 1]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    #expect(Set(found.map(\.profile)) == BruteForceVertexEnumeration.extremeEquilibria(game))
    let subsets = VertexEnumeration.nashSubsets(of: found)
    #expect(subsets.count >= 2)
    #expect(VertexEnumeration.components(of: found, in: game) == [Array(found.indices)])
  }

  /// Exact fractions in the payoffs are kept exact (and scaled to integers inside).
  @Test func fractionalPayoffs() {
    let third = Rational(1, 3)
    let game = Bimatrix(a: [[third, 0], [0, Rational(2, 3)]], b: [[Rational(2, 3), 0], [0, third]])
    let found = VertexEnumeration.extremeEquilibria(of: game)
    let mixed = found.first { !$0.isPure }!
    #expect(mixed.profile == [[third, Rational(2, 3)], [Rational(2, 3), third]])
    #expect(mixed.payoffs == [Rational(2, 9), Rational(2, 9)])
    #expect(found.count == 3)
  }

  /// Payoffs near 2⁶² overflow the 64-bit pivoting; the BigInt repeat must give the
  /// same equilibria as the same game scaled down.
  @Test func overflowFallsBackToBigIntegers() {
    let big = Rational(BigInt(1) << 62)
    var rng = SplitMix64(seed: 7)
    for _ in 0..<5 {
      let small = rng.game(4, 4, payoffs: -10...10)
      let scaled = Bimatrix(a: small.a.map { $0.map { $0 * big + 1 } }, b: small.b.map { $0.map { $0 * big } })
      let expected = VertexEnumeration.extremeEquilibria(of: small).map(\.profile)
      #expect(VertexEnumeration.extremeEquilibria(of: scaled).map(\.profile) == expected)
      let viaBig = VertexEnumeration.solve(
        small, BestResponsePolytopes(small),
        BestResponsePolytopes(small).constraints(BigInt.self)!.p,
        BestResponsePolytopes(small).constraints(BigInt.self)!.q, { true })!
      #expect(viaBig.map(\.profile) == expected)
    }
  }

  /// More than 128 labels (the label sets spill out of their inline words):
  /// matching pennies with 128 extra, strictly dominated columns keeps its unique
  /// uniform equilibrium.
  @Test func manyLabels() {
    let extra = 128
    let a = [[1, -1] + [Int](repeating: 0, count: extra), [-1, 1] + [Int](repeating: 0, count: extra)]
    let b = [[-1, 1] + [Int](repeating: -5, count: extra), [1, -1] + [Int](repeating: -5, count: extra)]
    let game = Bimatrix(a: a, b: b)
    let found = VertexEnumeration.extremeEquilibria(of: game)
    let h = Rational(1, 2)
    #expect(found.map(\.profile) == [[[h, h], [h, h] + [Rational](repeating: 0, count: extra)]])
    #expect(LemkeHowson.solve(game, missingLabel: 100) == found[0])
  }

  /// `shouldContinue` returning false stops the search (returning a subset).
  @Test func cancellation() {
    var rng = SplitMix64(seed: 99)
    let game = rng.game(7, 7, payoffs: -10...10)
    var calls = 0
    let partial = VertexEnumeration.extremeEquilibria(of: game) { calls += 1; return false }
    #expect(calls >= 1)
    let all = Set(VertexEnumeration.extremeEquilibria(of: game))
    #expect(Set(partial).isSubset(of: all))
  }

  /// Matching partners (step 3) polls too, not only the vertex search (step 2), so a
  /// timeout or Ctrl-C lands while a large game is being matched.
  @Test func matchingStepPolls() {
    var rng = SplitMix64(seed: 99)
    let game = rng.game(7, 7, payoffs: -10...10)
    let polytopes = BestResponsePolytopes(game)
    let c = polytopes.constraints(Int64.self)!
    var searchPolls = 0
    _ = PolytopeVertices<Int64>.enumerate(constraints: c.p, dimension: polytopes.m) { searchPolls += 1; return true }
    var allPolls = 0
    _ = VertexEnumeration.extremeEquilibria(of: game) { allPolls += 1; return true }
    #expect(allPolls > searchPolls)
    // Stopping at the last poll (inside step 3) still returns only real equilibria.
    var calls = 0
    let partial = VertexEnumeration.extremeEquilibria(of: game) { calls += 1; return calls < allPolls }
    #expect(Set(partial).isSubset(of: Set(VertexEnumeration.extremeEquilibria(of: game))))
  }

  /// Same input, same output (order included).
  @Test func deterministic() {
    var rng = SplitMix64(seed: 5)
    let game = rng.game(5, 6, payoffs: 0...3)
    #expect(VertexEnumeration.extremeEquilibria(of: game) == VertexEnumeration.extremeEquilibria(of: game))
    #expect(game.extremeEquilibria() == VertexEnumeration.extremeEquilibria(of: game))
  }
}
