/// The Bayesian stage game at one (node, beliefs): a profile of type strategies
/// evaluated against its continuation, and the best-response check of every
/// type-agent. The one definition the search, the complete-information step and the
/// selection all read.
extension TypedSolver {
  /// A profile of type strategies evaluated.
  struct Evaluation {
    var equilibrium: TypedStageEquilibrium
    /// `agentPayoffs[p][θ][a]`: type θ of player p's expected payoff from pure move
    /// `a` when everybody else plays the profile, trembled (beliefs: the node's).
    var agentPayoffs: [[[Rational]]]
    /// A sequential follower's `[θ][x][y]`: type θ's payoff from reply y after
    /// lead x, at the posterior about the leader that x implies (nil: simultaneous).
    var replyPayoffs: [[[Rational]]]?
    /// `tables[i·m₁ + j]`: both players' payoffs from joint move (i, j), the
    /// continuation at the posteriors included, flat by type profile
    /// (`TypedSolver.continuation`'s table, shared, not copied); read with `payoff`.
    var tables: [[Rational]]
    /// Player 1's number of moves and of types: the tables' strides.
    var columns: Int
    var columnTypes: Int
    /// Whether every type-agent's intended mixture is a best response (zero regret)
    /// to the others' trembled play.
    var isEquilibrium: Bool

    /// Player p's payoff from joint move (i, j) for the type profile (θ₀, θ₁).
    @inline(__always)
    func payoff(_ i: Int, _ j: Int, _ a: Int, _ c: Int, _ p: Int) -> Rational {
      tables[i &* columns &+ j][(a &* columnTypes &+ c) &* 2 &+ p]
    }

    /// `joint[i][j][θ₀][θ₁][p]`: the tables nested (`payoff`, one at a time, allocates nothing).
    var joint: [[[[[Rational]]]]] {
      let rows = tables.count / columns, rowTypes = (tables.first?.count ?? 0) / (2 * columnTypes)
      return (0..<rows).map { i in
        (0..<columns).map { j in
          (0..<rowTypes).map { a in (0..<columnTypes).map { c in [payoff(i, j, a, c, 0), payoff(i, j, a, c, 1)] } }
        }
      }
    }
  }

  /// What is played when each type-agent intends `strategies`: each player's
  /// mixtures trembled by its ε (`(1 − ε)·x + ε/n`, Selten 1975).
  func trembled(_ strategies: [[[Rational]]]) -> [[[Rational]]] {
    if trembles.allSatisfy({ $0 == .zero }) { return strategies }  // shared, not copied
    return strategies.enumerated().map { p, s in s.map { $0.trembled(trembles[p]) } }
  }

  /// The first mover of the state at ladder node `here` when it is sequential.
  func leader(of here: LadderGraph.Node) -> Int? {
    if case .sequential(let first) = scenario.states[here.node.state].timing { return first }
    return nil
  }

  /// The one node that joint move (`i`, `j`) of `here` (round `t`) leads to, when it
  /// leads to exactly one and that node is a simultaneous stage still to be played:
  /// where the mixed searches (`mixedReplies`, the contested and the mutual bluff)
  /// look for a next round that answers with a mixture. Nil when the move branches,
  /// ends the path or leads to a sequential stage.
  func simultaneousSuccessor(of here: LadderGraph.Node, round t: Int, _ i: Int, _ j: Int)
    -> (index: Int, node: LadderGraph.Node)?
  {
    let successors = here.moves[i][j].successors
    guard successors.count == 1 else { return nil }
    let index = successors[0].next
    let child = graph.rounds[t + 1][index]
    guard !child.isTerminal, leader(of: child) == nil else { return nil }
    return (index, child)
  }

