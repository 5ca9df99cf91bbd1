/// The beliefs a record of real moves implies under the logit agent QRE, round by
/// round (`replay` on a typed scenario whose players all use `logit`; the perfect
/// Bayesian counterpart is `TypedSolution.replay`, whose walk this follows). The
/// record is followed through the public histories; after each round the beliefs
/// are the next history's, Bayes' rule on the logit strategies (every move has a
/// positive chance under logit, so none is off the path). A recorded next state
/// that no successor of the joint move is in gives that round `transition` 0 and
/// ends the walk. Scored by `score(_:)` (`TypedLogitSolution+Score.swift`).
extension TypedLogitSolution {
  public struct ReplayRound: Sendable, Hashable {
    public var round: Int
    public var state: Int
    /// The history the round was played at.
    public var history: Int
    /// The moves observed (indices in the state's move lists).
    public var moves: [Int]
    /// The public beliefs at the start of the round and after its moves.
    public var before: [[Double]]
    public var after: [[Double]]
    /// Each player's move's chance under its logit strategy, per type
    /// (`likelihood[p][θ]`, a sequential follower's given the lead it saw) and
    /// averaged over its types by the belief (`chances[p]`).
    public var likelihood: [[Double]]
    public var chances: [Double]
    /// The chance of what the record says of the next round's state, given the
    /// moves: the probability of the successors in the recorded state, 1 when the
    /// record does not say (as `TypedSolution.ReplayRound.transition`).
    public var transition: Double = 1
    /// The history the round leads to: the first successor in the recorded state,
    /// the only one, or, after the record's last round, the likeliest (shown, not
    /// scored); `nil` when the record does not decide it (as
    /// `TypedSolution.ReplayRound.next`). The REPL's stepping `replay` moves there.
    public var next: Int? = nil

    /// The round's probability given the earlier ones: the two moves' chances (the
    /// beliefs are independent across players) times the transition's.
    public var probability: Double { chances[0] * chances[1] * transition }
  }

  /// Follows `rounds` (the record; `state` when known) from the start; stops at the
  /// first round whose moves are unknown or not moves of the state, or whose next
  /// history the record does not decide (several successors and no state given).
  public func replay(_ rounds: [ObservedRound]) -> [ReplayRound] {
    var out = [ReplayRound]()
    guard graph.initial.count == 1 else { return out }
    var id = roots[0]
    for (t, observed) in rounds.enumerated() {
      let h = histories[id]
      guard !h.children.isEmpty, h.round == t else { break }
      let here = graph.rounds[t][h.ladderNode]
      let state = scenario.states[here.node.state]
      var moves = [Int]()
      for p in 0..<2 {
        guard let name = observed.moves[p], let k = state.moves[p].firstIndex(where: { $0.name == name }) else { break }
        moves.append(k)
      }
      guard moves.count == 2 else { break }
      let successors = here.moves[moves[0]][moves[1]].successors
      var s = successors.count == 1 ? 0 : nil
      var transition = 1.0
      if t + 1 < rounds.count, let next = rounds[t + 1].state {
        let matching = successors.indices.filter { graph.rounds[t + 1][successors[$0].next].node.state == next }
        transition = matching.reduce(Rational.zero) { $0 + successors[$1].probability }.doubleValue
        s = matching.first
      } else if s == nil && t + 1 == rounds.count {
        s = successors.indices.max { successors[$0].probability < successors[$1].probability }
      }
      // Every successor of a joint move carries the same beliefs, so the round is
      // reported even when the record does not say which one followed.
      let child = h.children[moves[0]][moves[1]][s ?? 0]
      let likelihood = (0..<2).map { h.likelihood($0, moves[0], moves[1]) }
      let chances = (0..<2).map { p in zip(h.beliefs[p], likelihood[p]).reduce(0.0) { $0 + $1.0 * $1.1 } }
      out.append(ReplayRound(round: t, state: here.node.state, history: id, moves: moves, before: h.beliefs,
                             after: histories[child].beliefs, likelihood: likelihood, chances: chances,
                             transition: transition, next: s.map { h.children[moves[0]][moves[1]][$0] }))
      guard s != nil else { break }
      id = child
    }
    return out
  }
}
