import Testing
@testable import BrinkCore

@Suite struct DominanceTests {
  /// Gibbons, *A Primer in Game Theory* (1992), §1.1.B, Figure 1.1.1.
  static let gibbons = Bimatrix(rowStrategies: ["Up", "Down"], columnStrategies: ["Left", "Middle", "Right"],
                                a: [[1, 1, 0], [0, 0, 2]], b: [[0, 2, 1], [3, 1, 0]]).strategicGame

  @Test func gibbonsIteratedStrictEliminationLeavesUpMiddle() {
    // Right is dominated by Middle; then Down by Up; then Left by Middle.
    let e = Dominance.iteratedElimination(Self.gibbons, strength: .strict, mixed: false)
    #expect(e.steps.map { [$0.player, $0.strategy] } == [[1, 2], [0, 1], [1, 0]])
    #expect(e.steps.map(\.dominator) == [q([0, 1, 0]), q([1, 0]), q([0, 1, 0])])
    #expect(e.steps.allSatisfy { $0.strength == .strict && $0.isPure })
    #expect(e.remaining == [[0], [1]])
    #expect(e.remaining(beforeStep: 0) == [[0, 1], [0, 1, 2]])
    #expect(e.remaining(beforeStep: 2) == [[0], [0, 1]])
    #expect(e.remaining(beforeStep: 3) == e.remaining)
  }

  @Test func gibbonsGameWithNothingDominated() {
    // Gibbons (1992), Figure 1.1.4: no strategy is strictly dominated, even by a mixture.
    let g = Bimatrix(a: [[0, 4, 5], [4, 0, 5], [3, 3, 6]], b: [[4, 0, 3], [0, 4, 3], [5, 5, 6]]).strategicGame
    let e = Dominance.iteratedElimination(g, strength: .strict, mixed: true)
    #expect(e.steps.isEmpty && e.remaining == [[0, 1, 2], [0, 1, 2]])
  }

