import Testing
@testable import BrinkCore

/// Symmetric game with R, S, T, P for the row player (C first, D second).
private func symmetric(r: Int, s: Int, t: Int, p: Int) -> Bimatrix {
  Bimatrix(a: [[r, s], [t, p]], b: [[r, t], [s, p]])
}

private extension Bimatrix {
  var rowsSwapped: Bimatrix { Bimatrix(a: [a[1], a[0]], b: [b[1], b[0]]) }
  var columnsSwapped: Bimatrix { Bimatrix(a: a.map { [$0[1], $0[0]] }, b: b.map { [$0[1], $0[0]] }) }
  /// The eight relabellings: row swap × column swap × player swap.
  var relabellings: [Bimatrix] {
    let four = [self, rowsSwapped, columnsSwapped, rowsSwapped.columnsSwapped]
    return four + four.map(\.transposed)
  }
}

/// All 576 strict ordinal 2×2 games.
private func allStrictGames() -> [Bimatrix] {
  func permutations(_ xs: [Int]) -> [[Int]] {
    xs.count <= 1 ? [xs] : xs.indices.flatMap { i in
      permutations(Array(xs[..<i] + xs[(i + 1)...])).map { [xs[i]] + $0 }
    }
  }
  let orders = permutations([1, 2, 3, 4])
  return orders.flatMap { a in orders.map { b in Bimatrix(a: [[a[0], a[1]], [a[2], a[3]]], b: [[b[0], b[1]], [b[2], b[3]]]) } }
}

@Suite struct Classification2x2Tests {
  @Test func classicSymmetricGamesAreNamed() throws {
    // Payoff orders as in Robinson and Goforth (2005), ch. 4, and Bruns (2015).
    let cases: [(Bimatrix, Classification2x2.SymmetricType, Classification2x2.Family)] = [
      (symmetric(r: 3, s: 0, t: 5, p: 1), .prisonersDilemma, .socialDilemma),   // Axelrod's PD
      (symmetric(r: 0, s: -1, t: 1, p: -10), .chicken, .chickenLike),           // swerve / straight
      (symmetric(r: 4, s: 0, t: 3, p: 2), .stagHunt, .coordination),
      (symmetric(r: 1, s: 0, t: 3, p: 2), .deadlock, .stableConflict),
      (symmetric(r: 4, s: 2, t: 3, p: 1), .harmony, .harmony),
      (symmetric(r: 2, s: 3, t: 4, p: 1), .leader, .battleLike),
      (symmetric(r: 2, s: 4, t: 3, p: 1), .hero, .battleLike),
      (symmetric(r: 4, s: 2, t: 1, p: 3), .coordination, .coordination),
    ]
    for (game, type, family) in cases {
      let c = try #require(Classification2x2.classify(game))
      #expect(c.symmetricType == type)
      #expect(c.family == family)
      #expect(c.name == type.name && c.summary == type.summary)
      #expect(!c.hasTies)
    }
    #expect(Classification2x2.classify(symmetric(r: 3, s: 0, t: 5, p: 1))?.name == "Prisoner's Dilemma")
    #expect(Classification2x2.classify(symmetric(r: 0, s: -1, t: 1, p: -10))?.summary.contains("back down") == true)
  }

  @Test func everySymmetricTypeHasTheExpectedFamily() {
    let expected: [Classification2x2.SymmetricType: Classification2x2.Family] = [
      .prisonersDilemma: .socialDilemma, .chicken: .chickenLike, .stagHunt: .coordination,
      .deadlock: .stableConflict, .harmony: .harmony, .leader: .battleLike, .hero: .battleLike,
      .coordination: .coordination, .coordinationFallback: .coordination, .harmonyGenerous: .harmony,
      .harmonyCautious: .harmony, .deadlockVariant: .stableConflict,
    ]
    for type in Classification2x2.SymmetricType.allCases {
      // Build the game from its conventional order: best gets 4.
      let letters = type.conventionalOrder.filter(\.isLetter)
      func rank(_ c: Character) -> Int { 4 - letters.firstIndex(of: c)!.utf16Offset(in: letters) }
      let game = symmetric(r: rank("R"), s: rank("S"), t: rank("T"), p: rank("P"))
      let c = Classification2x2.classify(game)
      #expect(c?.symmetricType == type, "\(type)")
      #expect(c?.family == expected[type], "\(type)")
    }
  }

  @Test func theRobinsonGoforthTableHas144GamesAnd78UpToPlayerSwaps() {
    var cells = [Classification2x2.OrdinalTypes: Int]()
    var unordered = Set<Set<Classification2x2.SymmetricType>>()
    for game in allStrictGames() {
      let t = Classification2x2.classify(game)!.ordinalTypes!
      cells[t, default: 0] += 1
      unordered.insert([t.row, t.column])
    }
    // 576 games / 4 row-column relabellings = 144 cells, each hit 4 times
    // (Robinson and Goforth 2005, ch. 2); 78 classes once players may swap
    // (Rapoport and Guyer 1966).
    #expect(cells.count == 144 && cells.values.allSatisfy { $0 == 4 })
    #expect(unordered.count == 78)
  }

  @Test func symmetricTypeMeansSymmetricUnderSomeRelabelling() {
    for game in allStrictGames() {
      let c = Classification2x2.classify(game)!
      // Symmetric: b = aᵀ after relabelling rows and columns alike or apart.
      let symmetric = game.relabellings.prefix(4).contains { g in g.b == g.transposed.b }
      #expect((c.symmetricType != nil) == symmetric)
    }
  }

