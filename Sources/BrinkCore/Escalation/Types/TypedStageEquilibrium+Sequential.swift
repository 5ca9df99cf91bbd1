/// A typed stage read move by move, the same way for simultaneous and sequential
/// states: in a sequential state the follower's mixture depends on the lead it saw
/// (Fudenberg and Tirole 1991, §8.2: a strategy of the second mover is a map from
/// what it observed to mixtures), so every reader of paths, beliefs, simulation and
/// the game tree asks these instead of `playedStrategies` directly.
///
/// For a sequential state `strategies[f][θ]` and `playedStrategies[f][θ]` of the
/// follower `f` hold its chances of each move *before* it sees the lead: its
/// replies averaged over the leader's play, the leader's types weighted by the
/// node's beliefs (`TypedSolver.evaluate` fills them). They are a summary for
/// reports; Bayes' rule after a joint move reads the reply to the lead.
extension TypedStageEquilibrium {
  /// The follower of a sequential state (nil: simultaneous).
  public var follower: Int? { leader.map { 1 - $0 } }

  /// Type θ of player p's played (trembled) mixture in the joint move whose
  /// leading move is `lead` (ignored unless p follows in a sequential state).
  public func played(_ p: Int, type theta: Int, lead: Int) -> [Rational] {
    if p == follower, let playedReplies { return playedReplies[theta][lead] }
    return playedStrategies[p][theta]
  }

  /// The same, intended (before trembling).
  public func intended(_ p: Int, type theta: Int, lead: Int) -> [Rational] {
    if p == follower, let replies { return replies[theta][lead] }
    return strategies[p][theta]
  }

  /// The leading move of joint move (i, j): the leader's move, or i when simultaneous.
  public func lead(_ i: Int, _ j: Int) -> Int { leader == 1 ? j : i }

  /// The chance that type θ of player p plays its part of joint move (i, j), as played.
  public func chance(_ p: Int, type theta: Int, _ i: Int, _ j: Int) -> Rational {
    played(p, type: theta, lead: lead(i, j))[p == 0 ? i : j]
  }

  /// The chance of joint move (i, j) for the type profile (a, c), as played.
  public func chance(_ i: Int, _ j: Int, types a: Int, _ c: Int) -> Rational {
    chance(0, type: a, i, j) * chance(1, type: c, i, j)
  }

  /// The likelihood of p's part of joint move (i, j) under each of p's types (Bayes' rule's input).
  public func likelihood(_ p: Int, _ i: Int, _ j: Int) -> [Rational] {
    (0..<playedStrategies[p].count).map { chance(p, type: $0, i, j) }
  }
}
