/// The perfect Bayesian equilibria of one Bayesian stage that brink finds exactly
/// (step 3 of `TypedSolver`).
///
/// 1. *Pure type strategies* (pooling and separating): every profile that gives
///    each type-agent one move, kept when every type-agent best-responds, its
///    posteriors by Bayes' rule (kept off the path) and its continuation the
///    solution there (Gibbons 1992, §4.2, the textbook enumeration).
/// 2. *Semi-separating* (two types of a sender p, two moves here; the other side,
///    without types, has one pure move): type θa plays move m, type θb plays m with
///    probability x and m′ otherwise. After m the next round must be a *reply*
///    (p has one move there, one successor) at which the other side is indifferent
///    between two replies y, z, which fixes the posterior b* (linear in the belief:
///    the replies' values per type, continuation included, are read at b* and b* is
///    accepted only when it solves its own indifference, a fixed point checked
///    exactly), hence x = μa(1 − b*)/(b*·μb) (on the trembled play when the
///    players tremble); the reply mixes y with the probability r that makes θb
///    indifferent between m and m′. The reply stage
///    with r is a child of its own; both it and the stage are then checked by the
///    same best-response test as step 1.
/// 3. *Mixed type strategies, both sides typed* (`agentForm`,
///    TypedStageSearch+AgentForm.swift), only when steps 1–2 found nothing (so every
///    stage they solve keeps its answer, and the search costs nothing there): the
///    stage's plan bimatrix with the continuation held fixed, its extreme
///    equilibria, iterated over continuations until a candidate passes the same
///    best-response test.
/// 4. *A contested bluff* (`contestedBluffs`, TypedStageSearch+ContestedBluff.swift),
///    only when steps 1–3 found nothing: step 2 with a next round in which both
///    sides still move, the other side mixing there at the posterior b\* the
///    sender's mixing makes (b\* a fixed point of its own continuation).
/// 5. *A mutual bluff* (`mutualBluffs`, TypedStageSearch+MutualBluff.swift), only
///    when steps 1–4 found nothing: a type on each side mixing in the stage, and one
///    type of each side answering with a mixture in the next round at the posterior
///    the other side's mixing makes; the two answers solve the stage's two
///    indifferences (bilinear in them, a quadratic solved exactly, irrational roots
///    dropped), iterated to an exact fixed point of the continuation.
/// Not searched: other mixtures whose continuation must itself mix at exactly the
/// posterior they make (a sender type mixing in the next round too, one side mixing
/// in the stage while both answer next round). `TypedSolver` says so when nothing is
/// found.
enum TypedStageSearch {
  /// The most pure type-strategy profiles searched at one stage.
  static let profileLimit = 65_536

