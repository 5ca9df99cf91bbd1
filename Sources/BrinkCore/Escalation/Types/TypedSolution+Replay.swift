/// The beliefs a record of real moves implies, round by round (`brink replay` on a
/// scenario with types): the record is followed through the equilibrium's nodes,
/// and after each round the public beliefs are updated by Bayes' rule on the moves
/// the equilibrium expects of each type (kept off the path, `TypeBeliefs`).
extension TypedSolution {
  public struct ReplayRound: Sendable, Hashable {
    public var round: Int
    public var state: Int
    /// The node of the solution the round is played at (an index into `nodes`).
    public var node: Int
    /// The moves observed (indices in the state's move lists).
    public var moves: [Int]
    /// The public beliefs at the start of the round and after its moves.
    public var before: [[Rational]]
    public var after: [[Rational]]
    /// `likelihoods[p][θ]`: the chance type θ of player p plays p's observed move
    /// (a sequential follower's: given the lead it saw), Bayes' rule's input.
    public var likelihoods: [[Rational]]
    /// Each player's move's chance under the equilibrium, averaged over its types by
    /// the belief (a sequential follower's: its chance given the lead it saw):
    /// `chances[p] = Σ_θ before[p][θ] · likelihoods[p][θ]`.
    public var chances: [Rational]
    /// The chance of what the record says of the next round's state, given the
    /// moves: the probability of the successors in the recorded state, 1 when the
    /// record does not say (nothing observed, nothing to explain).
    public var transition: Rational
    /// The node the round leads to: the first successor in the recorded state, the
    /// only one, or, after the record's last round, the likeliest (shown, not
    /// scored); `nil` when the record does not decide it.
    public var next: Int?

    /// The round's probability given the earlier ones: the two moves' chances (the
    /// public beliefs are independent across players, and so are the type-agents'
    /// mixtures given the types) times the transition's.
    public var probability: Rational { chances[0] * chances[1] * transition }
  }

  /// Follows `rounds` (the record; `state` when known) from the start; stops at the
  /// first round whose moves are unknown or not moves of the state, or whose next
  /// node the record does not decide (several successors and no state given), or
  /// rules out (no successor in the recorded state: that round's `transition` is 0).
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
      let likelihoods = (0..<2).map { e.likelihood($0, moves[0], moves[1]) }
      let chances = (0..<2).map { p in
        zip(node.beliefs[p], likelihoods[p]).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
      }
      let successors = here.moves[moves[0]][moves[1]].successors
      var s: Int?
      var transition = Rational.one
      if t + 1 < rounds.count, let next = rounds[t + 1].state {
        let matching = successors.indices.filter { graph.rounds[t + 1][successors[$0].next].node.state == next }
        transition = matching.reduce(Rational.zero) { $0 + successors[$1].probability }
        s = matching.first
      } else if successors.count == 1 {
        s = 0
      } else if t + 1 == rounds.count {
        s = successors.indices.max { successors[$0].probability < successors[$1].probability }
      }
      let child = s.map { e.children[moves[0]][moves[1]][$0] }
      out.append(ReplayRound(round: t, state: here.node.state, node: id, moves: moves, before: node.beliefs, after: after,
                             likelihoods: likelihoods, chances: chances, transition: transition, next: child))
      guard let child else { break }
      id = child
    }
    return out
  }
}
