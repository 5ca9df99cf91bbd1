import Testing
@testable import BrinkCore

@Suite struct EquilibriumOracleTests {
  static let pennies = Bimatrix.zeroSum([[1, -1], [-1, 1]]).strategicGame
  let half = [Rational(1, 2), Rational(1, 2)]

  @Test func matchingPenniesMixedEquilibrium() {
    #expect(EquilibriumOracle.isEquilibrium([half, half], of: Self.pennies))
    // Row is indifferent against ½–½, but column would then switch to the row's mismatch.
    #expect(!EquilibriumOracle.isEquilibrium([q([1, 0]), half], of: Self.pennies))
    #expect(!EquilibriumOracle.isEquilibrium([q([1, 0]), q([1, 0])], of: Self.pennies))
    #expect(!EquilibriumOracle.isEquilibrium([half, [Rational(1, 3), Rational(2, 3)]], of: Self.pennies))
  }

  @Test func rejectsMalformedProfiles() {
    #expect(!EquilibriumOracle.isEquilibrium([half], of: Self.pennies))
    #expect(!EquilibriumOracle.isEquilibrium([half, q([1, 0, 0])], of: Self.pennies))
    #expect(!EquilibriumOracle.isEquilibrium([half, [Rational(1, 2), Rational(1, 3)]], of: Self.pennies))
    #expect(!EquilibriumOracle.isEquilibrium([half, q([2, -1])], of: Self.pennies))
  }

  @Test func battleOfTheSexesMixedEquilibrium() {
    // Osborne and Rubinstein (1994), §3.2: in BoS (2,1 / 0,0 / 0,0 / 1,2) the mixed
    // equilibrium is ((2/3, 1/3), (1/3, 2/3)) with payoffs (2/3, 2/3).
    let bos = Bimatrix(a: [[2, 0], [0, 1]], b: [[1, 0], [0, 2]]).strategicGame
    let profile: MixedProfile = [[Rational(2, 3), Rational(1, 3)], [Rational(1, 3), Rational(2, 3)]]
    #expect(EquilibriumOracle.isEquilibrium(profile, of: bos))
    #expect(EquilibriumOracle.expectedPayoffs(profile, of: bos) == [Rational(2, 3), Rational(2, 3)])
    #expect(!EquilibriumOracle.isEquilibrium([[Rational(1, 3), Rational(2, 3)], [Rational(1, 3), Rational(2, 3)]], of: bos))
  }

  @Test func expectedPayoffsAgreeWithTheBimatrixFormula() {
    var g = SplitMix64(seed: 44)
    func mixture(_ n: Int) -> [Rational] {
      let w = (0..<n).map { _ in Int.random(in: 0...4, using: &g) }
      let total = max(1, w.reduce(0, +))
      return w.reduce(0, +) == 0 ? (0..<n).map { $0 == 0 ? .one : .zero } : w.map { Rational($0, total) }
    }
    for _ in 0..<100 {
      let game = Bimatrix.random(Int.random(in: 1...4, using: &g), Int.random(in: 1...4, using: &g), in: -5...5, using: &g)
      let x = mixture(game.rows), y = mixture(game.columns)
      let (u, v) = game.expectedPayoffs(x, y)
      #expect(EquilibriumOracle.expectedPayoffs([x, y], of: game.strategicGame) == [u, v])
      let rowValues = EquilibriumOracle.pureStrategyPayoffs(game.strategicGame, player: 0, against: [x, y])
      #expect(zip(rowValues, x).reduce(Rational.zero) { $0 + $1.0 * $1.1 } == u)
    }
  }
}
