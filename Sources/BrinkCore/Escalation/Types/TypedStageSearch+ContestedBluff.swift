/// Step 4 of `TypedStageSearch` at a simultaneous stage: a *contested bluff*. One type
/// of a typed sender mixes between two moves, and the next round is not a reply (step
/// 2) but a simultaneous stage in which both sides still move: the other side is
/// indifferent there at the posterior b\* that the mixing makes, and itself mixes,
/// which keeps the mixing type indifferent (the semi-separating equilibria of
/// signalling games, Gibbons 1992, §4.2–4.4, with a second stage in which the
/// sender's types act again; Fudenberg and Tirole 1991, §8.2, for sequential
/// rationality; Fearon 1997 for the threat that may be a bluff). The same
/// construction as the mixed answers of a sequential stage
/// (TypedStageSearch+MixedReply.swift).
///
/// A sender p with two types, θa and θb (both possible); the other side q's types
/// (any number, possibly one) each play one move in the stage (enumerated); θa plays
/// m, θb plays m with chance x and m′ otherwise. After (m, c), c a move some type of
/// q plays, the next round is a simultaneous stage s (its only successor, before the
/// horizon) where p has two moves or more; there one type of q that the posterior
/// after c allows, the *answering* type, mixes two moves z₁, z₂ with chance r, and
/// every other type plays one move, as does each sender type (σ, enumerated).
/// 1. *The posterior b\** after (m, c). With the play at s fixed, the answering type's
///    payoff from z₁ minus z₂ against sender type θ, D(θ), is a number (the
///    continuation at s's posteriors included), so its payoff difference is linear in
///    the belief while s's support stays the same, and it is indifferent at
///    b\*(θa) = D(θb) / (D(θb) − D(θa)). D is read at a guess, starting from the prior
///    and from certainty of θa, and b\* is accepted only when it reproduces itself: a
///    fixed point of its own continuation, strictly between the prior and certainty.
/// 2. *The sender's mixture x*, by Bayes' rule on the trembled play: with
///    Pa = 1 − ε + ε/n θa's played chance of m, θb must play m with
///    Pb = μa·Pa·(1 − b\*)/(b\*·μb), so it intends x = (Pb − ε/n)/(1 − ε).
/// 3. *The answering type's mixture r at s*, from θb's indifference: θb's payoff
///    from m is affine in the values at s. With P₁, P₂ its payoff from m when the
///    answering type plays z₁, z₂ at s and Pu its payoff from m′,
///    r = (Pu − P₂)/(P₁ − P₂). (Exact when the posterior about q at s is certain;
///    otherwise r moves the posteriors after s too, and step 4 decides.)
/// 4. The node s with r is a child of its own (not memoised: the plain solve of s at
///    b\* stays what it is), and **a candidate is kept only when the exact
///    best-response check (`TypedSolver.evaluate`) passes at s and at the stage**;
///    the types of q that the beliefs rule out best-respond at both.
/// Searched only when steps 1–3 find nothing, so every stage they solve keeps its
/// answer. Not searched: three sender types or more, a sequential s or one with
/// several successors, a sender type mixing at s, q mixing in the stage itself,
/// two types of q mixing at s.
/// - Complexity: per stage, m_q^k_q · m_p(m_p − 1) · 2 · k_q · m_s(p)² ·
///   m_s(q)^(k_q − 1) · C(m_s(q), 2) candidates (k_q the types of q the beliefs
///   allow), each a few evaluations whose continuations may be solved afresh.
extension TypedStageSearch {
  /// The most profiles enumerated for one side at one step (q's stage play, the play at s).
  static let contestedProfileLimit = 64