  @Test func prisonersDilemmaCooperationIsStrictlyDominated() {
    let pd = Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]]).strategicGame
    for player in 0..<2 {
      let steps = Dominance.dominated(in: pd, player: player, strength: .strict, mixed: false)
      #expect(steps == [Dominance.Step(player: player, strategy: 0, dominator: q([0, 1]), strength: .strict)])
    }
    #expect(Dominance.iteratedElimination(pd, strength: .strict, mixed: true).remaining == [[1], [1]])
  }

  @Test func strategyDominatedOnlyByAMixture() throws {
    // Fudenberg and Tirole (1991), §2.1, Figure 2.1: M is dominated by neither U nor D
    // but strictly by ½U + ½D (which pays ½ against both columns).
    let g = Bimatrix(a: [[2, -1], [0, 0], [-1, 2]], b: [[0, 0], [0, 0], [0, 0]]).strategicGame
    #expect(Dominance.dominated(in: g, player: 0, strength: .strict, mixed: false).isEmpty)
    let steps = Dominance.dominated(in: g, player: 0, strength: .strict, mixed: true)
    #expect(steps == [Dominance.Step(player: 0, strategy: 1, dominator: [Rational(1, 2), 0, Rational(1, 2)], strength: .strict)])
    let evidence = Dominance.comparisons(for: try #require(steps.first), in: g, remaining: [[0, 2], [0, 1]])
    #expect(evidence.map(\.margin) == [Rational(1, 2), Rational(1, 2)])
    #expect(evidence.map(\.profile) == [[1, 0], [1, 1]])
  }

  @Test func weakDominanceByAMixtureOnly() {
    // T = (1,1,0) is matched by ½M + ½B = (1,1,1) in the first two columns and beaten
    // in the third; no pure strategy and no mixture beats it strictly.
    let g = Bimatrix(a: [[1, 1, 0], [2, 0, 1], [0, 2, 1]], b: [[0, 0, 0], [0, 0, 0], [0, 0, 0]]).strategicGame
    #expect(Dominance.dominated(in: g, player: 0, strength: .strict, mixed: true).isEmpty)
    #expect(Dominance.dominated(in: g, player: 0, strength: .weak, mixed: false).isEmpty)
    let steps = Dominance.dominated(in: g, player: 0, strength: .weak, mixed: true)
    #expect(steps == [Dominance.Step(player: 0, strategy: 0, dominator: [0, Rational(1, 2), Rational(1, 2)], strength: .weak)])
  }

  @Test func weakPureDominanceAndDuplicates() {
    // Row 0 weakly dominates row 1 (equal in column 0); rows 0 and 2 are duplicates.
    let g = Bimatrix(a: [[1, 2], [1, 1], [1, 2]], b: [[0, 0], [0, 0], [0, 0]]).strategicGame
    let steps = Dominance.dominated(in: g, player: 0, strength: .weak, mixed: true)
    #expect(steps == [Dominance.Step(player: 0, strategy: 1, dominator: q([1, 0, 0]), strength: .weak)])
    #expect(Dominance.dominated(in: g, player: 0, strength: .strict, mixed: true).isEmpty)
  }

  @Test func iteratedWeakDominanceIsOrderDependent() {
    // Row T weakly dominates B, and column R weakly dominates L. Removing B first
    // leaves the column player indifferent (survivors {T} × {L, R}); removing L first
    // makes B strictly worse (survivors {T} × {R}). The fixed order takes B first.
    let w = Bimatrix(rowStrategies: ["T", "B"], columnStrategies: ["L", "R"],
                     a: [[1, 1], [1, 0]], b: [[1, 1], [0, 1]]).strategicGame
    let e = Dominance.iteratedElimination(w, strength: .weak, mixed: false)
    #expect(e.steps.map { [$0.player, $0.strategy] } == [[0, 1]])
    #expect(e.remaining == [[0], [0, 1]])
    // The other order, step by step.
    #expect(Dominance.dominated(in: w, player: 1, strength: .weak, mixed: false).map(\.strategy) == [0])
    let thenRows = Dominance.dominated(in: w, player: 0, strength: .weak, mixed: false, remaining: [[0, 1], [1]])
    #expect(thenRows.map(\.strategy) == [1] && thenRows.first?.strength == .strict)
  }

  @Test func threePlayerPureDominance() {
    // Player 3's strategy 0 pays 0, strategy 1 pays 1 at every profile.
    let shape = [2, 2, 2]
    let count = 8
    var payoffs = [[Rational]]()
    for index in 0..<count {
      let s3 = index / 4
      payoffs.append([Rational(index % 2), 0, Rational(s3)])
    }
    let g = StrategicGame(players: ["A", "B", "C"], strategies: shape.map { n in (0..<n).map { "\($0)" } }, payoffs: payoffs)
    let e = Dominance.iteratedElimination(g, strength: .strict, mixed: true)
    #expect(e.steps.map { [$0.player, $0.strategy] } == [[0, 0], [2, 0]])
    #expect(e.remaining == [[1], [0, 1], [1]])
  }

  @Test func degenerateGames() {
    let one = Bimatrix(a: [[5]], b: [[5]]).strategicGame
    #expect(Dominance.iteratedElimination(one, strength: .weak, mixed: true).steps.isEmpty)
    let zeros = Bimatrix(a: [[0, 0], [0, 0], [0, 0]], b: [[0, 0], [0, 0], [0, 0]]).strategicGame
    #expect(Dominance.iteratedElimination(zeros, strength: .weak, mixed: true).remaining == [[0, 1, 2], [0, 1]])
    let single = StrategicGame(players: ["solo"], strategies: [["a", "b", "c"]], payoffs: [q([1]), q([3]), q([2])])
    let e = Dominance.iteratedElimination(single, strength: .strict, mixed: false)
    #expect(e.remaining == [[1]] && e.steps.count == 2)
  }

  @Test func strictlyDominatedStrategiesAreNeverInAPureEquilibrium() {
    var g = SplitMix64(seed: 1991)
    var eliminated = 0
    for _ in 0..<150 {
      let game = Bimatrix.random(Int.random(in: 2...4, using: &g), Int.random(in: 2...4, using: &g), in: -4...4, using: &g).strategicGame
      let e = Dominance.iteratedElimination(game, strength: .strict, mixed: true)
      eliminated += e.steps.count
      for eq in PureEquilibria.all(of: game) {
        for (player, support) in eq.supports.enumerated() {
          #expect(support.allSatisfy { e.remaining[player].contains($0) })
        }
      }
      // Every recorded dominator really dominates, given the strategies left at its step.
      for (k, step) in e.steps.enumerated() {
        let evidence = Dominance.comparisons(for: step, in: game, remaining: e.remaining(beforeStep: k))
        #expect(evidence.allSatisfy { $0.margin.signum > 0 })
        #expect(step.dominator.reduce(.zero, +) == 1 && step.dominator[step.strategy].isZero)
      }
    }
    #expect(eliminated > 100)
  }

  @Test func iteratedStrictEliminationIsOrderIndependent() {
    // Removing all strictly dominated strategies at once, round by round, must end in
    // the same game as the one-at-a-time order (Gilboa, Kalai and Zemel 1990).
    var g = SplitMix64(seed: 90)
    for _ in 0..<80 {
      let game = StrategicGame.random(shape: [Int.random(in: 2...4, using: &g), Int.random(in: 2...4, using: &g), 2], in: -3...3, using: &g)
      for mixed in [false, true] {
        var sets = game.strategies.map { Array($0.indices) }
        while true {
          let removals = (0..<game.playerCount).map { p in
            Set(Dominance.dominated(in: game, player: p, strength: .strict, mixed: mixed, remaining: sets).map(\.strategy))
          }
          if removals.allSatisfy(\.isEmpty) { break }
          sets = sets.enumerated().map { p, s in s.filter { !removals[p].contains($0) } }
        }
        #expect(Dominance.iteratedElimination(game, strength: .strict, mixed: mixed).remaining == sets)
      }
    }
  }

  @Test func notStrictlyDominatedMeansABestResponseToSomeBelief() throws {
    // Pearce (1984), Lemma 3: in a two-player game a strategy is strictly dominated by a
    // mixture iff it is never a best response to any mixed belief. Check the other side
    // with an independent LP: find a belief y under which s is a best response.
    var g = SplitMix64(seed: 1984)
    for _ in 0..<120 {
      let game = Bimatrix.random(Int.random(in: 2...4, using: &g), Int.random(in: 2...4, using: &g), in: -4...4, using: &g)
      let dominated = Set(Dominance.dominated(in: game.strategicGame, player: 0, strength: .strict, mixed: true).map(\.strategy))
      for s in 0..<game.rows {
        let rows = (0..<game.rows).filter { $0 != s }.map { k in
          LinearProgram.Constraint((0..<game.columns).map { game.a[s][$0] - game.a[k][$0] }, .greaterOrEqual, .zero)
        } + [LinearProgram.Constraint([Rational](repeating: .one, count: game.columns), .equal, .one)]
        let belief = ExactSimplex.solve(LinearProgram(maximize: [Rational](repeating: .zero, count: game.columns), subjectTo: rows))
        #expect((belief == .infeasible) == dominated.contains(s))
      }
    }
  }
}

@Suite struct DominanceCancellationTests {
  @Test func cancelledEliminationReturnsTheStepsSoFar() {
    let g = DominanceTests.gibbons
    var checks = 0
    let (e, complete) = Dominance.iteratedElimination(g, strength: .strict, mixed: false) { checks += 1; return checks <= 5 }  // Up, Down, Left, Middle, Right
    #expect(!complete)
    #expect(e.steps.count == 1 && e.steps[0].player == 1 && e.steps[0].strategy == 2)
    #expect(Dominance.iteratedElimination(g, strength: .strict, mixed: false, shouldContinue: { true }).complete)
  }
}
