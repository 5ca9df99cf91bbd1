/// The perfect Bayesian equilibria of a *sequential* Bayesian stage in pure type
/// strategies (step 3 of `TypedSolver` when the state is sequential): the leader's
/// type-agents move, the follower sees the lead, updates its belief about the
/// leader's type by Bayes' rule (kept off the path, `TypeBeliefs`), and its
/// type-agents answer; backward induction within the round (Fudenberg and Tirole
/// 1991, ch. 8, §8.2; Selten 1965 for the subgame-perfect answer to every lead).
///
/// 1. For each profile of the leader's pure type strategies: the posterior about the
///    leader after each lead x follows from it.
/// 2. After each lead x, every profile of the follower's pure type strategies is an
///    answer when each follower type-agent (those the belief rules out included)
///    best-responds at that posterior, its own posterior after its reply following
///    from the profile (so a typed follower signals to the next round). The check
///    after x reads only the answer to x, so the answers are found lead by lead.
/// 3. Every combination of one answer per lead is evaluated whole and kept when each
///    leader type-agent best-responds to it (`TypedSolver.evaluate`'s check, which
///    also re-checks every follower type-agent after every lead).
/// 2b. After a lead with no answer in pure type strategies, the mixed answers of
///    `mixedAnswers` (one follower type mixing between two replies, the leader
///    mixing at the next round; TypedStageSearch+MixedReply.swift), each with the
///    child node it needs.
/// 4. When steps 1–3 find nothing: one of two leader types mixing two leads, the
///    follower mixing its answer to one (`mixedLeads`, TypedStageSearch+MixedLead.swift).
/// Not searched: the mixed answers beyond `mixedAnswers` and the mixed leads beyond
/// `mixedLeads`; `TypedSolver` stops and says so when nothing is found.
/// With one follower type, step 2 always has an answer (a best reply).
/// - Complexity: `m_l^T_l · (m_f^T_f + Π_x |answers(x)|)` evaluations.
extension TypedStageSearch {
  static func sequential(round t: Int, node n: Int, beliefs: [[Rational]], leader l: Int,
                         solver: inout TypedSolver) throws -> [TypedStageEquilibrium] {
    let here = solver.graph.rounds[t][n]
    let f = 1 - l
    let counts = [here.moves.count, here.moves[0].count]
    let (ml, mf) = (counts[l], counts[f])
    let (tl, tf) = (solver.typeCounts[l], solver.typeCounts[f])
    func power(_ base: Int, _ exponent: Int) throws -> Int {
      var total = 1
      for _ in 0..<exponent {
        total *= base
        guard total <= profileLimit else {
          throw TypedSolveError.unsupported(["a sequential stage in round \(t + 1) has more than \(profileLimit) pure type-strategy profiles"])
        }
      }
      return total
    }
    /// The pure type strategies numbered `code` (one base-`moves` digit per type).
    func decode(_ code: Int, types: Int, moves: Int) -> [[Rational]] {
      var rest = code
      return (0..<types).map { _ in
        defer { rest /= moves }
        return .pure(rest % moves, count: moves)
      }
    }
    let leaderProfiles = try power(ml, tl), followerProfiles = try power(mf, tf)
    var list = [TypedStageEquilibrium]()
    for lc in 0..<leaderProfiles {
      // Step 1.
      var strategies: [[[Rational]]] = [[], []]
      strategies[l] = decode(lc, types: tl, moves: ml)
      strategies[f] = decode(0, types: tf, moves: mf)
      // Step 2: answers[x][k].
      var answers = [[Answer]](repeating: [], count: ml)
      for fc in 0..<followerProfiles {
        guard solver.shouldContinue() else { throw EscalationError.cancelled }
        let answer = decode(fc, types: tf, moves: mf)
        let replies = answer.map { mixture in (0..<ml).map { _ in mixture } }
        // Only the follower's payoffs are read here (TypedSolver+QuickCheck.swift).
        let replyPayoffs = try solver.followerPayoffs(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                      replies: replies)
        for x in 0..<ml {
          let best = (0..<tf).allSatisfy { theta in
            let payoff = replyPayoffs[theta][x]
            return payoff[answer[theta].firstIndex(of: .one)!] == payoff.max()!
          }
          if best { answers[x].append(Answer(replies: answer)) }
        }
      }
      // Step 2b: a lead without a pure answer may have a mixed one (`mixedAnswers`).
      for x in 0..<ml where answers[x].isEmpty {
        let others = (0..<ml).map { answers[$0].first ?? Answer(replies: decode(0, types: tf, moves: mf)) }
        answers[x] = try mixedAnswers(round: t, node: n, beliefs: beliefs, leader: l, lead: x, strategies: strategies,
                                      others: others, solver: &solver)
      }
      // Step 3.
      var combinations = 1
      for x in 0..<ml {
        combinations *= answers[x].count
        guard combinations <= profileLimit else {
          throw TypedSolveError.unsupported(["a sequential stage in round \(t + 1) has more than \(profileLimit) combinations of answers"])
        }
      }
      for code in 0..<combinations {
        guard solver.shouldContinue() else { throw EscalationError.cancelled }
        var rest = code
        var replies = [[[Rational]]](repeating: [], count: tf)
        var override = [[Int]: Int]()
        for x in 0..<ml {
          let k = rest % answers[x].count
          rest /= answers[x].count
          for theta in 0..<tf { replies[theta].append(answers[x][k].replies[theta]) }
          override.merge(answers[x][k].override) { a, _ in a }
        }
        guard try solver.bestResponds(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies,
                                      override: override) else { continue }
        let e = try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies,
                                    override: override)
        if e.isEquilibrium { list.append(e.equilibrium) }
      }
    }
    // Step 4: no pure lead per type works; a leader type may mix two leads (`mixedLeads`).
    if list.isEmpty { list = try mixedLeads(round: t, node: n, beliefs: beliefs, leader: l, solver: &solver) }
    return list
  }
}
