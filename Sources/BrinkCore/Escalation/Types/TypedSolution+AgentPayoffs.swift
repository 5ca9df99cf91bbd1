/// What each move is worth to each type-agent at a node of the typed solution, read
/// back from the solution: the facts behind `explain`'s "why" (a type mixes because
/// its moves are worth the same; it separates because one is worth more).
///
/// For type θ of player p and its move m, against the other side's type strategies as played (trembled, where the scenario trembles)
/// at the node and the node's beliefs about the other side's type (Fudenberg and
/// Tirole 1991, §8.2):
///
///     U_p(θ, m) = Σ_c μ_q(c) Σ_r σ_q(r | c) · [ u_p(θ, c; m, r) + δ Σ_s P(s) · V_p(child_s; θ, c) ]
///
/// where the children and their values `V` are those the played equilibrium stores
/// (`TypedStageEquilibrium.children`, at the posteriors). This is the formula of the
/// solver's stage (`TypedSolver.evaluate`, its `agentPayoffs`), evaluated on the
/// stored solution instead of during the solve; the tests check that on every node
/// of the equilibrium each type's value is its mixture of these and that every move
/// it plays is a best one (`Tests/BrinkFormatsTests/Scenario/BluffLadderExplainTests.swift`).
extension TypedSolution {
  /// `[p][θ][m]`: type θ of player p's expected payoff from move m at node `id`
  /// (nil at a node without a stage: terminal, or the horizon). A type the belief
  /// rules out is valued too (it best-responds off the path).
  public func agentPayoffs(at id: Int) -> [[[Rational]]]? {
    let node = nodes[id]
    guard let e = node.played else { return nil }
    let here = graph.rounds[node.round][node.ladderNode]
    let payoffs = TypedPayoffs(scenario: scenario)
    let counts = (0..<2).map { scenario.typeList(of: $0).count }
    let m = [here.moves.count, here.moves[0].count]
    // w(i, j; a, c): the joint move's stage payoffs plus the discounted continuation.
    func w(_ i: Int, _ j: Int, _ a: Int, _ c: Int) -> [Rational] {
      var total = payoffs.payoffs(here, i, j, types: a, c)
      for (s, branch) in here.moves[i][j].successors.enumerated() {
        let v = nodes[e.children[i][j][s]].values[a][c]
        for p in 0..<2 { total[p] += scenario.discount * branch.probability * v[p] }
      }
      return total
    }
    return (0..<2).map { p in
      let q = 1 - p
      return (0..<counts[p]).map { theta in
        (0..<m[p]).map { move in
          var sum = Rational.zero
          for other in 0..<counts[q] where node.beliefs[q][other] != .zero {
            for r in 0..<m[q] {
              let (i, j, a, c) = p == 0 ? (move, r, theta, other) : (r, move, other, theta)
              let x = e.chance(q, type: other, i, j)
              if x != .zero { sum += node.beliefs[q][other] * x * w(i, j, a, c)[p] }
            }
          }
          return sum
        }
      }
    }
  }

  /// At a sequential state, `[θ][x][y]`: the follower's type θ's expected payoff from
  /// reply y after lead x, the leader's types weighted by the posterior that x
  /// implies (kept off the path), the continuation at the posteriors stored: the
  /// formula of `TypedSolver.evaluate`'s `replyPayoffs`, read on the stored solution
  /// (nil at a simultaneous state or a node without a stage).
  public func replyPayoffs(at id: Int) -> [[[Rational]]]? {
    let node = nodes[id]
    guard let e = node.played, let leader = e.leader else { return nil }
    let f = 1 - leader
    let here = graph.rounds[node.round][node.ladderNode]
    let payoffs = TypedPayoffs(scenario: scenario)
    let counts = (0..<2).map { scenario.typeList(of: $0).count }
    let m = [here.moves.count, here.moves[0].count]
    return (0..<counts[f]).map { theta in
      (0..<m[leader]).map { x in
        let mu = TypeBeliefs.posterior(node.beliefs[leader], likelihood: e.playedStrategies[leader].map { $0[x] })
        return (0..<m[f]).map { y in
          let (i, j) = leader == 0 ? (x, y) : (y, x)
          var sum = Rational.zero
          for a in 0..<counts[leader] where mu[a] != .zero {
            let (t0, t1) = leader == 0 ? (a, theta) : (theta, a)
            var total = payoffs.payoffs(here, i, j, types: t0, t1)[f]
            for (s, branch) in here.moves[i][j].successors.enumerated() {
              total += scenario.discount * branch.probability * nodes[e.children[i][j][s]].values[t0][t1][f]
            }
            sum += mu[a] * total
          }
          return sum
        }
      }
    }
  }
}