  static func equilibria(round t: Int, node n: Int, beliefs: [[Rational]], solver: inout TypedSolver) throws
    -> (list: [TypedStageEquilibrium], selected: [Int]?)
  {
    let here = solver.graph.rounds[t][n]
    if let leader = solver.leader(of: here) {
      return (try sequential(round: t, node: n, beliefs: beliefs, leader: leader, solver: &solver), nil)
    }
    let counts = [here.moves.count, here.moves[0].count]
    let types = solver.typeCounts
    // Step 1: one digit per type-agent.
    let agents = [(0, types[0]), (1, types[1])].flatMap { p, k in (0..<k).map { _ in p } }
    var total = 1
    for p in agents { total *= counts[p]; if total > profileLimit { break } }
    guard total <= profileLimit else {
      throw TypedSolveError.unsupported(["a stage in round \(t + 1) has more than \(profileLimit) pure type-strategy profiles"])
    }
    var list = [TypedStageEquilibrium]()
    for code in 0..<total {
      var rest = code
      var strategies: [[[Rational]]] = [[], []]
      for p in agents {
        strategies[p].append(.pure(rest % counts[p], count: counts[p]))
        rest /= counts[p]
      }
      // Tested first, evaluated only when it passes (TypedSolver+QuickCheck.swift).
      if try solver.bestResponds(round: t, node: n, beliefs: beliefs, strategies: strategies) {
        let e = try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies)
        if e.isEquilibrium { list.append(e.equilibrium) }
      }
      if code % 64 == 0, !solver.shouldContinue() { throw EscalationError.cancelled }
    }
    // Step 2.
    list += try semiSeparating(round: t, node: n, beliefs: beliefs, solver: &solver)
    // Step 3, only when 1–2 found nothing: answers elsewhere stay as they were.
    if list.isEmpty { list = try agentForm(round: t, node: n, beliefs: beliefs, solver: &solver) }
    // Step 4, only when 1–3 found nothing.
    if list.isEmpty { list = try contestedBluffs(round: t, node: n, beliefs: beliefs, solver: &solver) }
    // Step 5, only when 1–4 found nothing.
    if list.isEmpty { list = try mutualBluffs(round: t, node: n, beliefs: beliefs, solver: &solver) }
    return (list, nil)
  }

  static func semiSeparating(round t: Int, node n: Int, beliefs: [[Rational]], solver: inout TypedSolver) throws
    -> [TypedStageEquilibrium]
  {
    var found = [TypedStageEquilibrium]()
    let here = solver.graph.rounds[t][n]
    let counts = [here.moves.count, here.moves[0].count]
    let delta = solver.delta
    guard delta != .zero else { return [] }
    for p in 0..<2 where solver.typeCounts[p] == 2 && counts[p] == 2 && !TypeBeliefs.isCertain(beliefs[p]) {
      let q = 1 - p
      guard solver.typeCounts[q] == 1 else { continue }
      for c in 0..<counts[q] {
        for m in 0..<2 {
          for ta in 0..<2 {
            let tb = 1 - ta
            let (i, j) = p == 0 ? (m, c) : (c, m)
            let succ = here.moves[i][j].successors
            guard succ.count == 1 else { continue }
            if let e = try bluff(round: t, node: n, beliefs: beliefs, sender: p, reply: c, shared: m,
                                 pure: ta, mixing: tb, next: succ[0].next, solver: &solver) {
              found.append(e)
            }
          }
        }
      }
    }
    return found
  }

  /// One semi-separating candidate (the doc comment's step 2), checked; nil when it fails.
  static func bluff(round t: Int, node n: Int, beliefs: [[Rational]], sender p: Int, reply c: Int, shared m: Int,
                    pure ta: Int, mixing tb: Int, next: Int, solver: inout TypedSolver) throws -> TypedStageEquilibrium? {
    let q = 1 - p
    let child = solver.graph.rounds[t + 1][next]
    guard !child.isTerminal, t + 1 < solver.graph.horizon else { return nil }
    let childCounts = [child.moves.count, child.moves[0].count]
    guard childCounts[p] == 1, childCounts[q] >= 2 else { return nil }
    let mu = beliefs[p]
    let here = solver.graph.rounds[t][n]
    func pureOf(_ k: Int, _ count: Int) -> [Rational] { .pure(k, count: count) }
    for y in 0..<childCounts[q] {
      for z in (y + 1)..<childCounts[q] {
        // The posterior b* (chance of θa) at which q is indifferent between y and z.
        var guess = mu
        var accepted: (belief: [Rational], payoffs: [[Rational]])? = nil
        for _ in 0..<3 {
          var b = beliefs
          b[p] = guess
          let e = try replyPayoffs(round: t + 1, node: next, beliefs: b, sender: p, solver: &solver)
          // D(θ) = value of y minus value of z for q, given the sender's type θ.
          let d = (0..<2).map { theta in e.byType[theta][y] - e.byType[theta][z] }
          guard d[ta] != d[tb] else { break }
          let star = d[tb] / (d[tb] - d[ta])
          var belief = [Rational](repeating: .zero, count: 2)
          belief[ta] = star
          belief[tb] = .one - star
          if belief == guess {
            accepted = (belief, e.senderValues)
            break
          }
          guard star > .zero, star < .one else { break }
          guess = belief
        }
        guard let (star, senderValues) = accepted, star[ta] > mu[ta], star[ta] < .one else { continue }
        // x: θb's intended chance of the shared move that makes the posterior b*, on
        // the trembled play: θb must play m with μa·Pa(m)·(1 − b*)/(b*·μb), where
        // Pa(m) = 1 − ε + ε/2 is θa's trembled chance of m; then x = (Pb(m) − ε/2)/(1 − ε).
        let epsilon = solver.trembles[p], half = solver.trembles[p] / Rational(2)
        guard epsilon < .one else { continue }
        let pb = mu[ta] * (.one - epsilon + half) * (.one - star[ta]) / (star[ta] * mu[tb])
        let x = (pb - half) / (.one - epsilon)
        guard x > .zero, x < .one else { continue }
        // r: q's chance of y at the reply that leaves θb indifferent between m and m′.
        var strategies: [[[Rational]]] = [[], []]
        strategies[q] = [pureOf(c, q == 0 ? here.moves.count : here.moves[0].count)]
        strategies[p] = [[], []]
        strategies[p][ta] = pureOf(m, 2)
        strategies[p][tb] = m == 0 ? [x, .one - x] : [.one - x, x]
        var childBeliefs = beliefs
        childBeliefs[p] = star
        let (i, j) = p == 0 ? (m, c) : (c, m)
        let other = try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies)
        let target = other.agentPayoffs[p][tb][1 - m]
        // θb's payoff for m is affine in the reply's value to θb: the joint move
        // (m, c), played with q's trembled chance pc of c, is followed by the reply;
        // with the plain child (value V) it pays A. The reply must be worth
        // V − (A − target)/(pc·δ) = r·Vy + (1 − r)·Vz (without trembles,
        // (target − stage payoff)/δ).
        let vy = senderValues[tb][y], vz = senderValues[tb][z]
        guard vy != vz else { continue }
        let plain = solver.nodes[other.equilibrium.children[i][j][0]].values
        let v = p == 0 ? plain[tb][0][p] : plain[0][tb][p]
        let pc = other.equilibrium.playedStrategies[q][0][c]
        let needed = v - (other.agentPayoffs[p][tb][m] - target) / (pc * solver.delta)
        let r = (needed - vz) / (vy - vz)
        guard r >= .zero, r <= .one else { continue }
        var reply: [[[Rational]]] = [[], []]
        reply[p] = [pureOf(0, 1), pureOf(0, 1)]
        var mixture = [Rational](repeating: .zero, count: childCounts[q])
        mixture[y] = r
        mixture[z] = .one - r
        reply[q] = [mixture]
        let replied = try solver.evaluate(round: t + 1, node: next, beliefs: childBeliefs, strategies: reply)
        guard replied.isEquilibrium else { continue }
        var replyNode = TypedNode(round: t + 1, ladderNode: next, beliefs: childBeliefs, equilibria: [replied.equilibrium],
                                  selected: [0, 0], played: replied.equilibrium, values: replied.equilibrium.values,
                                  reason: "the reply that keeps the bluffing type indifferent (semi-separating equilibrium of the round before)")
        replyNode.played = replied.equilibrium
        solver.nodes.append(replyNode)
        let replyID = solver.nodes.count - 1
        let stage = try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies,
                                        override: [[i, j, 0]: replyID])
        // A reply node that fails stays unused in `nodes` (nothing points at it).
        if stage.isEquilibrium { return stage.equilibrium }
      }
    }
    return nil
  }

  /// At a reply stage (the sender has one move), each reply's value to q given the
  /// sender's type (`byType[θ][y]`), and to the sender (`senderValues[θ][y]`).
  static func replyPayoffs(round t: Int, node n: Int, beliefs: [[Rational]], sender p: Int, solver: inout TypedSolver)
    throws -> (byType: [[Rational]], senderValues: [[Rational]])
  {
    let q = 1 - p
    let here = solver.graph.rounds[t][n]
    let replies = q == 0 ? here.moves.count : here.moves[0].count
    var byType = [[Rational]](repeating: [], count: 2), sender = byType
    for y in 0..<replies {
      var s: [[[Rational]]] = [[], []]
      s[p] = [[.one], [.one]]
      s[q] = [.pure(y, count: replies)]
      let e = try solver.evaluate(round: t, node: n, beliefs: beliefs, strategies: s)
      for theta in 0..<2 {
        let v = p == 0 ? e.equilibrium.values[theta][0] : e.equilibrium.values[0][theta]
        byType[theta].append(v[q])
        sender[theta].append(v[p])
      }
    }
    return (byType, sender)
  }
}
