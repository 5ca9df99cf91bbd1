/// A profile of type strategies laid out on its continuation: what every reader of
/// a Bayesian stage's evaluation reads first (each type's chance of its part of each
/// joint move, the children at the posteriors, the joint moves' payoffs with the
/// continuation), and the type-agents' payoffs read off it. The one definition that
/// `TypedSolver.evaluateAfresh` (TypedSolver+Stage.swift) and the quick
/// best-response test (TypedSolver+QuickCheck.swift) share.
///
/// Why split out. Most pure type-strategy profiles a stage search tries are not
/// equilibria; a full evaluation of each (every agent's payoffs, the values, the
/// shape, the memo) was most of a typed solve's time (issue 11: the typed default's
/// `brink solve` within 5× of `brink check`). Laying a profile out and reading only
/// the payoffs its test needs, one type-agent at a time, rejects it for a fraction
/// of that, with the same numbers (the test reads this file's payoffs).
extension TypedSolver {
  /// A profile laid out at one (round, node, beliefs).
  struct Layout {
    /// The profile, intended and played (trembled), a sequential follower's replies
    /// included; `children` filled, `values` and `shape` not yet.
    var equilibrium: TypedStageEquilibrium
    /// `chances[p][θ·cells + i·m₁ + j]`: type θ of p's chance of its part of joint
    /// move (i, j), as played (Bayes' rule's likelihoods).
    var chances: [[Rational]]
    /// `tables[i·m₁ + j][(θ₀·t₁ + θ₁)·2 + p]`: joint move (i, j)'s payoffs, continuation
    /// at the posteriors included (`TypedSolver.continuation`'s table, shared).
    var tables: [[Rational]]
    /// Each player's number of moves.
    var moves: [Int]
    /// Player 1's number of types (the tables' stride).
    var columnTypes: Int
    /// A sequential state's first mover (nil: simultaneous).
    var leader: Int?

    var cells: Int { moves[0] &* moves[1] }

    /// Player p's payoff from joint move (i, j) for the type profile (θ₀, θ₁).
    @inline(__always)
    func payoff(_ i: Int, _ j: Int, _ a: Int, _ c: Int, _ p: Int) -> Rational {
      tables[i &* moves[1] &+ j][(a &* columnTypes &+ c) &* 2 &+ p]
    }
  }

  /// Lays out `strategies` (`[p][θ]` intended mixtures; a sequential follower's
  /// `replies[θ][x]`, nil: its strategy after every lead) at round `t`, node `n`
  /// with `beliefs`: the children after every joint move are solved (or found),
  /// in the order i, then j, so that every caller solves nodes in the same order.
  /// `override` as in `evaluateAfresh`.
  mutating func layOut(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                       replies: [[[Rational]]]?, override: [[Int]: Int]) throws -> Layout {
    let here = graph.rounds[t][n]
    let m = [here.moves.count, here.moves[0].count]
    let m0 = m[0], m1 = m[1]
    let leader = leader(of: here)
    var eq = TypedStageEquilibrium(strategies: strategies, playedStrategies: trembled(strategies), children: [],
                                   values: [], shape: .pooling)
    if let leader {
      let f = 1 - leader
      let intendedReplies = replies ?? strategies[f].map { s in (0..<m[leader]).map { _ in s } }
      eq.leader = leader
      eq.replies = intendedReplies
      eq.playedReplies = trembles[f] == .zero ? intendedReplies : intendedReplies.map { $0.map { $0.trembled(trembles[f]) } }
    }
    // Each type's chance of its part of each joint move, as played, flat by
    // `θ·m₀m₁ + i·m₁ + j`: Bayes' rule, the agents' payoffs and the values read it.
    let cells = m0 * m1
    var chances: [[Rational]] = [[], []]
    for p in 0..<2 {
      chances[p].reserveCapacity(typeCounts[p] * cells)
      for theta in 0..<typeCounts[p] {
        for i in 0..<m0 { for j in 0..<m1 { chances[p].append(eq.chance(p, type: theta, i, j)) } }
      }
    }
    var children = [[[Int]]]()
    children.reserveCapacity(m0)
    var w = [[Rational]]()
    w.reserveCapacity(cells)
    for i in 0..<m0 {
      var row = [[Int]]()
      row.reserveCapacity(m1)
      for j in 0..<m1 {
        // Memoised per (beliefs, likelihoods): TypedSolver+Continuation.swift.
        let key = MoveKey(i, j, chances: chances[0], chances[1], cell: i * m1 + j, cells: cells)
        let next = try continuation(round: t, node: n, beliefs: beliefs, move: key, override: override)
        row.append(next.children)
        w.append(next.table)
      }
      children.append(row)
    }
    eq.children = children
    return Layout(equilibrium: eq, chances: chances, tables: w, moves: m, columnTypes: typeCounts[1], leader: leader)
  }