  @Test func classificationIsInvariantToRelabellingAndPlayerSwaps() {
    for game in allStrictGames() {
      let c = Classification2x2.classify(game)!
      for (k, g) in game.relabellings.enumerated() {
        let d = Classification2x2.classify(g)!
        #expect(d.name == c.name && d.summary == c.summary && d.family == c.family && d.symmetricType == c.symmetricType)
        let types = c.ordinalTypes!
        #expect(d.ordinalTypes == (k < 4 ? types : .init(row: types.column, column: types.row)))
        #expect(d.pureEquilibria.count == c.pureEquilibria.count)
      }
    }
  }

  @Test func gamesWithTiesAreClassifiedGracefully() throws {
    // Matching pennies: every payoff is ±1, so ranks tie; no pure equilibrium.
    let pennies = Bimatrix.zeroSum([[1, -1], [-1, 1]])
    let c = try #require(Classification2x2.classify(pennies))
    #expect(c.hasTies && c.family == .cyclic && c.ordinalTypes == nil && c.symmetricType == nil)
    #expect(c.name == "a game with ties: cyclic (Matching Pennies-like)")
    #expect(c.summary.hasPrefix("Some payoffs are tied"))
    // The textbook Battle of the Sexes (Osborne and Rubinstein 1994, Figure 16.1).
    let bos = Bimatrix(a: [[2, 0], [0, 1]], b: [[1, 0], [0, 2]])
    #expect(Classification2x2.classify(bos)?.family == .battleLike)
    // Pure coordination with ties.
    #expect(Classification2x2.classify(Bimatrix(a: [[1, 0], [0, 1]], b: [[1, 0], [0, 1]]))?.family == .coordination)
    // All zero: every outcome is an equilibrium.
    let zero = try #require(Classification2x2.classify(Bimatrix(a: [[0, 0], [0, 0]], b: [[0, 0], [0, 0]])))
    #expect(zero.family == .trivial && zero.pureEquilibria.count == 4)
    // Not 2×2.
    #expect(Classification2x2.classify(Bimatrix(a: [[1, 2, 3], [1, 2, 3]], b: [[0, 0, 0], [0, 0, 0]])) == nil)
    #expect(Classification2x2.classify(Bimatrix(a: [[1]], b: [[1]])) == nil)
  }

  /// Skyrms's stag hunt (*The Stag Hunt and the Evolution of Social Structure*,
  /// 2004, ch. 1): R = 4 > T = P = 3 > S = 0. The tie T = P is the textbook one
  /// (hunting hare pays the same whatever the other does), so it is a Stag Hunt,
  /// under every relabelling.
  @Test func skyrmsStagHuntIsAStagHunt() throws {
    let stag = Bimatrix(a: [[4, 0], [3, 3]], b: [[4, 3], [0, 3]])
    for g in [stag] + stag.relabellings {
      let c = try #require(Classification2x2.classify(g))
      #expect(c.name == "Stag Hunt")
      #expect(c.summary.contains("T = P, as in Skyrms"))
    }
    // Chicken with R = S (backing down pays 0 either way) is still Chicken.
    let chicken = Bimatrix(a: [[0, 0], [1, -10]], b: [[0, 1], [0, -10]])
    #expect(Classification2x2.classify(chicken)?.name == "Chicken")
  }

  /// Zagare and Kilgour's rudimentary deterrence game (*Perfect Deterrence*, 2000,
  /// ch. 3) in strategic form, as the `deterrence` scenario has it: Challenger
  /// accept/challenge, Defender concede/resist; (0, 0) on accept, (1, −1) on a
  /// conceded challenge, (−2, −2) on a resisted one. Its two pure equilibria
  /// favour different sides, but (accept, concede) is not worse for both than
  /// either (it pays the Defender 0 > −1), so it is not Battle-of-the-Sexes-like
  /// and the summary must not say "failing to coordinate is worse for both".
  @Test func deterrenceIsNotCalledBattleOfTheSexes() throws {
    let deterrence = Bimatrix(a: [[0, 0], [1, -2]], b: [[0, 0], [-1, -2]])
    let c = try #require(Classification2x2.classify(deterrence))
    #expect(c.family == .conflict)
    #expect(c.name == "a game with ties: two stable outcomes, each favouring a different side")
    #expect(!c.summary.contains("failing to coordinate"))
    #expect(c.summary.contains("One outcome, not stable, is worse for both than any stable one."))
  }

  @Test func randomGamesWithTiesNeverCrashAndAreInvariant() {
    var g = SplitMix64(seed: 2005)
    for _ in 0..<400 {
      let game = Bimatrix.random(2, 2, in: -1...1, using: &g)
      let c = Classification2x2.classify(game)!
      // The equilibria found ordinally are exactly the pure equilibria of the game.
      let pure = PureEquilibria.all(of: game.strategicGame).map { e in e.profile.map { $0.firstIndex(of: .one)! } }
      #expect(Set(c.pureEquilibria) == Set(pure))
      for h in game.relabellings {
        let d = Classification2x2.classify(h)!
        #expect(d.name == c.name && d.family == c.family && d.hasTies == c.hasTies)
      }
    }
  }

  @Test func asymmetricGamesGetAFamilyAndTheirCoordinates() throws {
    // Row player has Prisoner's Dilemma payoffs, column player Chicken payoffs.
    let pd = symmetric(r: 3, s: 1, t: 4, p: 2), chicken = symmetric(r: 3, s: 2, t: 4, p: 1)
    let game = Bimatrix(a: pd.a, b: chicken.b)
    let c = try #require(Classification2x2.classify(game))
    #expect(c.symmetricType == nil)
    #expect(c.ordinalTypes == .init(row: .prisonersDilemma, column: .chicken))
    #expect(c.name == c.family!.name)
    #expect(c.summary.contains("Prisoner's Dilemma payoffs") && c.summary.contains("Chicken payoffs"))
  }
}
