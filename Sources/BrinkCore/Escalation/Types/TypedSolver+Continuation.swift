/// The continuation of one joint move at a Bayesian stage, memoised: the children
/// after (i, j) at the posteriors the move implies, and `W(θ₀, θ₁, i, j)`, both
/// players' stage payoffs plus the discounted values of those children, per type
/// profile (`TypedSolver.evaluate`'s table `w[i·m₁ + j]`), flat: `[(θ₀·t₁ + θ₁)·2 + p]`, one
/// allocation per joint move instead of one per type profile and a level per index.
///
/// Why. The stage search evaluates many type-strategy profiles at one
/// (node, beliefs) (every pure profile, the semi-separating and mixed candidates,
/// each again for the selection), and each evaluation needs the continuation of
/// every joint move. Most profiles share a joint move's likelihoods (a pure profile
/// moves a belief to one of a few posteriors), so the same children and the same
/// exact sums were recomputed thousands of times: most of a typed solve's time
/// (issue 11: the typed default's `brink solve` within 5× of `brink check`).
///
/// What the table depends on, and why it can be reused exactly: the stage payoffs of
/// (i, j) (fixed by the round and node) and the values of the children. The children
/// are found as before (Bayes' rule, then `TypedSolver.solve`'s memo), and the key is
/// their ids: a memoised node never changes once solved. An *overriding* child (a
/// reply a semi-separating or mixed answer fixes, which its search may rewrite) is
/// never cached: that joint move's table is computed afresh. The answers are
/// therefore the same, value for value, as without the cache.
extension TypedSolver {
  struct ContinuationKey: Hashable {
    var round: Int
    var node: Int
    var i: Int
    var j: Int
    /// The memoised child after each successor of (i, j).
    var children: [Int]
  }

  /// The children after joint move (i, j) at round `t`, ladder node `n`, at the
  /// posteriors its `likelihoods` (`[p][θ]`, as played) imply from `beliefs`, and
  /// its table `[(θ₀·t₁ + θ₁)·2 + p]` of both players' payoffs, continuation included; the table
  /// from the cache unless `override` replaces one of the children.
  mutating func continuation(round t: Int, node n: Int, _ i: Int, _ j: Int, beliefs: [[Rational]],
                             likelihoods: [[Rational]], override: [[Int]: Int]) throws
    -> (children: [Int], table: [Rational])
  {
    try continuation(round: t, node: n, beliefs: beliefs, move: MoveKey(i, j, likelihoods: likelihoods),
                     override: override)
  }

  /// The same, the joint move and its likelihoods given as a `MoveKey`.
  mutating func continuation(round t: Int, node n: Int, beliefs: [[Rational]], move given: MoveKey,
                             override: [[Int]: Int]) throws -> (children: [Int], table: [Rational]) {
    // A certain belief is its own posterior whatever the likelihoods, so they are
    // dropped from the key (TypedSolver+StageFrame.swift, `MoveKey.ignoring`).
    let moveKey = given.ignoring(certain: (TypeBeliefs.isCertain(beliefs[0]), TypeBeliefs.isCertain(beliefs[1])))
    // This stage's own joint moves, by likelihoods (TypedSolver+StageFrame.swift).
    let local = override.isEmpty && !frames.isEmpty && frames[frames.count - 1].holds(round: t, node: n, beliefs: beliefs)
    if local, let hit = frames[frames.count - 1].continuations[moveKey] { return hit }
    let i = moveKey.i, j = moveKey.j
    let likelihoods = moveKey.likelihoods(typeCounts)
    let successors = graph.rounds[t][n].moves[i][j].successors
    let posterior = (0..<2).map { TypeBeliefs.posterior(beliefs[$0], likelihood: likelihoods[$0]) }
    var ids = [Int]()
    ids.reserveCapacity(successors.count)
    var overridden = false
    for (s, branch) in successors.enumerated() {
      if !override.isEmpty, let id = override[[i, j, s]] {
        precondition(nodes[id].beliefs == posterior, "an overriding child must be at the posterior")
        ids.append(id)
        overridden = true
      } else {
        ids.append(try solve(round: t + 1, node: branch.next, beliefs: posterior))
      }
    }
    let key = ContinuationKey(round: t, node: n, i: i, j: j, children: ids)
    if !overridden, let hit = continuations[key] {
      if local { frames[frames.count - 1].continuations[moveKey] = (ids, hit) }
      return (ids, hit)
    }
    let here = graph.rounds[t][n]
    let weights = successors.map { delta * $0.probability }
    var table = [Rational]()
    table.reserveCapacity(typeCounts[0] * typeCounts[1] * 2)
    for a in 0..<typeCounts[0] {
      for c in 0..<typeCounts[1] {
        var total = payoffs.payoffs(here, i, j, types: a, c)
        for s in successors.indices {
          let v = nodes[ids[s]].values[a][c]
          for p in 0..<2 { total[p] = .sumSkippingZero(total[p], .productSkippingOne(weights[s], v[p])) }
        }
        table.append(total[0])
        table.append(total[1])
      }
    }
    if !overridden { continuations[key] = table }
    if local { frames[frames.count - 1].continuations[moveKey] = (ids, table) }
    return (ids, table)
  }
}