  /// Evaluates `strategies` (`[p][θ]` intended mixtures) at round `t`, node `n` with
  /// `beliefs`. The play is the trembled profile (`trembled`): posteriors, agent
  /// payoffs and values are read on it; the best-response check is of the intentions.
  /// In a sequential state `replies[θ][x]` are the follower's intended mixtures
  /// after each lead x (nil: `strategies[follower][θ]` after every lead); the
  /// follower's posterior after (x, y) reads its replies to x, and each follower
  /// type-agent must best-respond after *every* lead, at the posterior about the
  /// leader that the lead implies (kept off the path, `TypeBeliefs`): backward
  /// induction within the round (Fudenberg and Tirole 1991, §8.2, sequential
  /// rationality).
  /// `override[[i, j, s]]`, when given, replaces the child after joint move (i, j)
  /// and successor `s` (a reply stage whose mixture a semi-separating equilibrium fixes).
  /// Memoised when there is no override (`evaluate`, TypedSolver+EvaluationMemo.swift).
  mutating func evaluateAfresh(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                               replies: [[[Rational]]]?, override: [[Int]: Int]) throws -> Evaluation {
    // The profile, its chances and the continuation of every joint move
    // (TypedSolver+Layout.swift, shared with the quick test of TypedSolver+QuickCheck.swift).
    let s = try layOut(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies,
                       override: override)
    let m = s.moves, m0 = m[0], m1 = m[1], leader = s.leader
    let cells = s.cells, t0 = typeCounts[0], t1 = typeCounts[1]
    let c0 = s.chances[0], c1 = s.chances[1]
    var eq = s.equilibrium
    if let leader {
      let f = 1 - leader
      // The follower's summary: its replies averaged over the leader's play.
      func average(_ r: [[[Rational]]]) -> [[Rational]] {
        r.map { byLead in
          var total = [Rational](repeating: .zero, count: m[f])
          for (a, mu) in beliefs[leader].enumerated() where mu != .zero {
            for x in 0..<m[leader] where eq.playedStrategies[leader][a][x] != .zero {
              for y in 0..<m[f] { total[y] += mu * eq.playedStrategies[leader][a][x] * byLead[x][y] }
            }
          }
          return total
        }
      }
      eq.strategies[f] = average(eq.replies!)
      eq.playedStrategies[f] = average(eq.playedReplies!)
    }
    // Each type-agent's payoff per pure move against the other side's play.
    let agent = (0..<2).map { p in (0..<typeCounts[p]).map { agentPayoffs(s, beliefs: beliefs, player: p, type: $0) } }
    // A sequential follower's payoff of reply y after lead x, by type.
    let replyPayoffs = leader == nil ? nil : followerPayoffs(s, beliefs: beliefs)
    @inline(__always) func payoff(_ i: Int, _ j: Int, _ a: Int, _ c: Int, _ p: Int) -> Rational {
      s.payoff(i, j, a, c, p)
    }
    var values = [[[Rational]]]()
    values.reserveCapacity(t0)
    for a in 0..<t0 {
      var row = [[Rational]]()
      row.reserveCapacity(t1)
      for c in 0..<t1 {
        var v0 = Rational.zero, v1 = Rational.zero
        for i in 0..<m0 {
          for j in 0..<m1 {
            let x0 = c0[a * cells + i * m1 + j]
            if x0 == .zero { continue }
            let x1 = c1[c * cells + i * m1 + j]
            if x1 == .zero { continue }
            let q = Rational.productSkippingOne(x0, x1)
            v0 = .sumSkippingZero(v0, .productSkippingOne(q, payoff(i, j, a, c, 0)))
            v1 = .sumSkippingZero(v1, .productSkippingOne(q, payoff(i, j, a, c, 1)))
          }
        }
        row.append([v0, v1])
      }
      values.append(row)
    }
    var ok = true
    for p in 0..<2 where p == leader || leader == nil {
      for theta in 0..<typeCounts[p] where !Self.bestResponds(strategies[p][theta], agent[p][theta]) { ok = false }
    }
    if let replyPayoffs, let replies = eq.replies {
      for theta in replyPayoffs.indices {
        for (x, payoff) in replyPayoffs[theta].enumerated() where !Self.bestResponds(replies[theta][x], payoff) {
          ok = false
        }
      }
    }
    eq.values = values
    eq.shape = Self.shape(eq, beliefs: beliefs)
    return Evaluation(equilibrium: eq, agentPayoffs: agent, replyPayoffs: replyPayoffs, tables: s.tables, columns: m1,
                      columnTypes: t1, isEquilibrium: ok)
  }

  /// Pooling, separating or semi-separating, read off the types the beliefs allow:
  /// a type's plan is its mixture, or, for a sequential follower, its replies to every lead.
  static func shape(_ e: TypedStageEquilibrium, beliefs: [[Rational]]) -> TypedShape {
    let informed = (0..<2).filter { !TypeBeliefs.isCertain(beliefs[$0]) }
    if informed.isEmpty { return .completeInformation }
    var separates = false
    for p in informed {
      let plans: [[[Rational]]] = p == e.follower ? e.replies! : e.strategies[p].map { [$0] }
      let allowed = beliefs[p].indices.filter { beliefs[p][$0] != .zero }
      if allowed.contains(where: { plans[$0].contains { !$0.contains(.one) } }) { return .semiSeparating }
      // Two allowed types with different plans (compared, not hashed into a set:
      // hashing every exact number was a share of a typed solve, issue 11).
      if let first = allowed.first, allowed.contains(where: { plans[$0] != plans[first] }) { separates = true }
    }
    return separates ? .separating : .pooling
  }

