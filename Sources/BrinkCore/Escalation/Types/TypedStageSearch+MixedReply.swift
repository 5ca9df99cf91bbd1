/// Mixed answers of a typed follower in a sequential stage: after lead x one follower
/// type mixes between two replies, so that a reply *half-reveals* it, and the other
/// side, next round, is indifferent at the posterior that reply implies (the
/// semi-separating equilibria of signalling games, Gibbons 1992, §4.2–4.4;
/// Fudenberg and Tirole 1991, §8.2, for the sequential rationality of every answer).
/// Searched by `TypedStageSearch.sequential` after a lead that has no answer in pure
/// type strategies.
///
/// Two follower types, θo and θm (both possible), and two replies s and u after lead
/// x: θo plays s, θm plays s with chance Pm and u otherwise. After (x, s) the next
/// round is a *simultaneous* stage c (its only successor, before the horizon) in which
/// the leader l, whose type the lead has made certain (or who has none), mixes two
/// moves z₁, z₂ with chance r, and each follower type plays one move (σ, enumerated).
/// 1. *The posterior b\** after (x, s). With σ fixed, l's payoff from z₁ minus z₂
///    against follower type θ, D(θ), is a number (continuation at c's posteriors
///    included), so l's payoff difference is linear in the belief, and l is
///    indifferent at b\*(θo) = D(θm) / (D(θm) − D(θo)). D is read at a guess of the
///    belief, starting from both ends (pooling on s: the prior; θm never playing s:
///    θo for sure), and b\* is accepted only when it reproduces itself (a fixed point
///    of its own continuation, iterated at most four times from each end), strictly
///    between the prior and certainty.
/// 2. *The follower's mixture.* Bayes' rule on the trembled play (as step 2 of
///    `TypedStageSearch`): with Po = 1 − ε + ε/n θo's played chance of s, θm must play
///    s with Pm = μo·Po·(1 − b\*)/(b\*·μm), so it intends (Pm − ε/n)/(1 − ε). Without
///    trembles Pm is the intention and u reveals θm.
/// 3. *l's mixture r at c.* θm's payoff from s is linear in its value at c, which is
///    linear in r: with P₁, P₂ its payoff from s when l plays z₁, z₂ at c and Pu its
///    payoff from u, r = (Pu − P₂)/(P₁ − P₂) makes θm indifferent.
/// 4. The node c with that mixture is a child of its own (not memoised: the plain
///    solve of c at b\* stays what it is), evaluated by `TypedSolver.evaluate`, and the
///    stage with it too: **a candidate is kept only when both checks pass exactly**
///    (every type-agent at c, every follower type-agent after x).
/// Not searched: three follower types or more, a mixing type's third reply, a reply
/// whose next round is sequential or has several successors, a leader whose type
/// the lead leaves uncertain, and the leader's own mixed leads (`TypedSolver` stops
/// and names the node when nothing is found).
/// - Complexity: per lead, 2·m_f(m_f − 1) · m_c^2 · C(m_l, 2) candidates, each a few
///   evaluations.
extension TypedStageSearch {
  /// A follower's answer to one lead: `replies[θ]` its mixtures there, and the
  /// children that answer needs in place of the plain solve (`TypedSolver.evaluate`'s
  /// `override`).
  struct Answer {
    var replies: [[Rational]]
    var override: [[Int]: Int] = [:]
  }

