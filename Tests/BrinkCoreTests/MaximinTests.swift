import Testing
@testable import BrinkCore

@Suite struct MaximinTests {
  @Test func matchingPenniesHasValueZeroAndHalfHalf() throws {
    let g = Bimatrix.zeroSum([[1, -1], [-1, 1]])
    let z = try #require(Maximin.zeroSum(g))
    #expect(z.value == 0)
    #expect(z.rowStrategy == [Rational(1, 2), Rational(1, 2)])
    #expect(z.columnStrategy == [Rational(1, 2), Rational(1, 2)])
  }

  @Test func rockPaperScissorsHasValueZeroAndUniformStrategies() throws {
    let g = Bimatrix.zeroSum([[0, -1, 1], [1, 0, -1], [-1, 1, 0]])
    let z = try #require(Maximin.zeroSum(g))
    #expect(z.value == 0)
    #expect(z.rowStrategy == [Rational](repeating: Rational(1, 3), count: 3))
    #expect(z.columnStrategy == [Rational](repeating: Rational(1, 3), count: 3))
  }

  @Test func fergusonOddOrEven() throws {
    // T. S. Ferguson, Game Theory, Part II §1.1 (Odd-or-Even): A = [[−2, 3], [3, −4]],
    // value 1/12; both players play the first strategy with probability 7/12.
    let g = Bimatrix.zeroSum([[-2, 3], [3, -4]])
    let z = try #require(Maximin.zeroSum(g))
    #expect(z.value == Rational(1, 12))
    #expect(z.rowStrategy == [Rational(7, 12), Rational(5, 12)])
    #expect(z.columnStrategy == [Rational(7, 12), Rational(5, 12)])
    #expect(EquilibriumOracle.isEquilibrium([z.rowStrategy, z.columnStrategy], of: g.strategicGame))
  }

  @Test func saddlePointGameIsSolvedInPureStrategies() throws {
    // Row 2 guarantees 2 and column 1 holds the row player to 2: a saddle point.
    let g = Bimatrix.zeroSum([[1, 5], [2, 3], [0, 6]])
    let z = try #require(Maximin.zeroSum(g))
    #expect(z.value == 2)
    #expect(z.rowStrategy == q([0, 1, 0]))
    #expect(z.columnStrategy == q([1, 0]))
  }

  @Test func prisonersDilemmaSecurityIsDefection() {
    // Defection guarantees the punishment payoff 1 in PD (3,0,5,1).
    let pd = Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let row = Maximin.security(pd, player: 0), column = Maximin.security(pd, player: 1)
    #expect(row.value == 1 && row.strategy == q([0, 1]))
    #expect(column.value == 1 && column.strategy == q([0, 1]))
    #expect(Maximin.zeroSum(pd) == nil)
  }

  @Test func columnPlayerSecurityUsesTheirOwnPayoffs() {
    // Column player's payoffs: column 1 guarantees 4 whatever row does.
    let g = Bimatrix(a: [[0, 9], [9, 0]], b: [[4, 1], [5, 7]])
    let s = Maximin.security(g, player: 1)
    #expect(s.value == 4 && s.strategy == q([1, 0]))
  }

  @Test func degenerateGames() throws {
    let one = Bimatrix(a: [[3]], b: [[-2]])
    #expect(Maximin.security(one, player: 0) == SecurityStrategy(strategy: q([1]), value: 3))
    #expect(Maximin.security(one, player: 1) == SecurityStrategy(strategy: q([1]), value: -2))
    let zero = Bimatrix(a: [[0, 0, 0], [0, 0, 0]], b: [[0, 0, 0], [0, 0, 0]])
    let z = try #require(Maximin.zeroSum(zero))
    #expect(z.value == 0 && z.rowStrategy.reduce(.zero, +) == 1)
    let rowVector = Bimatrix(a: [[2, -1, 4]], b: [[0, 0, 0]])
    #expect(Maximin.security(rowVector, player: 0).value == -1)
  }

  @Test func constantSumGamesObeyTheMinimaxTheorem() {
    var g = SplitMix64(seed: 1928)
    for _ in 0..<150 {
      let m = Int.random(in: 1...5, using: &g), n = Int.random(in: 1...5, using: &g)
      let c = Int.random(in: -3...3, using: &g)
      let a = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: -6...6, using: &g) } }
      let game = Bimatrix(a: a, b: a.map { $0.map { c - $0 } })
      let row = Maximin.security(game, player: 0), column = Maximin.security(game, player: 1)
      // Minimax theorem (von Neumann 1928): maximin of one side = minimax of the other.
      #expect(row.value + column.value == Rational(c))
      #expect(EquilibriumOracle.isEquilibrium([row.strategy, column.strategy], of: game.strategicGame))
      #expect(Maximin.zeroSum(game)?.value == row.value)
      #expect(certifies(Maximin.securityProgram(game.a), ExactSimplex.solve(Maximin.securityProgram(game.a)).solution!))
    }
  }

  @Test func securityValueNeverExceedsAnEquilibriumPayoff() {
    // A player can guarantee v; at a Nash equilibrium the player best-responds, so
    // earns at least v (Osborne and Rubinstein 1994, §2.5).
    var g = SplitMix64(seed: 5)
    var checked = 0
    for _ in 0..<200 {
      let game = Bimatrix.random(Int.random(in: 1...5, using: &g), Int.random(in: 1...5, using: &g), in: -5...5, using: &g)
      let row = Maximin.security(game, player: 0), column = Maximin.security(game, player: 1)
      // The guarantee holds against every pure column (and so every mixture).
      for j in 0..<game.columns {
        #expect((0..<game.rows).reduce(Rational.zero) { $0 + row.strategy[$1] * game.a[$1][j] } >= row.value)
      }
      for e in PureEquilibria.all(of: game.strategicGame) {
        checked += 1
        #expect(e.payoffs[0] >= row.value && e.payoffs[1] >= column.value)
      }
    }
    #expect(checked > 50)
  }
}

@Suite struct MaximinGuaranteeTests {
  @Test func securityValueIsTheSmallestGuarantee() {
    var g = SplitMix64(seed: 12)
    for _ in 0..<100 {
      let game = Bimatrix.random(Int.random(in: 1...4, using: &g), Int.random(in: 1...4, using: &g), in: -4...4, using: &g)
      for player in 0..<2 {
        let s = Maximin.security(game, player: player)
        let g = Maximin.guarantees(of: s.strategy, in: game, player: player)
        #expect(g.count == (player == 0 ? game.columns : game.rows))
        #expect(g.min() == s.value)
      }
    }
  }
}
