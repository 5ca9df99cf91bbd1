import Testing
@testable import BrinkCore

@Suite struct PureEquilibriaTests {
  private func cells(_ g: Bimatrix) -> [[Int]] {
    PureEquilibria.all(of: g.strategicGame).map { $0.supports.map { $0[0] } }
  }

  @Test func textbookGames() {
    // Osborne and Rubinstein (1994), §2.3: PD has (D, D); BoS has two; matching
    // pennies has none. Profiles are listed with the first player fastest.
    #expect(cells(Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])) == [[1, 1]])
    #expect(cells(Bimatrix(a: [[2, 0], [0, 1]], b: [[1, 0], [0, 2]])) == [[0, 0], [1, 1]])
    #expect(cells(Bimatrix.zeroSum([[1, -1], [-1, 1]])).isEmpty)
    #expect(cells(Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])) == [[1, 0], [0, 1]])
    #expect(cells(Bimatrix(a: [[0, 0], [0, 0]], b: [[0, 0], [0, 0]])).count == 4)
    #expect(cells(Bimatrix(a: [[7]], b: [[-7]])) == [[0, 0]])
  }

  @Test func payoffsAreReported() {
    let e = PureEquilibria.all(of: Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]]).strategicGame)
    #expect(e.first?.payoffs == q([1, 1]) && e.first?.isPure == true)
  }

  @Test func everyPureProfileIsCheckedAgainstTheOracle() {
    var g = SplitMix64(seed: 1951)
    for _ in 0..<60 {
      let game = StrategicGame.random(shape: [Int.random(in: 1...3, using: &g), Int.random(in: 1...3, using: &g), 2], in: -2...2, using: &g)
      let found = Set(PureEquilibria.all(of: game).map(\.profile))
      for index in 0..<game.profileCount {
        let p = game.profile(at: index)
        let mixed = p.enumerated().map { player, s in (0..<game.strategies[player].count).map { $0 == s ? Rational.one : .zero } }
        #expect(found.contains(mixed) == EquilibriumOracle.isEquilibrium(mixed, of: game))
      }
    }
  }

  @Test func cancellationStopsTheScan() {
    var g = SplitMix64(seed: 2)
    let game = StrategicGame.random(shape: [40, 40, 2], in: 0...0, using: &g)  // all tied: every cell is stable
    #expect(PureEquilibria.all(of: game).count == 3200)
    var calls = 0
    let partial = PureEquilibria.all(of: game) { calls += 1; return calls <= 2 }
    #expect(partial.count == 2048)  // checked every 1024 profiles
  }
}
