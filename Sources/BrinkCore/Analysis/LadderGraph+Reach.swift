extension LadderGraph {
  /// Whether play from node `n` of round `t` can be in `state` again at a later
  /// round where moves are made (before the horizon), along any joint move and any
  /// chance branch of positive probability.
  ///
  /// `sweep probability` asks this of the current state: when it cannot be reached
  /// again, the continuation values do not depend on that state's transition
  /// probabilities, so the folded stage game is affine in them (`AffineGame`).
  /// - Complexity: O(nodes reachable × their branches), by breadth-first search
  ///   round by round.
  public func reachesAgain(round t: Int, node n: Int, state: Int) -> Bool {
    var frontier: Set<Int> = [n]
    for u in t..<horizon where !frontier.isEmpty {
      var next = Set<Int>()
      for m in frontier {
        for row in rounds[u][m].moves { for move in row { for b in move.successors where b.probability.signum > 0 { next.insert(b.next) } } }
      }
      if u + 1 < horizon, next.contains(where: { !rounds[u + 1][$0].isTerminal && rounds[u + 1][$0].node.state == state }) {
        return true
      }
      frontier = next
    }
    return false
  }
}
