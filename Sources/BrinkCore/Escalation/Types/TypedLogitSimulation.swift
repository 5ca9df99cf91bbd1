/// Monte Carlo paths of a logit agent QRE (`brink simulate` on a typed scenario
/// whose players all use `logit`), counted by type profile: where they end
/// (`TypedLogitSolution.endStatesByType` is the answer to compare with).
///
/// Each path: nature draws the type profile from the priors; then, history by
/// history, each side's move is drawn from its type's logit strategy there (in a
/// sequential state the lead first, then the follower's reply to it), the next
/// history from the transition, until a leaf. Path `k` draws from its own stream,
/// `PathRandom(seed, k)`, as `TypedSimulation` does, so the counts depend on the
/// seed and the number of paths only.
public struct TypedLogitSimulation: Sendable {
  /// `[θ₀][θ₁]`: paths drawn with this type profile.
  public var paths: [[Int]]
  /// `[θ₀][θ₁][state]`: paths that ended in the state.
  public var ends: [[[Int]]]
  /// Paths walked (fewer than asked when stopped).
  public var completed: Int

  /// Walks `count` paths of `solution` from `seed`; `shouldContinue` is polled every 1,024 paths.
  public static func run(_ solution: TypedLogitSolution, paths count: Int, seed: UInt64,
                         shouldContinue: () -> Bool = { true }) -> TypedLogitSimulation {
    let s = solution.scenario
    let types = (0..<2).map { s.typeList(of: $0) }
    let zero = types[0].map { _ in types[1].map { _ in 0 } }
    var out = TypedLogitSimulation(paths: zero, ends: zero.map { $0.map { _ in [Int](repeating: 0, count: s.states.count) } },
                                   completed: 0)
    let priors = types.map { $0.map(\.prior.doubleValue) }
    let initial = solution.graph.initial.map(\.probability.doubleValue)
    let branches = solution.histories.map { h -> [[[Double]]] in
      guard !h.children.isEmpty else { return [] }
      return solution.graph.rounds[h.round][h.ladderNode].moves.map { $0.map { $0.successors.map(\.probability.doubleValue) } }
    }
    for k in 0..<count {
      if k % 1024 == 0, !shouldContinue() { break }
      var random = PathRandom(seed: seed, path: UInt64(k))
      func draw(_ probabilities: [Double]) -> Int { random.pick(probabilities) }
      let a = draw(priors[0]), c = draw(priors[1])
      var id = solution.roots[draw(initial)]
      while !solution.histories[id].children.isEmpty {
        let h = solution.histories[id]
        let i: Int, j: Int
        switch (h.leader, h.replies) {
        case (0, let r?): i = draw(h.strategies[0][a]); j = draw(r[c][i])
        case (1, let r?): j = draw(h.strategies[1][c]); i = draw(r[a][j])
        default: i = draw(h.strategies[0][a]); j = draw(h.strategies[1][c])
        }
        id = h.children[i][j][draw(branches[id][i][j])]
      }
      let end = solution.graph.rounds[solution.histories[id].round][solution.histories[id].ladderNode].node.state
      out.paths[a][c] += 1
      out.ends[a][c][end] += 1
      out.completed += 1
    }
    return out
  }
}
