import Testing

@testable import BrinkCore

/// The quick best-response test (TypedSolver+QuickCheck.swift) against the full
/// evaluation it stands in for (`TypedSolver.evaluate`, TypedSolver+Stage.swift):
/// on every stage of several solved ladders (simultaneous and sequential, with and
/// without trembles, one side or both typed), every pure type-strategy profile (a
/// sequential follower's every pure answer to every lead) must pass the quick test
/// exactly when its evaluation is an equilibrium, and a sequential follower's payoffs
/// must be the evaluation's, number for number. The searches trust the quick test to
/// reject, so a disagreement would change the equilibria found.
@Suite struct TypedQuickCheckTests {
  static let ladders: [(String, EscalationScenario)] = [
    ("signalling ladder", withoutTrembles(TypedTrembleTests.scenario())),
    ("signalling ladder, trembles", TypedTrembleTests.scenario()),
    ("sequential signalling", TypedSequentialTests.signalling(trembles: [.zero, .zero])),
    ("sequential signalling, trembles", TypedSequentialTests.signalling(trembles: [Rational(1, 10), Rational(1, 5)])),
    ("typed follower", TypedSequentialTests.typedFollower()),
    ("duel, both typed", TypedAgentFormTests.duel(rounds: 3)),
    ("contested bluff", TypedContestedBluffTests.threat()),
    ("mutual bluff", TypedMutualBluffTests.mutual()),
    ("bargaining, trembles", TypedMixedReplyTests.bargaining(trembles: [Rational(1, 20), Rational(1, 20)])),
  ]

  static func withoutTrembles(_ s: EscalationScenario) -> EscalationScenario {
    var s = s
    for p in 0..<2 { s.behaviours[p].tremble = .zero }
    return s
  }

  /// Every pure mixture over `moves` moves.
  static func pure(_ moves: Int) -> [[Rational]] { (0..<moves).map { .pure($0, count: moves) } }

  /// Every way to give each of `slots` slots one of `options`.
  static func every<T>(_ options: [T], _ slots: Int) -> [[T]] {
    (0..<slots).reduce([[]]) { partial, _ in partial.flatMap { p in options.map { p + [$0] } } }
  }

  @Test("the quick test passes a pure profile exactly when its evaluation is an equilibrium, on every stage")
  func quickTestAgreesWithTheEvaluation() throws {
    var passed = 0, failed = 0
    for (name, scenario) in Self.ladders {
      var solver = try TypedSolver(scenario, nodeLimit: 10_000, shouldContinue: { true })
      let prior = (0..<2).map { scenario.typeList(of: $0).map(\.prior) }
      for b in solver.graph.initial { _ = try? solver.solve(round: 0, node: b.next, beliefs: prior) }
      let stages = solver.nodes.filter { !$0.equilibria.isEmpty }
      #expect(!stages.isEmpty, "\(name): no stage solved")
      for node in stages {
        let (t, n, beliefs) = (node.round, node.ladderNode, node.beliefs)
        let here = solver.graph.rounds[t][n]
        let m = [here.moves.count, here.moves[0].count]
        let leader = solver.leader(of: here)
        let profiles = Self.every(Self.pure(m[0]), solver.typeCounts[0]).flatMap { s0 in
          Self.every(Self.pure(m[1]), solver.typeCounts[1]).map { s1 in [s0, s1] }
        }
        // A sequential follower's answers: one pure reply per (type, lead).
        let answers: [[[[Rational]]]?] = leader.map { l in
          Self.every(Self.every(Self.pure(m[1 - l]), m[l]), solver.typeCounts[1 - l]).map { Optional($0) }
        } ?? [nil]
        for strategies in profiles {
          for replies in answers {
            let full = try? solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies)
            let quick = try? solver.bestResponds(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                 replies: replies)
            #expect(quick == full?.isEquilibrium, "\(name), round \(t + 1), node \(n), \(strategies), \(String(describing: replies))")
            if let replies {
              let payoffs = try? solver.followerPayoffs(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                        replies: replies)
              #expect(payoffs == full?.replyPayoffs, "\(name): follower payoffs")
            }
            if quick == true { passed += 1 } else if quick == false { failed += 1 }
          }
        }
      }
    }
    // Both answers occur, so the comparison can fail either way.
    #expect(passed > 10 && failed > 100, "passed \(passed), failed \(failed)")
  }
}