  /// The mixed answers to lead `x` (the doc comment's steps), given the leader's
  /// `strategies` and, for the other leads, `others[x′]` (their answers, any of them:
  /// the check after x reads only the answer to x).
  static func mixedAnswers(round t: Int, node n: Int, beliefs: [[Rational]], leader l: Int, lead x: Int,
                           strategies: [[[Rational]]], others: [Answer], solver: inout TypedSolver) throws -> [Answer] {
    let f = 1 - l
    let mu = beliefs[f]
    guard solver.typeCounts[f] == 2, mu.allSatisfy({ $0 != .zero }), solver.delta != .zero,
          t + 1 < solver.graph.horizon else { return [] }
    let here = solver.graph.rounds[t][n]
    let mf = l == 0 ? here.moves[0].count : here.moves.count
    let leaderPosterior = TypeBeliefs.posterior(beliefs[l], likelihood: solver.trembled(strategies)[l].map { $0[x] })
    guard let known = leaderPosterior.firstIndex(of: .one) else { return [] }
    let epsilon = solver.trembles[f], share = solver.trembles[f] / Rational(mf)
    guard epsilon < .one else { return [] }
    var found = [Answer]()
    for mixing in 0..<2 {
      let pure = 1 - mixing
      for s in 0..<mf {
        for u in 0..<mf where u != s {
          let (i, j) = l == 0 ? (x, s) : (s, x)
          guard let (c, child) = solver.simultaneousSuccessor(of: here, round: t, i, j) else { continue }
          let childCounts = [child.moves.count, child.moves[0].count]
          guard childCounts[l] >= 2 else { continue }
          func childBeliefs(_ b: [Rational]) -> [[Rational]] {
            var out = beliefs
            out[l] = leaderPosterior
            out[f] = b
            return out
          }
          let profiles = childCounts[f] * childCounts[f]
          for code in 0..<profiles {
            guard solver.shouldContinue() else { throw EscalationError.cancelled }
            let sigma = [Rational].pure(code % childCounts[f], count: childCounts[f])
            let sigmaOther = [Rational].pure(code / childCounts[f], count: childCounts[f])
            var childPlay: [[[Rational]]] = [[], []]
            childPlay[f] = mixing == 0 ? [sigma, sigmaOther] : [sigmaOther, sigma]
            for z1 in 0..<childCounts[l] {
              for z2 in (z1 + 1)..<childCounts[l] {
                guard let star = try indifference(round: t + 1, node: c, beliefs: childBeliefs, play: childPlay,
                                                  leader: l, known: known, moves: (z1, z2), pure: pure,
                                                  mixing: mixing, prior: mu, solver: &solver)
                else { continue }
                // Step 2.
                let po = Rational.one - epsilon + share
                let pm = mu[pure] * po * (.one - star[pure]) / (star[pure] * mu[mixing])
                let rm = (pm - share) / (.one - epsilon)
                guard rm > .zero, rm < .one else { continue }
                var answer = [[Rational]](repeating: [], count: 2)
                answer[pure] = .pure(s, count: mf)
                answer[mixing] = [Rational](repeating: .zero, count: mf)
                answer[mixing][s] = rm
                answer[mixing][u] = .one - rm
                if let a = try reply(round: t, node: n, beliefs: beliefs, leader: l, lead: x, joint: [i, j],
                                     strategies: strategies, answer: answer, others: others, child: c,
                                     childBeliefs: childBeliefs(star), childPlay: childPlay, known: known,
                                     moves: (z1, z2), replies: (s, u), mixing: mixing, solver: &solver) {
                  found.append(a)
                }
              }
            }
          }
        }
      }
    }
    return found
  }

  /// Step 1: the belief about the follower at which the leader is indifferent between
  /// `moves` at the child, a fixed point of its own continuation; nil when none lies
  /// strictly between `prior` and certainty of the pure type.
  static func indifference(round t: Int, node c: Int, beliefs: ([Rational]) -> [[Rational]], play: [[[Rational]]],
                           leader l: Int, known: Int, moves: (Int, Int), pure: Int, mixing: Int,
                           prior: [Rational], solver: inout TypedSolver) throws -> [Rational]? {
    let f = 1 - l
    let child = solver.graph.rounds[t][c]
    let ml = l == 0 ? child.moves.count : child.moves[0].count
    var play = play
    play[l] = (0..<solver.typeCounts[l]).map { _ in .pure(moves.0, count: ml) }
    let played = solver.trembled(play)[f]
    for start in [prior[pure], Rational.one] {
      var guess = start
      for _ in 0..<4 {
        var b = [Rational](repeating: .zero, count: 2)
        b[pure] = guess
        b[mixing] = .one - guess
        guard let e = try attempt({ try solver.evaluate(round: t, node: c, beliefs: beliefs(b), strategies: play) })
        else { break }
        // D(θ): l's payoff from moves.0 minus moves.1 against follower type θ.
        let d = (0..<2).map { theta in
          var total = Rational.zero
          for (k, chance) in played[theta].enumerated() where chance != .zero {
            let (i1, j1) = l == 0 ? (moves.0, k) : (k, moves.0)
            let (i2, j2) = l == 0 ? (moves.1, k) : (k, moves.1)
            let (a, o) = l == 0 ? (known, theta) : (theta, known)
            total += chance * (e.payoff(i1, j1, a, o, l) - e.payoff(i2, j2, a, o, l))
          }
          return total
        }
        guard d[mixing] != d[pure] else { break }
        let star = d[mixing] / (d[mixing] - d[pure])
        if star == guess {
          if star > prior[pure], star < .one { return b }
          break
        }
        guard star > .zero, star < .one else { break }
        guess = star
      }
    }
    return nil
  }

