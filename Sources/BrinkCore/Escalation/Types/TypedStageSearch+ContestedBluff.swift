/// Step 4 of `TypedStageSearch` at a simultaneous stage: a *contested bluff*. One type
/// of a typed sender mixes between two moves, and the next round is not a reply (step
/// 2) but a simultaneous stage in which both sides still move: the other side is
/// indifferent there at the posterior b\* that the mixing makes, and itself mixes,
/// which keeps the mixing type indifferent (the semi-separating equilibria of
/// signalling games, Gibbons 1992, §4.2–4.4, with a second stage in which the
/// sender's types act again; Fudenberg and Tirole 1991, §8.2, for sequential
/// rationality; Fearon 1997 for the threat that may be a bluff). The same
/// construction as the mixed answers of a sequential stage
/// (TypedStageSearch+MixedReply.swift), whose step 1 it shares.
///
/// A sender p with two types, θa and θb (both possible), the other side q of known
/// type (or none) playing one move c; θa plays m, θb plays m with chance x and m′
/// otherwise. After (m, c) the next round is a simultaneous stage s (its only
/// successor, before the horizon) where p has two moves or more and q mixes two moves
/// z₁, z₂ with chance r; each sender type plays one move at s (σ, enumerated).
/// 1. *The posterior b\** after (m, c). With σ fixed, q's payoff from z₁ minus z₂
///    against sender type θ, D(θ), is a number (the continuation at s's posteriors
///    included), so q's payoff difference is linear in the belief while s's support
///    stays σ, and q is indifferent at b\*(θa) = D(θb) / (D(θb) − D(θa)). D is read at
///    a guess, starting from the prior and from certainty of θa, and b\* is accepted
///    only when it reproduces itself: a fixed point of its own continuation
///    (`TypedStageSearch.indifference`), strictly between the prior and certainty.
/// 2. *The sender's mixture x*, by Bayes' rule on the trembled play: with
///    Pa = 1 − ε + ε/n θa's played chance of m, θb must play m with
///    Pb = μa·Pa·(1 − b\*)/(b\*·μb), so it intends x = (Pb − ε/n)/(1 − ε).
/// 3. *q's mixture r at s*, from θb's indifference: θb's payoff from m is affine in
///    its value at s, which is affine in r. With P₁ its payoff from m when q plays z₁
///    at s, P₂ = P₁ + δ·π·pc·(V₂ − V₁) when q plays z₂ (π the successor's chance, pc
///    q's played chance of c, Vk θb's value at s) and Pu its payoff from m′,
///    r = (Pu − P₂)/(P₁ − P₂).
/// 4. The node s with r is a child of its own (not memoised: the plain solve of s at
///    b\* stays what it is), and **a candidate is kept only when the exact
///    best-response check (`TypedSolver.evaluate`) passes at s and at the stage**;
///    the types of q that the beliefs rule out best-respond at both.
/// Searched only when steps 1–3 find nothing, so every stage they solve keeps its
/// answer. Not searched: three sender types or more, a sequential s or one with
/// several successors, a sender type mixing at s, q mixing in the stage itself.
/// - Complexity: per stage, m_q · m_p(m_p − 1) · 2 · m_s(p)² · C(m_s(q), 2)
///   candidates, each a few evaluations.
extension TypedStageSearch {
  static func contestedBluffs(round t: Int, node n: Int, beliefs: [[Rational]], solver: inout TypedSolver) throws
    -> [TypedStageEquilibrium]
  {
    let here = solver.graph.rounds[t][n]
    guard solver.leader(of: here) == nil, solver.delta != .zero, t + 1 < solver.graph.horizon else { return [] }
    let counts = [here.moves.count, here.moves[0].count]
    var found = [TypedStageEquilibrium]()
    for p in 0..<2 where solver.typeCounts[p] == 2 && beliefs[p].allSatisfy({ $0 != .zero }) {
      let q = 1 - p
      guard let known = beliefs[q].firstIndex(of: .one), solver.trembles[p] < .one else { continue }
      for c in 0..<counts[q] {
        for m in 0..<counts[p] {
          let (i, j) = p == 0 ? (m, c) : (c, m)
          let successors = here.moves[i][j].successors
          guard successors.count == 1 else { continue }
          let s = successors[0].next
          let child = solver.graph.rounds[t + 1][s]
          guard !child.isTerminal, solver.leader(of: child) == nil else { continue }
          let childCounts = [child.moves.count, child.moves[0].count]
          guard childCounts[p] >= 2, childCounts[q] >= 2 else { continue }
          func childBeliefs(_ b: [Rational]) -> [[Rational]] {
            var out = beliefs
            out[p] = b
            return out
          }
          for mixing in 0..<2 {
            let pure = 1 - mixing
            for code in 0..<(childCounts[p] * childCounts[p]) {
              guard solver.shouldContinue() else { throw EscalationError.cancelled }
              var childPlay: [[[Rational]]] = [[], []]
              childPlay[p] = [.pure(code % childCounts[p], count: childCounts[p]),
                              .pure(code / childCounts[p], count: childCounts[p])]
              for z1 in 0..<childCounts[q] {
                for z2 in (z1 + 1)..<childCounts[q] {
                  // Step 1.
                  guard let star = try indifference(round: t + 1, node: s, beliefs: childBeliefs, play: childPlay,
                                                    leader: q, known: known, moves: (z1, z2), pure: pure,
                                                    mixing: mixing, prior: beliefs[p], solver: &solver)
                  else { continue }
                  for other in 0..<counts[p] where other != m {
                    let candidate = ContestedBluff(sender: p, known: known, reply: c, shared: m, other: other,
                                                   pure: pure, mixing: mixing, child: s, childPlay: childPlay,
                                                   moves: (z1, z2))
                    if let e = try settle(candidate, round: t, node: n, beliefs: beliefs,
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
    return found
  }

  /// One candidate of `contestedBluffs`, named as in its doc comment.
  struct ContestedBluff {
    var sender: Int
    /// The other side's type (the one its certain belief allows).
    var known: Int
    /// c, the other side's move in the stage.
    var reply: Int
    /// m and m′.
    var shared: Int, other: Int
    /// θa and θb.
    var pure: Int, mixing: Int
    /// The ladder node s of the next round, and the sender's types' moves there (σ).
    var child: Int
    var childPlay: [[[Rational]]]
    /// z₁ and z₂, the other side's moves mixed at s.
    var moves: (Int, Int)
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
    strategies[q] = (0..<solver.typeCounts[q]).map { _ in .pure(k.reply, count: counts[q]) }
    strategies[p] = [[], []]
    strategies[p][k.pure] = .pure(k.shared, count: counts[p])
    var mixture = [Rational](repeating: .zero, count: counts[p])
    mixture[k.shared] = x
    mixture[k.other] = .one - x
    strategies[p][k.mixing] = mixture
    // Step 3: θb's payoffs with z₁ at s, then with z₂ by the affine formula.
    let child = solver.graph.rounds[t + 1][k.child]
    let mq = q == 0 ? child.moves.count : child.moves[0].count
    func childStrategies(_ answer: [Rational]) -> [[[Rational]]] {
      var s = k.childPlay
      s[q] = (0..<solver.typeCounts[q]).map { _ in answer }
      return s
    }
    guard let e1 = try attempt({ try solver.evaluate(round: t + 1, node: k.child, beliefs: childBeliefs,
                                                     strategies: childStrategies(.pure(k.moves.0, count: mq))) }),
          let e2 = try attempt({ try solver.evaluate(round: t + 1, node: k.child, beliefs: childBeliefs,
                                                     strategies: childStrategies(.pure(k.moves.1, count: mq))) })
    else { return nil }
    solver.nodes.append(TypedNode(round: t + 1, ladderNode: k.child, beliefs: childBeliefs,
                                  equilibria: [e1.equilibrium], selected: [0, 0], played: e1.equilibrium,
                                  values: e1.equilibrium.values,
                                  reason: "the answer that keeps the bluffing type indifferent (a contested bluff the round before)"))
    let id = solver.nodes.count - 1
    let (i, j) = p == 0 ? (k.shared, k.reply) : (k.reply, k.shared)
    let override = [[i, j, 0]: id]
    guard let first = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                         override: override) })
    else { return nil }
    let (a, o) = p == 0 ? (k.mixing, k.known) : (k.known, k.mixing)
    let pc = first.equilibrium.playedStrategies[q][k.known][k.reply]
    let pi = here.moves[i][j].successors[0].probability
    let p1 = first.agentPayoffs[p][k.mixing][k.shared], pu = first.agentPayoffs[p][k.mixing][k.other]
    let p2 = p1 + solver.delta * pi * pc * (e2.equilibrium.values[a][o][p] - e1.equilibrium.values[a][o][p])
    guard p1 != p2 else { return nil }
    let r = (pu - p2) / (p1 - p2)
    guard r >= .zero, r <= .one else { return nil }
    var answer = [Rational](repeating: .zero, count: mq)
    answer[k.moves.0] = r
    answer[k.moves.1] = .one - r
    // Step 4: s with r, then the stage; q's ruled-out types best-respond at both.
    guard let settled = try bestResponding(round: t + 1, node: k.child, beliefs: childBeliefs,
                                           strategies: childStrategies(answer), side: q, known: k.known,
                                           solver: &solver),
          settled.isEquilibrium
    else { return nil }
    solver.nodes[id] = TypedNode(round: t + 1, ladderNode: k.child, beliefs: childBeliefs,
                                 equilibria: [settled.equilibrium], selected: [0, 0], played: settled.equilibrium,
                                 values: settled.equilibrium.values, reason: solver.nodes[id].reason)
    guard let stage = try bestResponding(round: t, node: n, beliefs: beliefs, strategies: strategies, side: q,
                                         known: k.known, override: override, solver: &solver),
          stage.isEquilibrium
    else { return nil }
    return stage.equilibrium
  }

  /// `strategies` evaluated after the types of `side` that the beliefs rule out (all
  /// but `known`) switch to a best move; nil when a continuation has no equilibrium.
  static func bestResponding(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                             side q: Int, known: Int, override: [[Int]: Int] = [:],
                             solver: inout TypedSolver) throws -> TypedSolver.Evaluation? {
    guard var e = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                                     override: override) })
    else { return nil }
    guard solver.typeCounts[q] > 1 else { return e }
    var play = strategies
    for theta in 0..<solver.typeCounts[q] where theta != known {
      play[q][theta] = .pure(e.agentPayoffs[q][theta].firstArgmax(), count: play[q][theta].count)
    }
    guard let again = try attempt({ try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: play,
                                                         override: override) })
    else { return nil }
    e = again
    return e
  }
}
