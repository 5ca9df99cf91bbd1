/// A logit history read move by move, the same way for simultaneous and sequential
/// states (the logit counterpart of `TypedStageEquilibrium+Sequential.swift`): in a
/// sequential state the follower's mixture depends on the lead it saw, so reach,
/// simulation, play and replay ask these rather than `strategies` directly.
extension TypedLogitSolution.History {
  /// The follower of a sequential state (nil: simultaneous).
  public var follower: Int? { leader.map { 1 - $0 } }

  /// The leading move of joint move (i, j): the leader's move (i when simultaneous).
  public func lead(_ i: Int, _ j: Int) -> Int { leader == 1 ? j : i }

  /// Type θ of player p's mixture in the joint move whose leading move is `lead`
  /// (the lead is ignored unless p follows in a sequential state).
  public func mixture(_ p: Int, type theta: Int, lead: Int) -> [Double] {
    if p == follower, let replies { return replies[theta][lead] }
    return strategies[p][theta]
  }

  /// The chance that type θ of player p plays its part of joint move (i, j).
  public func chance(_ p: Int, type theta: Int, _ i: Int, _ j: Int) -> Double {
    mixture(p, type: theta, lead: lead(i, j))[p == 0 ? i : j]
  }

  /// The chance of joint move (i, j) for the type profile (a, c).
  public func chance(_ i: Int, _ j: Int, types a: Int, _ c: Int) -> Double {
    chance(0, type: a, i, j) * chance(1, type: c, i, j)
  }

  /// The likelihood of p's part of joint move (i, j) under each of p's types (Bayes' rule's input).
  public func likelihood(_ p: Int, _ i: Int, _ j: Int) -> [Double] {
    (0..<strategies[p].count).map { chance(p, type: $0, i, j) }
  }

  /// A sequential follower's belief about the leader's types after seeing `lead`,
  /// by Bayes' rule on the leader's strategies (nil: simultaneous).
  public func posteriorAfterLead(_ lead: Int) -> [Double]? {
    guard let leader else { return nil }
    let joint = zip(beliefs[leader], strategies[leader]).map { $0 * $1[lead] }
    let total = joint.reduce(0, +)
    return joint.map { $0 / total }
  }
}
