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
    /// `joint[i][j][θ₀][θ₁]`: both players' payoffs from joint move (i, j), the
    /// continuation at the posteriors included.
    var joint: [[[[[Rational]]]]]
    /// Whether every type-agent's intended mixture is a best response (zero regret)
    /// to the others' trembled play.
    var isEquilibrium: Bool
  }

  /// What is played when each type-agent intends `strategies`: each player's
  /// mixtures trembled by its ε (`(1 − ε)·x + ε/n`, Selten 1975).
  func trembled(_ strategies: [[[Rational]]]) -> [[[Rational]]] {
    strategies.enumerated().map { p, s in s.map { $0.trembled(trembles[p]) } }
  }

  /// Evaluates `strategies` (`[p][θ]` intended mixtures) at round `t`, node `n` with
  /// `beliefs`. The play is the trembled profile (`trembled`): posteriors, agent
  /// payoffs and values are read on it; the best-response check is of the intentions.
  /// `override[[i, j, s]]`, when given, replaces the child after joint move (i, j)
  /// and successor `s` (a reply stage whose mixture a semi-separating equilibrium fixes).
  mutating func evaluate(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                         override: [[Int]: Int] = [:]) throws -> Evaluation {
    let here = graph.rounds[t][n]
    let m0 = here.moves.count, m1 = here.moves[0].count
    let intended = strategies
    let strategies = trembled(intended)
    // Continuations: children at the posteriors, and W(θ₀, θ₁, i, j).
    var children = [[[Int]]]()
    var w = [[[[[Rational]]]]](repeating: [], count: m0)  // w[i][j][θ₀][θ₁]
    for i in 0..<m0 {
      var row = [[Int]]()
      for j in 0..<m1 {
        let posterior = [
          TypeBeliefs.posterior(beliefs[0], likelihood: strategies[0].map { $0[i] }),
          TypeBeliefs.posterior(beliefs[1], likelihood: strategies[1].map { $0[j] }),
        ]
        var ids = [Int]()
        for (s, branch) in here.moves[i][j].successors.enumerated() {
          if let id = override[[i, j, s]] {
            precondition(nodes[id].beliefs == posterior, "an overriding child must be at the posterior")
            ids.append(id)
          } else {
            ids.append(try solve(round: t + 1, node: branch.next, beliefs: posterior))
          }
        }
        row.append(ids)
        let table = profileTable { a, c -> [Rational] in
          var total = payoffs.payoffs(here, i, j, types: a, c)
          for (s, branch) in here.moves[i][j].successors.enumerated() {
            let v = nodes[ids[s]].values[a][c]
            for p in 0..<2 { total[p] += delta * branch.probability * v[p] }
          }
          return total
        }
        w[i].append(table)
      }
      children.append(row)
    }
    // Each type-agent's payoff per pure move, and the values per type profile.
    var agent = [[[Rational]]]()
    agent.append((0..<typeCounts[0]).map { a in
      (0..<m0).map { i in
        var s = Rational.zero
        for c in 0..<typeCounts[1] where beliefs[1][c] != .zero {
          for j in 0..<m1 where strategies[1][c][j] != .zero { s += beliefs[1][c] * strategies[1][c][j] * w[i][j][a][c][0] }
        }
        return s
      }
    })
    agent.append((0..<typeCounts[1]).map { c in
      (0..<m1).map { j in
        var s = Rational.zero
        for a in 0..<typeCounts[0] where beliefs[0][a] != .zero {
          for i in 0..<m0 where strategies[0][a][i] != .zero { s += beliefs[0][a] * strategies[0][a][i] * w[i][j][a][c][1] }
        }
        return s
      }
    })
    let values = profileTable { a, c -> [Rational] in
      var v = [Rational.zero, .zero]
      for i in 0..<m0 where strategies[0][a][i] != .zero {
        for j in 0..<m1 where strategies[1][c][j] != .zero {
          let q = strategies[0][a][i] * strategies[1][c][j]
          for p in 0..<2 { v[p] += q * w[i][j][a][c][p] }
        }
      }
      return v
    }
    var ok = true
    for p in 0..<2 {
      for theta in 0..<typeCounts[p] {
        let best = agent[p][theta].max()!
        for (k, x) in intended[p][theta].enumerated() where x != .zero && agent[p][theta][k] != best { ok = false }
      }
    }
    let eq = TypedStageEquilibrium(strategies: intended, playedStrategies: strategies, children: children,
                                   values: values, shape: Self.shape(intended, beliefs: beliefs))
    return Evaluation(equilibrium: eq, agentPayoffs: agent, joint: w, isEquilibrium: ok)
  }

  /// Pooling, separating or semi-separating, read off the types the beliefs allow.
  static func shape(_ strategies: [[[Rational]]], beliefs: [[Rational]]) -> TypedShape {
    let informed = (0..<2).filter { !TypeBeliefs.isCertain(beliefs[$0]) }
    if informed.isEmpty { return .completeInformation }
    var separates = false
    for p in informed {
      let allowed = beliefs[p].indices.filter { beliefs[p][$0] != .zero }
      if allowed.contains(where: { !strategies[p][$0].contains(.one) }) { return .semiSeparating }
      if Set(allowed.map { strategies[p][$0] }).count > 1 { separates = true }
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
    let first = [(0..<typeCounts[0]).map { _ in [Rational].pure(0, count: m0) },
                 (0..<typeCounts[1]).map { _ in [Rational].pure(0, count: m1) }]
    let joint = try evaluate(round: t, node: n, beliefs: beliefs, strategies: first).joint
    let a = (0..<m0).map { i in (0..<m1).map { j in joint[i][j][known[0]][known[1]][0] } }
    let b = (0..<m0).map { i in (0..<m1).map { j in joint[i][j][known[0]][known[1]][1] } }
    let models = scenario.behaviours.map(\.model)
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
}