  /// Type θ of player p's expected payoff from each pure move when everybody else
  /// plays the laid-out profile, trembled, the other side's types weighted by the
  /// node's `beliefs` (for a sequential follower: its payoff if it made that move
  /// after every lead, a summary; `followerPayoffs` is what it is checked on).
  /// Sums and products skip 0 and 1 (Rational+Identities.swift).
  func agentPayoffs(_ s: Layout, beliefs: [[Rational]], player p: Int, type theta: Int) -> [Rational] {
    let q = 1 - p
    let other = s.chances[q]
    let cells = s.cells, m1 = s.moves[1]
    var byMove = [Rational]()
    byMove.reserveCapacity(s.moves[p])
    for k in 0..<s.moves[p] {
      var sum = Rational.zero
      for o in 0..<typeCounts[q] where beliefs[q][o] != .zero {
        for r in 0..<s.moves[q] {
          let (i, j) = p == 0 ? (k, r) : (r, k)
          let x = other[o * cells + i * m1 + j]
          if x != .zero {
            let weight = Rational.productSkippingOne(beliefs[q][o], x)
            sum = .sumSkippingZero(sum, .productSkippingOne(weight, s.payoff(i, j, p == 0 ? theta : o, p == 0 ? o : theta, p)))
          }
        }
      }
      byMove.append(sum)
    }
    return byMove
  }

  /// The posterior about a sequential state's leader after each of its leads
  /// (Bayes' rule on the leader's play, kept off the path): computed once per lead
  /// and read by every follower type.
  func leadPosteriors(_ s: Layout, beliefs: [[Rational]]) -> [[Rational]] {
    let leader = s.leader!
    return (0..<s.moves[leader]).map { x in
      TypeBeliefs.posterior(beliefs[leader], likelihood: s.equilibrium.playedStrategies[leader].map { $0[x] })
    }
  }

  /// A sequential follower's type θ's payoff of each reply after lead x, the
  /// leader's types weighted by `posterior`, the posterior that lead implies
  /// (`leadPosteriors`).
  func followerPayoffs(_ s: Layout, posterior mu: [Rational], type theta: Int, lead x: Int) -> [Rational] {
    let leader = s.leader!, f = 1 - leader
    return (0..<s.moves[f]).map { y in
      var sum = Rational.zero
      let (i, j) = leader == 0 ? (x, y) : (y, x)
      for a in 0..<typeCounts[leader] where mu[a] != .zero {
        let (u0, u1) = leader == 0 ? (a, theta) : (theta, a)
        sum = .sumSkippingZero(sum, .productSkippingOne(mu[a], s.payoff(i, j, u0, u1, f)))
      }
      return sum
    }
  }

  /// `[θ][x][y]`: every follower type's `followerPayoffs` after every lead.
  func followerPayoffs(_ s: Layout, beliefs: [[Rational]]) -> [[[Rational]]] {
    let posteriors = leadPosteriors(s, beliefs: beliefs)
    return (0..<typeCounts[1 - s.leader!]).map { theta in
      posteriors.indices.map { x in followerPayoffs(s, posterior: posteriors[x], type: theta, lead: x) }
    }
  }

  /// Whether `intended` is a best response to `payoffs` (one per pure move): every
  /// move it plays earns the most (zero regret).
  static func bestResponds(_ intended: [Rational], _ payoffs: [Rational]) -> Bool {
    let best = payoffs.max()!
    for (k, x) in intended.enumerated() where x != .zero && payoffs[k] != best { return false }
    return true
  }
}
