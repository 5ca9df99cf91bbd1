/// The beliefs a record of real moves implies, round by round (`brink replay` on a
/// scenario with types): the record is followed through the equilibrium's nodes,
/// and after each round the public beliefs are updated by Bayes' rule on the moves
/// the equilibrium expects of each type (kept off the path, `TypeBeliefs`).
extension TypedSolution {
  public struct ReplayRound: Sendable, Hashable {
    public var round: Int
    public var state: Int
    /// The moves observed (indices in the state's move lists).
    public var moves: [Int]
    /// The public beliefs at the start of the round and after its moves.
    public var before: [[Rational]]
    public var after: [[Rational]]
    /// Each player's move's chance under the equilibrium, averaged over its types by
    /// the belief (a sequential follower's: its chance given the lead it saw).
    public var chances: [Rational]
  }

  /// Follows `rounds` (the record; `state` when known) from the start; stops at the
  /// first round whose moves are unknown or not moves of the state, or whose next
  /// node the record does not decide (several successors and no state given).
  public func replay(_ rounds: [ObservedRound]) -> [ReplayRound] {
    var out = [ReplayRound]()
    guard graph.initial.count == 1 else { return out }
    var id = roots[0]
    for (t, observed) in rounds.enumerated() {
      let node = nodes[id]
      guard let e = node.played, node.round == t else { break }
      let here = graph.rounds[t][node.ladderNode]
      let state = scenario.states[here.node.state]
      var moves = [Int]()
      for p in 0..<2 {
        guard let name = observed.moves[p], let k = state.moves[p].firstIndex(where: { $0.name == name }) else { break }
        moves.append(k)
      }
      guard moves.count == 2 else { break }
      let after = posteriors(at: id, moves: moves)
      let chances = (0..<2).map { p in
        zip(node.beliefs[p], e.likelihood(p, moves[0], moves[1])).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
      }
      out.append(ReplayRound(round: t, state: here.node.state, moves: moves, before: node.beliefs, after: after,
                             chances: chances))
      let successors = here.moves[moves[0]][moves[1]].successors
      var s = successors.count == 1 ? 0 : nil
      if s == nil, t + 1 < rounds.count, let next = rounds[t + 1].state {
        s = successors.firstIndex { graph.rounds[t + 1][$0.next].node.state == next }
      }
      guard let s else { break }
      id = e.children[moves[0]][moves[1]][s]
    }
    return out
  }
}
