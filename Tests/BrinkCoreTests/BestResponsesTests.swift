import Testing
@testable import BrinkCore

@Suite struct BestResponsesTests {
  @Test func bimatrixRowsAndColumnsKeepTies() {
    let g = Bimatrix(a: [[3, 0], [3, 1], [1, 2]], b: [[1, 1], [0, 2], [5, 4]])
    #expect(BestResponses.rows(of: g, against: 0) == [0, 1])
    #expect(BestResponses.rows(of: g, against: 1) == [2])
    #expect(BestResponses.columns(of: g, against: 0) == [0, 1])
    #expect(BestResponses.columns(of: g, against: 2) == [0])
  }

  @Test func pureBestResponsesInAThreePlayerGame() {
    // Player 3 wants to match player 1.
    var payoffs = [[Rational]]()
    for index in 0..<8 {
      let s1 = index % 2, s3 = index / 4
      payoffs.append([0, 0, s1 == s3 ? 1 : 0])
    }
    let g = StrategicGame(players: ["A", "B", "C"], strategies: [["x", "y"], ["x", "y"], ["x", "y"]], payoffs: payoffs)
    #expect(BestResponses.pure(of: g, player: 2, against: [1, 0, 0]) == [1])
    #expect(BestResponses.pure(of: g, player: 2, against: [0, 1, 1]) == [0])
    #expect(BestResponses.pure(of: g, player: 0, against: [0, 0, 0]) == [0, 1])  // indifferent
  }

  @Test func mixedBestResponsesInRockPaperScissors() {
    let rps = Bimatrix.zeroSum([[0, -1, 1], [1, 0, -1], [-1, 1, 0]]).strategicGame
    let uniform = [Rational](repeating: Rational(1, 3), count: 3)
    let r = BestResponses.mixed(of: rps, player: 0, against: [uniform, uniform])
    #expect(r.strategies == [0, 1, 2] && r.value == 0)
    let rock = BestResponses.mixed(of: rps, player: 0, against: [uniform, q([1, 0, 0])])
    #expect(rock.strategies == [1] && rock.value == 1)  // paper beats rock
  }

  @Test func agreesWithTheBimatrixViewOnRandomGames() {
    var g = SplitMix64(seed: 3)
    for _ in 0..<100 {
      let game = Bimatrix.random(Int.random(in: 1...5, using: &g), Int.random(in: 1...5, using: &g), in: -3...3, using: &g)
      let s = game.strategicGame
      for j in 0..<game.columns { #expect(BestResponses.rows(of: game, against: j) == BestResponses.pure(of: s, player: 0, against: [0, j])) }
      for i in 0..<game.rows { #expect(BestResponses.columns(of: game, against: i) == BestResponses.pure(of: s, player: 1, against: [i, 0])) }
    }
  }
}