  /// Step 2: every belief certain. The believed type profile's folded bimatrix is
  /// solved by the untyped ladder's chooser (same selection rules, mixed equilibria
  /// included); the types ruled out best-respond to it (first best move).
  mutating func completeInformation(round t: Int, node n: Int, beliefs: [[Rational]]) throws
    -> (list: [TypedStageEquilibrium], selected: [Int]?)
  {
    let here = graph.rounds[t][n]
    let m0 = here.moves.count, m1 = here.moves[0].count
    let known = beliefs.map { $0.firstIndex(of: .one)! }
    // Folded payoffs for the known profile (certain beliefs stay certain, so the
    // children are the same for every profile): the joint moves' payoffs.
    // Read straight from each joint move's continuation, in the order an evaluation
    // reads them (so the children are solved in the same order): an evaluation of a
    // profile here only to read its tables cost a third of this step (issue 11).
    let none = [[Rational](repeating: .zero, count: typeCounts[0]), [Rational](repeating: .zero, count: typeCounts[1])]
    let cell = (known[0] * typeCounts[1] + known[1]) * 2
    var a = [[Rational]](), b = [[Rational]]()
    for i in 0..<m0 {
      var rowA = [Rational](), rowB = [Rational]()
      for j in 0..<m1 {
        let table = try continuation(round: t, node: n, i, j, beliefs: beliefs, likelihoods: none, override: [:]).table
        rowA.append(table[cell])
        rowB.append(table[cell + 1])
      }
      a.append(rowA)
      b.append(rowB)
    }
    let models = scenario.behaviours.map(\.model)
    if let leader = leader(of: here) {
      return (try completeInformationSequential(round: t, node: n, beliefs: beliefs, leader: leader, a: a, b: b,
                                                 known: known), [0, 0])
    }
    let c = Rational.chooseSimultaneous(a: a, b: b, models: models, given: [nil, nil], tremble: trembles,
                                        shouldContinue: shouldContinue)
    guard shouldContinue() else { throw EscalationError.cancelled }
    let profiles: [[[Rational]]] = c.equilibria.isEmpty ? [c.mixtures] : c.equilibria.map(\.profile)
    var list = [TypedStageEquilibrium]()
    for profile in profiles {
      var strategies = (0..<2).map { p in (0..<typeCounts[p]).map { _ in profile[p] } }
      // The ruled-out types best-respond (they move no belief).
      let e = try evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies)
      for p in 0..<2 {
        for theta in 0..<typeCounts[p] where theta != known[p] {
          strategies[p][theta] = .pure(e.agentPayoffs[p][theta].firstArgmax(), count: profile[p].count)
        }
      }
      list.append(try evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies).equilibrium)
    }
    let selected = c.equilibria.isEmpty ? [0, 0] : c.selected.map { $0 ?? 0 }
    return (list, selected)
  }

  /// Step 2 in a sequential state: the known profile's stage solved by the untyped
  /// ladder's `SequentialStage` (the follower best-responds to each lead, ties broken
  /// in the leader's favour; the leader best-responds to those replies); the types
  /// ruled out best-respond, the follower's after every lead.
  mutating func completeInformationSequential(round t: Int, node n: Int, beliefs: [[Rational]], leader: Int,
                                              a: [[Rational]], b: [[Rational]], known: [Int]) throws
    -> [TypedStageEquilibrium]
  {
    let f = 1 - leader
    let (stage, _) = SequentialStage.choose(leader: leader, a: a, b: b, models: scenario.behaviours.map(\.model),
                                            given: [nil, nil], tremble: trembles)
    var strategies: [[[Rational]]] = [[], []]
    strategies[leader] = (0..<typeCounts[leader]).map { _ in stage.leaderMixture }
    strategies[f] = (0..<typeCounts[f]).map { _ in stage.followerMixtures[0] }
    var replies = (0..<typeCounts[f]).map { _ in stage.followerMixtures }
    let e = try evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies)
    for theta in 0..<typeCounts[leader] where theta != known[leader] {
      strategies[leader][theta] = .pure(e.agentPayoffs[leader][theta].firstArgmax(), count: stage.leaderMixture.count)
    }
    for theta in 0..<typeCounts[f] where theta != known[f] {
      replies[theta] = e.replyPayoffs![theta].map { .pure($0.firstArgmax(), count: $0.count) }
    }
    return [try evaluate(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies).equilibrium]
  }
}
