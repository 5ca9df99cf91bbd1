/// Monte Carlo paths of a typed solution (`brink simulate` on a scenario with
/// types), with the exact answers beside them.
///
/// Each path: nature draws the type profile from the priors; then, round by round,
/// each side's move is drawn from its type's strategy at the node, trembled (in a
/// sequential state the lead first, then the follower's reply to it), the next node
/// from the transition, until a terminal state or the horizon. Counted by type
/// profile: paths, where they end (`TypedSolution.endStatesByType` is the exact
/// answer), bluffs made and bluffs called (`bluffsByType`; the words are defined
/// there).
///
/// Determinism: path `k` draws from its own stream, `PathRandom(seed, k)`, so the
/// counts depend on the seed and the number of paths only (no threads: a typed
/// scenario is small, and its paths are walked one after another).
public struct TypedSimulation: Sendable {
  /// `[θ₀][θ₁]`: paths drawn with this type profile.
  public var paths: [[Int]]
  /// `[θ₀][θ₁][state]`: paths that ended in the state.
  public var ends: [[[Int]]]
  /// `[θ₀][θ₁]`: paths with a bluff made, and with one called.
  public var bluffsMade: [[Int]]
  public var bluffsCalled: [[Int]]
  /// Paths walked (fewer than asked when stopped).
  public var completed: Int

  /// Walks `count` paths of `solution` from `seed`; `shouldContinue` is polled every 1,024 paths.
  public static func run(_ solution: TypedSolution, paths count: Int, seed: UInt64,
                         shouldContinue: () -> Bool = { true }) -> TypedSimulation {
    let s = solution.scenario
    let types = (0..<2).map { s.typeList(of: $0) }
    let zero = types[0].map { _ in types[1].map { _ in 0 } }
    var out = TypedSimulation(paths: zero, ends: zero.map { $0.map { _ in [Int](repeating: 0, count: s.states.count) } },
                              bluffsMade: zero, bluffsCalled: zero, completed: 0)
    let bluffs = solution.nodes.indices.map { solution.bluffs(at: $0) }
    // The draws read each distribution as doubles (53-bit uniforms), converted once.
    let priors = types.map { $0.map(\.prior.doubleValue) }
    let initial = solution.graph.initial.map(\.probability.doubleValue)
    let mixtures = solution.nodes.map { n in n.played.map { $0.playedStrategies.map { $0.map { $0.map(\.doubleValue) } } } }
    // A sequential follower's replies `[θ][lead]`, as doubles.
    let replies = solution.nodes.map { n in n.played?.playedReplies.map { $0.map { $0.map { $0.map(\.doubleValue) } } } }
    let branches = solution.nodes.map { n -> [[[Double]]] in
      guard n.played != nil else { return [] }
      return solution.graph.rounds[n.round][n.ladderNode].moves.map { $0.map { $0.successors.map(\.probability.doubleValue) } }
    }
    for k in 0..<count {
      if k % 1024 == 0, !shouldContinue() { break }
      var random = PathRandom(seed: seed, path: UInt64(k))
      func draw(_ probabilities: [Double]) -> Int { random.pick(probabilities) }
      let a = draw(priors[0]), c = draw(priors[1])
      var id = solution.roots[draw(initial)]
      var made = false, called = false, pendingBluff: Int? = nil
      while let e = solution.nodes[id].played {
        let node = solution.nodes[id]
        let here = solution.graph.rounds[node.round][node.ladderNode]
        let mix = mixtures[id]!
        let i: Int, j: Int
        if let e = solution.nodes[id].played, let leader = e.leader, let reply = replies[id] {
          // Sequential: the lead first, then the follower's reply to it.
          if leader == 0 { i = draw(mix[0][a]); j = draw(reply[c][i]) } else { j = draw(mix[1][c]); i = draw(reply[a][j]) }
        } else {
          i = draw(mix[0][a]); j = draw(mix[1][c])
        }
        if let q = pendingBluff {
          let moves = s.states[here.node.state].moves[q]
          if moves[q == 0 ? i : j].posture == .escalate { called = true }
        }
        pendingBluff = nil
        for b in bluffs[id] where (b.player == 0 ? (a, i) : (c, j)) == (b.type, b.move) {
          made = true
          pendingBluff = 1 - b.player
        }
        id = e.children[i][j][draw(branches[id][i][j])]
      }
      let end = solution.graph.rounds[solution.nodes[id].round][solution.nodes[id].ladderNode].node.state
      out.paths[a][c] += 1
      out.ends[a][c][end] += 1
      if made { out.bluffsMade[a][c] += 1 }
      if called { out.bluffsCalled[a][c] += 1 }
      out.completed += 1
    }
    return out
  }
}
