import Testing
@testable import BrinkCore

@Suite struct StrategicGameSolveTests {
  static let gibbons = Bimatrix(rowStrategies: ["Up", "Down"], columnStrategies: ["Left", "Middle", "Right"],
                                a: [[1, 1, 0], [0, 0, 2]], b: [[0, 2, 1], [3, 1, 0]]).strategicGame

  @Test func methodsDelegateToTheSolvers() {
    let g = Self.gibbons
    #expect(g.pureEquilibria() == PureEquilibria.all(of: g))
    #expect(g.bestResponses(of: 1, against: [0, 0]) == [1])
    #expect(g.iteratedElimination() == Dominance.iteratedElimination(g, strength: .strict, mixed: true))
    #expect(g.dominated(player: 1).map(\.strategy) == [2])
    #expect(g.paretoEfficientProfiles() == ParetoEfficiency.efficientProfiles(of: g))
    let upMiddle: MixedProfile = [q([1, 0]), q([0, 1, 0])]
    #expect(g.isEquilibrium(upMiddle))
    #expect(g.expectedPayoffs(upMiddle) == q([1, 2]))
  }

  @Test func restrictedGameKeepsNamesAndPayoffs() {
    let g = Self.gibbons
    let e = g.iteratedElimination()
    let r = g.restricted(to: e.remaining)
    #expect(r.strategies == [["Up"], ["Middle"]])
    #expect(r.payoffs == [q([1, 2])])
    let sub = g.restricted(to: [[1, 0], [2, 0]])
    #expect(sub.strategies == [["Down", "Up"], ["Right", "Left"]])
    #expect(sub.bimatrix?.a == [q([2, 0]), q([0, 1])])
    #expect(sub.bimatrix?.b == [q([0, 3]), q([1, 0])])
  }

  @Test func equilibriaOfTheReducedGameAreEquilibriaOfTheOriginal() {
    // Removing strictly dominated strategies neither creates nor destroys pure
    // equilibria (Fudenberg and Tirole 1991, §2.1).
    var g = SplitMix64(seed: 11)
    for _ in 0..<60 {
      let game = StrategicGame.random(shape: [3, 3, 2], in: -3...3, using: &g)
      let e = game.iteratedElimination()
      let reduced = game.restricted(to: e.remaining).pureEquilibria().map { eq in
        eq.supports.enumerated().map { p, s in e.remaining[p][s[0]] }
      }
      let original = game.pureEquilibria().map { $0.supports.map { $0[0] } }
      #expect(reduced == original)
    }
  }
}