  /// Steps 3 and 4 for one candidate: the leader's mixture at the child from the
  /// mixing type's indifference, the child node, and the exact checks; nil when a
  /// check fails.
  static func reply(round t: Int, node n: Int, beliefs: [[Rational]], leader l: Int, lead x: Int, joint: [Int],
                    strategies: [[[Rational]]], answer: [[Rational]], others: [Answer], child c: Int,
                    childBeliefs: [[Rational]], childPlay: [[[Rational]]], known: Int, moves: (Int, Int),
                    replies: (s: Int, u: Int), mixing: Int, solver: inout TypedSolver) throws -> Answer? {
    let f = 1 - l
    let child = solver.graph.rounds[t + 1][c]
    let ml = l == 0 ? child.moves.count : child.moves[0].count
    func childStrategies(_ mixture: [Rational]) -> [[[Rational]]] {
      var s = childPlay
      s[l] = (0..<solver.typeCounts[l]).map { _ in mixture }
      return s
    }
    guard let e1 = try attempt({ try solver.evaluate(round: t + 1, node: c, beliefs: childBeliefs,
                                                     strategies: childStrategies(.pure(moves.0, count: ml))) }),
          let e2 = try attempt({ try solver.evaluate(round: t + 1, node: c, beliefs: childBeliefs,
                                                     strategies: childStrategies(.pure(moves.1, count: ml))) })
    else { return nil }
    solver.nodes.append(TypedNode(round: t + 1, ladderNode: c, beliefs: childBeliefs, equilibria: [e1.equilibrium],
                                  selected: [0, 0], played: e1.equilibrium, values: e1.equilibrium.values,
                                  reason: "the answer that keeps the mixing type indifferent (a mixed answer the round before)"))
    let id = solver.nodes.count - 1
    let override = [joint + [0]: id]
    let mixed = Answer(replies: answer, override: override)
    let stageReplies = (0..<2).map { theta in
      (0..<others.count).map { y in y == x ? answer[theta] : others[y].replies[theta] }
    }
    var overrides = override
    for (y, other) in others.enumerated() where y != x { overrides.merge(other.override) { a, _ in a } }
    guard let first = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                         replies: stageReplies, override: overrides) })
    else { return nil }
    // Step 3: P₁ with z₁ at the child; P₂ differs by δ·p·(V₂ − V₁) for θm.
    let (a, o) = l == 0 ? (known, mixing) : (mixing, known)
    let probability = solver.graph.rounds[t][n].moves[joint[0]][joint[1]].successors[0].probability
    let p1 = first.replyPayoffs![mixing][x][replies.s], pu = first.replyPayoffs![mixing][x][replies.u]
    let p2 = p1 + solver.delta * probability * (e2.equilibrium.values[a][o][f] - e1.equilibrium.values[a][o][f])
    guard p1 != p2 else { return nil }
    let r = (pu - p2) / (p1 - p2)
    guard r >= .zero, r <= .one else { return nil }
    var mixture = [Rational](repeating: .zero, count: ml)
    mixture[moves.0] = r
    mixture[moves.1] = .one - r
    // Step 4: the child with r (the leader's types the lead ruled out answer with a best move).
    var play = childStrategies(mixture)
    guard var settled = try attempt({ try solver.evaluate(round: t + 1, node: c, beliefs: childBeliefs, strategies: play) })
    else { return nil }
    for theta in 0..<solver.typeCounts[l] where theta != known {
      play[l][theta] = .pure(settled.agentPayoffs[l][theta].firstArgmax(), count: ml)
    }
    if solver.typeCounts[l] > 1 {
      guard let again = try attempt({ try solver.evaluate(round: t + 1, node: c, beliefs: childBeliefs, strategies: play) })
      else { return nil }
      settled = again
    }
    guard settled.isEquilibrium else { return nil }
    solver.nodes[id] = TypedNode(round: t + 1, ladderNode: c, beliefs: childBeliefs, equilibria: [settled.equilibrium],
                                 selected: [0, 0], played: settled.equilibrium, values: settled.equilibrium.values,
                                 reason: solver.nodes[id].reason)
    guard let stage = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                         replies: stageReplies, override: overrides) })
    else { return nil }
    for theta in 0..<2 {
      let payoff = stage.replyPayoffs![theta][x], best = payoff.max()!
      for (y, chance) in answer[theta].enumerated() where chance != .zero && payoff[y] != best { return nil }
    }
    return mixed
  }

  /// `body`'s result, or nil when a continuation it solves has no equilibrium (the
  /// candidate is then dropped, not the solve).
  static func attempt<T>(_ body: () throws -> T) throws -> T? {
    do { return try body() } catch TypedSolveError.noEquilibrium { return nil }
  }
}
