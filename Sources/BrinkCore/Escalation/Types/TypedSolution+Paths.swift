/// What the typed solution implies for paths of play, exactly, by type profile:
/// how likely each node is, where paths end, and how often a bluff is made and called.
///
/// A **bluff** (the word of Fearon 1997 and of `simulate`'s report): at a
/// semi-separating stage, a type that mixes plays the move that another type the
/// belief allows plays for sure (it imitates that type, as an irresolute defender
/// imitates a resolved one's threat). It is **called** when, in the next round, the
/// other side plays an escalating move (`posture: escalate`). Chances are those of
/// the trembled play (`TypedStageEquilibrium.playedStrategies`).
extension TypedSolution {
  /// The nodes of the equilibrium: those the played strategies lead to from the
  /// roots after any joint move (on the path or off it), in increasing id. Nodes
  /// the search solved for equilibria that were not selected are left out.
  public func equilibriumNodes() -> [Int] {
    var seen = Set(roots), stack = roots
    while let id = stack.popLast() {
      guard let e = nodes[id].played else { continue }
      for child in e.children.joined().joined() where seen.insert(child).inserted { stack.append(child) }
    }
    return seen.sorted()
  }

  /// The exact probability of reaching each node (`[id][θ₀][θ₁]`) given the types.
  public func reachByType() -> [[[Rational]]] {
    let n0 = scenario.typeList(of: 0).count, n1 = scenario.typeList(of: 1).count
    let zero = [[Rational]](repeating: [Rational](repeating: .zero, count: n1), count: n0)
    var reach = [[[Rational]]](repeating: zero, count: nodes.count)
    for (k, b) in graph.initial.enumerated() {
      for a in 0..<n0 { for c in 0..<n1 { reach[roots[k]][a][c] += b.probability } }
    }
    // Children are added to `nodes` before their parents, so a reverse scan visits
    // every parent before its children.
    for id in nodes.indices.reversed() {
      guard let e = nodes[id].played else { continue }
      let here = graph.rounds[nodes[id].round][nodes[id].ladderNode]
      for i in e.children.indices {
        for j in e.children[i].indices {
          for (s, branch) in here.moves[i][j].successors.enumerated() {
            let child = e.children[i][j][s]
            for a in 0..<n0 {
              for c in 0..<n1 where reach[id][a][c] != .zero {
                reach[child][a][c] += reach[id][a][c] * e.chance(i, j, types: a, c) * branch.probability
              }
            }
          }
        }
      }
    }
    return reach
  }

  /// Where paths end, by type profile: `[θ₀][θ₁][state]`, the chance of ending in
  /// each scenario state (a terminal state, or the state held at the horizon).
  public func endStatesByType() -> [[[Rational]]] {
    let reach = reachByType()
    let n0 = scenario.typeList(of: 0).count, n1 = scenario.typeList(of: 1).count
    var out = [[[Rational]]](repeating: [[Rational]](repeating: [Rational](repeating: .zero, count: scenario.states.count), count: n1), count: n0)
    for (id, node) in nodes.enumerated() where node.played == nil {
      let state = graph.rounds[node.round][node.ladderNode].node.state
      for a in 0..<n0 { for c in 0..<n1 { out[a][c][state] += reach[id][a][c] } }
    }
    return out
  }

  /// The bluffs a node's played equilibrium holds: `(player, type, move)` where the
  /// type mixes and plays a move another allowed type plays for sure.
  public func bluffs(at id: Int) -> [(player: Int, type: Int, move: Int)] {
    guard let e = nodes[id].played, e.shape == .semiSeparating else { return [] }
    var out = [(player: Int, type: Int, move: Int)]()
    for p in 0..<2 {
      let allowed = nodes[id].beliefs[p].indices.filter { nodes[id].beliefs[p][$0] != .zero }
      for theta in allowed where !e.strategies[p][theta].contains(.one) {
        for (m, x) in e.strategies[p][theta].enumerated() where x != .zero {
          if allowed.contains(where: { $0 != theta && e.strategies[p][$0][m] == .one }) { out.append((p, theta, m)) }
        }
      }
    }
    return out
  }

  /// By type profile `[θ₀][θ₁]`: the chance that a bluff is made on the path, and
  /// that one is called (the other side escalates in the round after it).
  public func bluffsByType() -> (made: [[Rational]], called: [[Rational]]) {
    let reach = reachByType()
    let n0 = scenario.typeList(of: 0).count, n1 = scenario.typeList(of: 1).count
    var made = [[Rational]](repeating: [Rational](repeating: .zero, count: n1), count: n0), called = made
    for id in nodes.indices {
      for bluff in bluffs(at: id) {
        let e = nodes[id].played!
        let here = graph.rounds[nodes[id].round][nodes[id].ladderNode]
        let q = 1 - bluff.player
        for a in 0..<n0 {
          for c in 0..<n1 where (bluff.player == 0 ? a : c) == bluff.type && reach[id][a][c] != .zero {
            let own = bluff.player == 0 ? a : c, other = bluff.player == 0 ? c : a
            let pm = reach[id][a][c] * e.playedStrategies[bluff.player][own][bluff.move]
            made[a][c] += pm
            // Called: the other side's escalating moves in each following node.
            let replies = q == 0 ? here.moves.count : here.moves[0].count
            for r in 0..<replies {
              let (i, j) = bluff.player == 0 ? (bluff.move, r) : (r, bluff.move)
              let pr = pm * e.chance(q, type: other, i, j)
              for (s, branch) in here.moves[i][j].successors.enumerated() {
                let child = nodes[e.children[i][j][s]]
                guard let ce = child.played else { continue }
                let state = scenario.states[graph.rounds[child.round][child.ladderNode].node.state]
                for (k, move) in state.moves[q].enumerated() where move.posture == .escalate {
                  called[a][c] += pr * branch.probability * ce.playedStrategies[q][other][k]
                }
              }
            }
          }
        }
      }
    }
    return (made, called)
  }

  /// After move `m` of player `p` at node `id`: the posterior about `p`'s types
  /// (on the trembled play, `playedStrategies`). In a sequential state this is the
  /// follower's summary; `posteriors(at:moves:)` reads its reply to the lead.
  public func posterior(at id: Int, player p: Int, move m: Int) -> [Rational] {
    let node = nodes[id]
    guard let e = node.played else { return node.beliefs[p] }
    return TypeBeliefs.posterior(node.beliefs[p], likelihood: e.playedStrategies[p].map { $0[m] })
  }

  /// After joint move `moves` at node `id`: the posteriors about both players' types
  /// (on the trembled play; a sequential follower's by its reply to the lead).
  public func posteriors(at id: Int, moves: [Int]) -> [[Rational]] {
    let node = nodes[id]
    guard let e = node.played else { return node.beliefs }
    return (0..<2).map { TypeBeliefs.posterior(node.beliefs[$0], likelihood: e.likelihood($0, moves[0], moves[1])) }
  }
}
