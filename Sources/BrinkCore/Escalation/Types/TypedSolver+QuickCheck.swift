/// The best-response test of a profile of type strategies without its evaluation:
/// `TypedSolver.evaluate(…).isEquilibrium`, answered from the profile's layout
/// (TypedSolver+Layout.swift) one type-agent at a time, stopping at the first that
/// does not best-respond.
///
/// Why. A stage search tries every pure type-strategy profile (Gibbons 1992, §4.2,
/// the textbook enumeration) and most fail; their full evaluations (every agent's
/// payoffs, the values, the shape, each stored in the stage's memo) were most of a
/// typed solve's time (issue 11: the typed default's `brink solve` within 5× of
/// `brink check`). The searches now test first and evaluate only what passes.
///
/// Why the answer is the same. The test is the conjunction `evaluateAfresh` computes
/// (each tested type-agent's intended mixture a best response, `bestResponds`, to the
/// payoffs `agentPayoffs` and `followerPayoffs` read off the same layout), taken in
/// another order and stopped early, which cannot change a conjunction. The layout
/// solves the same children in the same order as the evaluation would, so the nodes
/// of the solution, and their numbers, do not change either (a node solved once is
/// memoised; a later evaluation of a passing profile finds them all).
/// `TypedQuickCheckTests` checks the test against the evaluation on every pure profile.
extension TypedSolver {
  /// Whether `evaluate(round: t, node: n, beliefs:, strategies:, replies:, override:)`
  /// would be an equilibrium. The type-agents whose payoffs cost least are tested
  /// first: those of a player whose belief about the other is certain (one term
  /// per move, no products).
  mutating func bestResponds(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                             replies: [[[Rational]]]? = nil, override: [[Int]: Int] = [:]) throws -> Bool {
    let s = try layOut(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies,
                       override: override)
    func terms(_ p: Int) -> Int { beliefs[1 - p].lazy.filter { $0 != .zero }.count }
    var players = (0..<2).filter { s.leader == nil || $0 == s.leader }
    if players.count == 2, terms(1) < terms(0) { players.reverse() }
    for p in players {
      for theta in 0..<typeCounts[p]
      where !Self.bestResponds(strategies[p][theta], agentPayoffs(s, beliefs: beliefs, player: p, type: theta)) {
        return false
      }
    }
    if let leader = s.leader, let intended = s.equilibrium.replies {
      let posteriors = leadPosteriors(s, beliefs: beliefs)
      for theta in 0..<typeCounts[1 - leader] {
        for x in posteriors.indices
        where !Self.bestResponds(intended[theta][x], followerPayoffs(s, posterior: posteriors[x], type: theta, lead: x)) {
          return false
        }
      }
    }
    return true
  }

  /// A sequential follower's `[θ][x][y]` payoffs under the profile
  /// (`evaluate(…).replyPayoffs`), without the rest of its evaluation.
  mutating func followerPayoffs(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                                replies: [[[Rational]]]) throws -> [[[Rational]]] {
    let s = try layOut(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies, override: [:])
    return followerPayoffs(s, beliefs: beliefs)
  }
}
