extension Transition {
  /// The transition with the branch to `target` given probability `p`, the other
  /// branches scaled to share `1 − p` in their old proportions, or, when there were
  /// no other branches, the rest going to `stay` (usually the state the move is made
  /// in). Zero-probability branches are dropped and branches to the same state
  /// merged, so the result is a distribution whenever `self` is one and `0 ≤ p ≤ 1`.
  ///
  /// For every `p` strictly between 0 and 1 the result has the same branches, and
  /// each branch's probability is affine in `p` (`p`, or `c·(1 − p)` with `c` fixed):
  /// the fact `sweep probability` relies on to find exact break points.
  public func settingProbability(of target: Int, to p: Rational, otherwiseTo stay: Int) -> Transition {
    let others = outcomes.filter { $0.state != target }
    let rest = others.reduce(Rational.zero) { $0 + $1.probability }
    var branches = [Branch(state: target, probability: p)]
    if rest.isZero {
      branches.append(Branch(state: stay, probability: .one - p))
    } else {
      branches += others.map { Branch(state: $0.state, probability: $0.probability / rest * (.one - p)) }
    }
    // Branches to the same state (target == stay) are merged, first one's place kept.
    var merged = [Branch]()
    for b in branches where !b.probability.isZero {
      if let k = merged.firstIndex(where: { $0.state == b.state }) { merged[k].probability += b.probability } else { merged.append(b) }
    }
    return Transition(merged)
  }
}