  static func contestedBluffs(round t: Int, node n: Int, beliefs: [[Rational]], solver: inout TypedSolver) throws
    -> [TypedStageEquilibrium]
  {
    let here = solver.graph.rounds[t][n]
    guard solver.leader(of: here) == nil, solver.delta != .zero, t + 1 < solver.graph.horizon else { return [] }
    let counts = [here.moves.count, here.moves[0].count]
    var found = [TypedStageEquilibrium]()
    for p in 0..<2 where solver.typeCounts[p] == 2 && beliefs[p].allSatisfy({ $0 != .zero }) {
      let q = 1 - p
      guard solver.trembles[p] < .one else { continue }
      let allowed = beliefs[q].indices.filter { beliefs[q][$0] != .zero }
      for qPlay in Self.typedProfiles(moves: counts[q], types: solver.typeCounts[q], varying: allowed) {
        let qPlayed = qPlay.map { $0.trembled(solver.trembles[q]) }
        let qMoves = Set(allowed.map { qPlay[$0].firstIndex(of: .one)! }).sorted()
        for m in 0..<counts[p] {
          for c in qMoves {
            let (i, j) = p == 0 ? (m, c) : (c, m)
            guard let (s, child) = solver.simultaneousSuccessor(of: here, round: t, i, j) else { continue }
            let childCounts = [child.moves.count, child.moves[0].count]
            guard childCounts[p] >= 2, childCounts[q] >= 2 else { continue }
            let qPosterior = TypeBeliefs.posterior(beliefs[q], likelihood: qPlayed.map { $0[c] })
            func childBeliefs(_ b: [Rational]) -> [[Rational]] {
              var out = beliefs
              out[p] = b
              out[q] = qPosterior
              return out
            }
            let childAllowed = qPosterior.indices.filter { qPosterior[$0] != .zero }
            for answering in childAllowed {
              let others = childAllowed.filter { $0 != answering }
              for mixing in 0..<2 {
                for sigma in Self.typedProfiles(moves: childCounts[p], types: 2, varying: [0, 1]) {
                  for rest in Self.typedProfiles(moves: childCounts[q], types: solver.typeCounts[q], varying: others) {
                    guard solver.shouldContinue() else { throw EscalationError.cancelled }
                    var childPlay: [[[Rational]]] = [[], []]
                    childPlay[p] = sigma
                    childPlay[q] = rest
                    for z1 in 0..<childCounts[q] {
                      for z2 in (z1 + 1)..<childCounts[q] {
                        let candidate = ContestedBluff(sender: p, stagePlay: qPlay, answering: answering, reply: c,
                                                       shared: m, other: m, pure: 1 - mixing, mixing: mixing,
                                                       child: s, childPlay: childPlay, moves: (z1, z2))
                        // Step 1.
                        guard let star = try contestedIndifference(candidate, round: t + 1, beliefs: childBeliefs,
                                                                   prior: beliefs[p], solver: &solver)
                        else { continue }
                        for other in 0..<counts[p] where other != m {
                          var k = candidate
                          k.other = other
                          if let e = try settle(k, round: t, node: n, beliefs: beliefs,
                                                childBeliefs: childBeliefs(star), solver: &solver) {
                            found.append(e)
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return found
  }

  /// One candidate of `contestedBluffs`, named as in its doc comment.
  struct ContestedBluff {
    var sender: Int
    /// The other side's pure type strategies in the stage (`[θ]`).
    var stagePlay: [[Rational]]
    /// The type of the other side that mixes at s.
    var answering: Int
    /// c, the other side's move after which s follows.
    var reply: Int
    /// m and m′.
    var shared: Int, other: Int
    /// θa and θb.
    var pure: Int, mixing: Int
    /// The ladder node s of the next round, and the play there (`[p][θ]`; the
    /// answering type's entry is replaced).
    var child: Int
    var childPlay: [[[Rational]]]
    /// z₁ and z₂, the answering type's moves mixed at s.
    var moves: (Int, Int)

    /// The play at s with the answering type playing `answer`.
    func play(_ answer: [Rational]) -> [[[Rational]]] {
      var s = childPlay
      s[1 - sender][answering] = answer
      return s
    }
  }

  /// Step 1: the belief about the sender at which the answering type is indifferent
  /// between z₁ and z₂ at s, a fixed point of its own continuation; nil when none lies
  /// strictly between `prior` and certainty of θa.
  static func contestedIndifference(_ k: ContestedBluff, round t: Int, beliefs: ([Rational]) -> [[Rational]],
                                    prior: [Rational], solver: inout TypedSolver) throws -> [Rational]? {
    let p = k.sender, q = 1 - p
    let child = solver.graph.rounds[t][k.child]
    let mq = q == 0 ? child.moves.count : child.moves[0].count
    let play = k.play(.pure(k.moves.0, count: mq))
    let played = solver.trembled(play)[p]
    for start in [prior[k.pure], Rational.one] {
      var guess = start
      for _ in 0..<4 {
        var b = [Rational](repeating: .zero, count: 2)
        b[k.pure] = guess
        b[k.mixing] = .one - guess
        guard let e = try attempt({ try solver.evaluate(round: t, node: k.child, beliefs: beliefs(b), strategies: play) })
        else { break }
        // D(θ): the answering type's payoff from z₁ minus z₂ against sender type θ.
        let d = (0..<2).map { theta in
          var total = Rational.zero
          for (move, chance) in played[theta].enumerated() where chance != .zero {
            let (i1, j1) = p == 0 ? (move, k.moves.0) : (k.moves.0, move)
            let (i2, j2) = p == 0 ? (move, k.moves.1) : (k.moves.1, move)
            let (a, o) = p == 0 ? (theta, k.answering) : (k.answering, theta)
            total += chance * (e.payoff(i1, j1, a, o, q) - e.payoff(i2, j2, a, o, q))
          }
          return total
        }
        guard d[k.mixing] != d[k.pure] else { break }
        let star = d[k.mixing] / (d[k.mixing] - d[k.pure])
        if star == guess {
          if star > prior[k.pure], star < .one { return b }
          break
        }
        guard star > .zero, star < .one else { break }
        guess = star
      }
    }
    return nil
  }

  /// Steps 2–4 for one candidate at the posterior `childBeliefs` (step 1's b\*): the
  /// stage's equilibrium, or nil when a step has no answer in [0, 1] or a check fails.
  static func settle(_ k: ContestedBluff, round t: Int, node n: Int, beliefs: [[Rational]],
                     childBeliefs: [[Rational]], solver: inout TypedSolver) throws -> TypedStageEquilibrium? {
    let p = k.sender, q = 1 - p
    let here = solver.graph.rounds[t][n]
    let counts = [here.moves.count, here.moves[0].count]
    let mu = beliefs[p], star = childBeliefs[p]
    // Step 2.
    let epsilon = solver.trembles[p], share = solver.trembles[p] / Rational(counts[p])
    let pa = Rational.one - epsilon + share
    let pb = mu[k.pure] * pa * (.one - star[k.pure]) / (star[k.pure] * mu[k.mixing])
    let x = (pb - share) / (.one - epsilon)
    guard x > .zero, x < .one else { return nil }
    var strategies: [[[Rational]]] = [[], []]
    strategies[q] = k.stagePlay
    strategies[p] = [[], []]
    strategies[p][k.pure] = .pure(k.shared, count: counts[p])
    var mixture = [Rational](repeating: .zero, count: counts[p])
    mixture[k.shared] = x
    mixture[k.other] = .one - x
    strategies[p][k.mixing] = mixture
    // Step 3: θb's payoffs from m with z₁, then z₂, at s (s a child of its own).
    let child = solver.graph.rounds[t + 1][k.child]
    let mq = q == 0 ? child.moves.count : child.moves[0].count
    let allowedAtChild = childBeliefs[q].indices.filter { childBeliefs[q][$0] != .zero }
    guard let e1 = try bestResponding(round: t + 1, node: k.child, beliefs: childBeliefs,
                                      strategies: k.play(.pure(k.moves.0, count: mq)), side: q,
                                      allowed: allowedAtChild, solver: &solver),
          let e2 = try bestResponding(round: t + 1, node: k.child, beliefs: childBeliefs,
                                      strategies: k.play(.pure(k.moves.1, count: mq)), side: q,
                                      allowed: allowedAtChild, solver: &solver)
    else { return nil }
    func node(_ e: TypedStageEquilibrium, _ reason: String) -> TypedNode {
      TypedNode(round: t + 1, ladderNode: k.child, beliefs: childBeliefs, equilibria: [e], selected: [0, 0],
                played: e, values: e.values, reason: reason)
    }
    let reason = "the answer that keeps the bluffing type indifferent (a contested bluff the round before)"
    solver.nodes.append(node(e1.equilibrium, reason))
    let id = solver.nodes.count - 1
    let (i, j) = p == 0 ? (k.shared, k.reply) : (k.reply, k.shared)
    let override = [[i, j, 0]: id]
    let allowedHere = beliefs[q].indices.filter { beliefs[q][$0] != .zero }
    guard let first = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                         override: override) })
    else { return nil }
    solver.nodes[id] = node(e2.equilibrium, reason)
    guard let second = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                          override: override) })
    else { return nil }
    let p1 = first.agentPayoffs[p][k.mixing][k.shared], pu = first.agentPayoffs[p][k.mixing][k.other]
    let p2 = second.agentPayoffs[p][k.mixing][k.shared]
    guard p1 != p2 else { return nil }
    let r = (pu - p2) / (p1 - p2)
    guard r >= .zero, r <= .one else { return nil }
    var answer = [Rational](repeating: .zero, count: mq)
    answer[k.moves.0] = r
    answer[k.moves.1] = .one - r
    // Step 4: s with r, then the stage; q's ruled-out types best-respond at both.
    guard let settled = try bestResponding(round: t + 1, node: k.child, beliefs: childBeliefs,
                                           strategies: k.play(answer), side: q, allowed: allowedAtChild,
                                           solver: &solver),
          settled.isEquilibrium
    else { return nil }
    solver.nodes[id] = node(settled.equilibrium, reason)
    guard let stage = try bestResponding(round: t, node: n, beliefs: beliefs, strategies: strategies, side: q,
                                         allowed: allowedHere, override: override, solver: &solver),
          stage.isEquilibrium
    else { return nil }
    return stage.equilibrium
  }

  /// `strategies` evaluated after the types of `side` that the beliefs rule out (all
  /// but `allowed`) switch to a best move; nil when a continuation has no equilibrium.
  static func bestResponding(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                             side q: Int, allowed: [Int], override: [[Int]: Int] = [:],
                             solver: inout TypedSolver) throws -> TypedSolver.Evaluation? {
    guard let e = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                     override: override) })
    else { return nil }
    guard allowed.count < solver.typeCounts[q] else { return e }
    var play = strategies
    for theta in 0..<solver.typeCounts[q] where !allowed.contains(theta) {
      play[q][theta] = .pure(e.agentPayoffs[q][theta].firstArgmax(), count: play[q][theta].count)
    }
    return try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: play, override: override) })
  }

  /// Every pure type strategy of a side with `types` types and `moves` moves in which
  /// the `varying` types take every move and the others play the first (they are
  /// ruled out, and best-respond later); empty past `contestedProfileLimit`.
  static func typedProfiles(moves: Int, types: Int, varying: [Int]) -> [[[Rational]]] {
    var total = 1
    for _ in varying { total *= moves; if total > contestedProfileLimit { return [] } }
    return (0..<total).map { code in
      var rest = code
      var profile = (0..<types).map { _ in [Rational].pure(0, count: moves) }
      for theta in varying {
        profile[theta] = .pure(rest % moves, count: moves)
        rest /= moves
      }
      return profile
    }
  }
}
