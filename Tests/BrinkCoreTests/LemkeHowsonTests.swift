import Testing
@testable import BrinkCore

/// Lemke–Howson paths: known ends, degenerate games, label handling.
@Suite struct LemkeHowsonTests {
  /// Von Stengel's 3×2 game (Nisan et al. 2007, ch. 3, (3.3); von Stengel 2002,
  /// §2.5). Dropping label 0 (row strategy 1): x₁ enters, 3x₁ ≤ 1 binds first so
  /// column 1's label is picked up at x = (1/3, 0, 0); then y₁ enters and row 1's
  /// inequality binds first — the missing label — ending at ((1,0,0),(1,0)).
  /// Dropping label 1 walks to ((0,1/3,2/3),(1/3,2/3)) (the book's Fig. 3.3 path
  /// for missing label 2 in its 1-based numbering).
  @Test func vonStengelPathsEndAtEquilibria() {
    let game = Bimatrix(a: [[3, 3], [2, 5], [0, 6]], b: [[3, 2], [2, 6], [3, 1]])
    let extreme = Set(VertexEnumeration.extremeEquilibria(of: game))
    #expect(LemkeHowson.solve(game, missingLabel: 0).profile == [[1, 0, 0], [1, 0]])
    #expect(LemkeHowson.solve(game, missingLabel: 1).profile
      == [[0, Rational(1, 3), Rational(2, 3)], [Rational(1, 3), Rational(2, 3)]])
    for label in 0..<5 { #expect(extreme.contains(LemkeHowson.solve(game, missingLabel: label))) }
  }

  /// The unique equilibrium is found from every label.
  @Test func uniqueEquilibriumFromEveryLabel() {
    let game = Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    for e in LemkeHowson.allFromEachLabel(game) { #expect(e.profile == [[0, 1], [0, 1]]) }
  }

  /// Heavily degenerate games must not cycle (lexicographic rule) and still end
  /// at an equilibrium: constant payoffs, duplicated rows and columns.
  @Test func degenerateGamesDoNotCycle() {
    let games = [
      Bimatrix(a: [[0, 0, 0], [0, 0, 0]], b: [[0, 0, 0], [0, 0, 0]]),
      Bimatrix(a: [[1, 1], [1, 1], [0, 2]], b: [[2, 2], [2, 2], [1, 1]]),
      Bimatrix(a: [[3, 3], [2, 5], [0, 6]], b: [[3, 3], [2, 6], [3, 1]]),
    ]
    for game in games {
      for e in LemkeHowson.allFromEachLabel(game) {
        #expect(EquilibriumOracle.isEquilibrium(e.profile, of: game.strategicGame))
      }
    }
  }

  /// Labels outside `0..<m+n` wrap around instead of crashing.
  @Test func labelsWrap() {
    let game = Bimatrix(a: [[2, 0], [0, 1]], b: [[1, 0], [0, 2]])
    #expect(LemkeHowson.solve(game, missingLabel: 4) == LemkeHowson.solve(game, missingLabel: 0))
    #expect(LemkeHowson.solve(game, missingLabel: -1) == LemkeHowson.solve(game, missingLabel: 3))
  }

  /// Larger random games: still an equilibrium (and fast enough for a test).
  @Test func largerRandomGames() {
    var rng = SplitMix64(seed: 1964)
    for size in [8, 12, 20, 40] {
      let game = rng.game(size, size, payoffs: -10...10)
      let e = LemkeHowson.solve(game, missingLabel: size / 2)
      #expect(EquilibriumOracle.isEquilibrium(e.profile, of: game.strategicGame))
    }
  }
}
