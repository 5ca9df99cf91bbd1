import Testing

@testable import BrinkCore

/// `GameAnalysis.compute`: what each method finds, on hand-worked games and on
/// seeded random ones checked by the exact oracle.
@Suite struct GameAnalysisTests {
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// Battle of the sexes (Luce and Raiffa 1957, §5.3): two pure equilibria and a
  /// mixed one where each goes to their favourite event with probability 2/3.
  var battleOfTheSexes: StrategicGame {
    StrategicGame(
      title: "Battle of the sexes", players: ["Wife", "Husband"], strategies: [["Ballet", "Boxing"], ["Ballet", "Boxing"]],
      payoffs: [[r(2), r(1)], [r(0), r(0)], [r(0), r(0)], [r(1), r(2)]])
  }

  @Test func allFindsEveryExtremeEquilibriumAndTheClass() throws {
    let analysis = try GameAnalysis.compute(battleOfTheSexes, method: .all)
    let equilibria = try #require(analysis.equilibria)
    #expect(equilibria.count == 3)
    #expect(equilibria.contains { $0.profile == [[r(2, 3), r(1, 3)], [r(1, 3), r(2, 3)]] })
    #expect(analysis.components?.count == 3)
    #expect(analysis.strictElimination?.steps.isEmpty == true)
    #expect(analysis.classification != nil)
    #expect(analysis.paretoEfficient == [[0, 0], [1, 1]])
    #expect(analysis.complete)
  }

  @Test func maximinOfAConstantSumGameHasAValue() throws {
    // Matching pennies shifted so that payoffs add up to 10 at every cell.
    let game = StrategicGame(
      players: ["A", "B"], strategies: [["H", "T"], ["H", "T"]],
      payoffs: [[r(6), r(4)], [r(4), r(6)], [r(4), r(6)], [r(6), r(4)]])
    let analysis = try GameAnalysis.compute(game, method: .maximin)
    #expect(analysis.security?.map(\.value) == [r(5), r(5)])
    #expect(analysis.constantSum == r(10))
    #expect(analysis.zeroSumValue == r(5))
  }

  @Test func dominanceRecordsStrictAndWeakEliminations() throws {
    let analysis = try GameAnalysis.compute(battleOfTheSexes, method: .dominance)
    #expect(analysis.strictElimination?.steps.isEmpty == true)
    #expect(analysis.weakElimination?.remaining == [[0, 1], [0, 1]])
    #expect(analysis.equilibria == nil)
  }

  @Test func pureFindsThePureOnesAndAnInterruptedRunSaysSo() throws {
    #expect(try GameAnalysis.compute(battleOfTheSexes, method: .pure).equilibria?.count == 2)
    let stopped = try GameAnalysis.compute(battleOfTheSexes, method: .pure, shouldContinue: { false })
    #expect(!stopped.complete)
  }

  @Test func twoPlayerMethodsRefuseOtherGames() {
    let solo = StrategicGame(players: ["a"], strategies: [["x"]], payoffs: [[r(1)]])
    #expect(throws: GameAnalysis.Unsupported.self) { try GameAnalysis.compute(solo, method: .lh) }
    #expect(GameAnalysis.Unsupported(method: .maximin, players: 3).description
            == "method 'maximin' needs a two-player game; this game has 3 players")
  }

  @Test func enumerationIsRefusedAboveTheSizeLimit() throws {
    let n = GameSizeLimits.maximumEnumerationSide + 1
    let game = Bimatrix(a: [[Int]](repeating: [Int](repeating: 0, count: n), count: n),
                        b: [[Int]](repeating: [Int](repeating: 0, count: n), count: n)).strategicGame
    #expect(throws: GameSizeLimits.TooLarge.self) { try GameAnalysis.compute(game, method: .all) }
    #expect(try GameAnalysis.compute(game, method: .lh).equilibria?.count == 1)
    #expect(GameSizeLimits.enumerationRefusal(rows: n - 1, columns: 200) == nil)
  }

  @Test func randomGamesPassTheOracleAndSolversAgree() throws {
    var g = SplitMix64(seed: 42)
    for round in 0..<40 {
      // Small payoff ranges make ties, and so degenerate games, common.
      let range = round % 2 == 0 ? -10...10 : 0...2
      let game = Bimatrix.random(Int.random(in: 1...4, using: &g), Int.random(in: 1...4, using: &g), in: range, using: &g).strategicGame
      let analysis = try GameAnalysis.compute(game, method: .all)
      let equilibria = try #require(analysis.equilibria)
      #expect(!equilibria.isEmpty)  // Nash (1951): every finite game has one
      for e in equilibria {
        #expect(EquilibriumOracle.isEquilibrium(e.profile, of: game))
        #expect(EquilibriumOracle.expectedPayoffs(e.profile, of: game) == e.payoffs)
      }
      let components = try #require(analysis.components)
      #expect(components.flatMap { $0 }.sorted() == Array(equilibria.indices))
      #expect(Set(equilibria.filter(\.isPure).map(\.profile)) == Set(PureEquilibria.all(of: game).map(\.profile)))
    }
    for _ in 0..<30 {
      let game = Bimatrix.random(3, 3, in: -1000...1000, using: &g).strategicGame
      let lh = try #require(try GameAnalysis.compute(game, method: .lh).equilibria?.first)
      #expect(EquilibriumOracle.isEquilibrium(lh.profile, of: game))
      #expect(try GameAnalysis.compute(game, method: .all).equilibria?.contains(lh) == true)
    }
  }
}
