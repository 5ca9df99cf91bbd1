import BrinkCore
import Testing

/// The enumeration of a signalling game's perfect Bayesian equilibria: textbook
/// answers reproduced exactly, every reported equilibrium checked on the tree by
/// `ExtensiveGame.isPerfectBayesian` (a separate computation), and, on seeded
/// random games, the pure-strategy equilibria found by brute force over the tree
/// all reported.
@Suite struct SignallingEquilibriaTests {
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  @Test("beer-quiche: two pooling equilibria, quiche-pooling fails the intuitive criterion (Cho and Kreps 1987)")
  func beerQuiche() throws {
    let tree = SignallingTestGames.beerQuiche
    let game = try #require(SignallingGame(tree))
    let analysis = try SignallingEquilibria.enumerate(game)
    #expect(analysis.equilibria.count == 2)
    #expect(analysis.degeneracies.isEmpty)
    let beer = try #require(analysis.equilibria.first { $0.strategy == [[r(1), r(0)], [r(1), r(0)]] })
    let quiche = try #require(analysis.equilibria.first { $0.strategy == [[r(0), r(1)], [r(0), r(1)]] })
    for e in [beer, quiche] { #expect(e.kind == .pooling) }
    // Beer pooling: not duel after beer (belief strong 9/10); after quiche, duel,
    // supported by any belief strong ≤ 1/2 (or, at exactly 1/2, dueling with
    // probability at least 1/2). Strong gets 3, weak 2.
    #expect(beer.beliefs[0] == r(9, 10))
    #expect(beer.replies[0] == [r(0), r(1)])
    #expect(beer.offPath[1] == [
      .init(replies: [0], firstProbability: r(1)...r(1), beliefs: r(0)...r(1, 2)),
      .init(replies: [0, 1], firstProbability: r(1, 2)...r(1), beliefs: r(1, 2)...r(1, 2)),
    ])
    #expect(beer.typePayoffs == [r(3), r(2)])
    #expect(beer.intuitive == .passes)
    // Quiche pooling: duel after beer with belief strong ≤ 1/2; strong gets 2, weak 3.
    #expect(quiche.offPath[0].first == .init(replies: [0], firstProbability: r(1)...r(1), beliefs: r(0)...r(1, 2)))
    #expect(quiche.typePayoffs == [r(2), r(3)])
    // The weak type cannot gain by beer (at most 2 < 3), so beer reveals strong;
    // then not duel, and strong gets 3 > 2.
    #expect(quiche.intuitive == .fails(message: 0, eliminated: [1], type: 0, replies: [1], deviationPayoff: r(3)))
    try Self.checkOnTree(analysis, tree)
  }

  /// Every reported equilibrium, at every corner of its off-path support, is a
  /// perfect Bayesian equilibrium of the tree.
  static func checkOnTree(_ analysis: SignallingAnalysis, _ tree: ExtensiveGame) throws {
    for e in analysis.equilibria {
      for (profile, beliefs) in analysis.game.supportingAssessments(e, in: tree) {
        #expect(try tree.isPerfectBayesian(profile, beliefs: beliefs), "not a PBE: \(e)")
      }
    }
  }

  @Test("seeded random games (two types; two messages, or three in every eighth): every reported equilibrium is a PBE; every pure PBE found by brute force is reported")
  func randomGames() throws {
    var generator = SplitMix64(seed: 14)
    for round in 0..<40 {
      let messages = round % 8 == 7 ? ["m0", "m1", "m2"] : ["m0", "m1"]
      let replies = messages.map { _ in ["a0", "a1"] }
      let prior = Int.random(in: 1...9, using: &generator)
      let payoffs = (0..<2).map { _ in
        messages.indices.map { _ in
          (0..<2).map { _ in (r(Int.random(in: -3...3, using: &generator)), r(Int.random(in: -3...3, using: &generator))) }
        }
      }
      let tree = SignallingTestGames.tree(types: ["t0", "t1"], prior: [r(prior, 10), r(10 - prior, 10)],
                                          messages: messages, replies: replies, payoffs: payoffs)
      let game = try #require(SignallingGame(tree))
      let analysis = try SignallingEquilibria.enumerate(game)
      try Self.checkOnTree(analysis, tree)
      // Brute force: every pure sender strategy and pure reply to every message,
      // beliefs off the path tried at 0, 1, every indifference point and midpoints.
      var points = Set([r(0), r(1)])
      for m in messages.indices {
        for a in 0..<2 {
          for b in 0..<2 where b > a {
            // μ·x0 + (1 − μ)·x1 = 0 with x the receiver's gain from a over b.
            let x0 = payoffs[0][m][a].1 - payoffs[0][m][b].1, x1 = payoffs[1][m][a].1 - payoffs[1][m][b].1
            if x0 != x1 {
              let μ = -x1 / (x0 - x1)
              if μ >= r(0) && μ <= r(1) { points.insert(μ) }
            }
          }
        }
      }
      let sorted = points.sorted()
      let candidates = sorted + zip(sorted, sorted.dropFirst()).map { ($0 + $1) / r(2) }
      for plan in Self.plans(types: 2, messages: messages.count, replies: 2) {
        var profile = tree.uniformProfile()
        for t in 0..<2 { profile[0][t] = messages.indices.map { $0 == plan.send[t] ? r(1) : r(0) } }
        for m in messages.indices { profile[1][m] = [0, 1].map { $0 == plan.reply[m] ? r(1) : r(0) } }
        let unsent = messages.indices.filter { !plan.send.contains($0) }
        var isPBE = false
        for choice in Self.beliefChoices(unsent.count, candidates) where !isPBE {
          var off = [ExtensiveGame.InfosetID: [Rational]]()
          for (m, μ) in zip(unsent, choice) { off[.init(player: 1, index: m)] = [μ, r(1) - μ] }
          isPBE = try tree.isPerfectBayesian(profile, beliefs: tree.beliefs(profile, offPath: off))
        }
        let reported = analysis.equilibria.contains { e in
          e.strategy == profile[0] && messages.indices.allSatisfy { m in
            e.onPath[m] ? e.replies[m] == profile[1][m] : e.offPath[m].contains { $0.replies == [plan.reply[m]] }
          }
        }
        let tie = analysis.degeneracies.contains { if case .onPathTie = $0 { return true } else { return false } }
        if tie { continue }  // pure replies at a tie are listed, but so the brute force needs no more
        #expect(isPBE == reported, "round \(round): send \(plan.send), reply \(plan.reply): brute force \(isPBE), reported \(reported)")
      }
    }
  }

  static func plans(types: Int, messages: Int, replies: Int) -> [(send: [Int], reply: [Int])] {
    var all = [(send: [Int], reply: [Int])]()
    for s0 in 0..<messages {
      for s1 in 0..<messages {
        var replyPlans: [[Int]] = [[]]
        for _ in 0..<messages { replyPlans = replyPlans.flatMap { p in (0..<replies).map { p + [$0] } } }
        for reply in replyPlans { all.append(([s0, s1], reply)) }
      }
    }
    return all
  }

  static func beliefChoices(_ count: Int, _ candidates: [Rational]) -> [[Rational]] {
    (0..<count).reduce([[Rational]]([[]])) { partial, _ in partial.flatMap { p in candidates.map { p + [$0] } } }
  }

  @Test("a game with three types is refused with a reason, not enumerated wrongly")
  func threeTypes() throws {
    let tree = SignallingTestGames.tree(
      types: ["a", "b", "c"], prior: [r(1, 3), r(1, 3), r(1, 3)], messages: ["x", "y"],
      replies: [["u", "v"], ["u", "v"]],
      payoffs: (0..<3).map { _ in (0..<2).map { _ in (0..<2).map { _ in (r(0), r(0)) } } })
    let game = try #require(SignallingGame(tree))
    do {
      _ = try SignallingEquilibria.enumerate(game)
      Issue.record("a three-type game was enumerated")
    } catch {
      #expect(error.types == 3)
    }
  }
}
