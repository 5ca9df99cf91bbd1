/// Beliefs by Bayes' rule where the profile reaches an information set, and by an
/// explicit rule where it does not.
///
/// On the path (the set is reached with positive probability), the belief in node
/// `x` of set `h` is `P(x) / P(h)`, the reach probabilities of `reachProbabilities`
/// (Bayes' rule; Fudenberg and Tirole 1991, §8.2, condition B(i)). Bayes' rule says
/// nothing where `P(h) = 0`, so the rule there is stated:
///
/// 1. a belief the caller gives for that set (`offPath`), when it gives one: this
///    is how an equilibrium's supporting off-path belief is checked;
/// 2. otherwise *chance odds*: each node weighted by the product of the chance
///    probabilities on its path, as if every player's unexpected action had been
///    equally likely. In a signalling game this is the prior over the sender's
///    types (the "passive" conjecture that an unexpected message says nothing);
/// 3. if chance gives every node of the set weight zero, the uniform belief.
///
/// Exact: every belief is a `Rational`.
extension ExtensiveGame {
  /// The beliefs `profile` implies, `offPath[h]` used at unreached sets `h`.
  ///
  /// - Precondition: each `offPath` belief has one entry per node of its set, in
  ///   the order of `infosetNodes()`.
  public func beliefs(_ profile: BehaviourProfile, offPath: [InfosetID: [Rational]] = [:]) -> Beliefs {
    let sets = infosetNodes()
    let reach = reachProbabilities(profile)
    let chance = chanceWeights()
    return sets.indices.map { player in
      sets[player].indices.map { set in
        let members = sets[player][set]
        let total = members.reduce(Rational.zero) { $0 + reach[$1] }
        if total != .zero { return members.map { reach[$0] / total } }
        if let given = offPath[InfosetID(player: player, index: set)] {
          precondition(given.count == members.count, "an off-path belief needs one probability per node")
          return given
        }
        let weight = members.reduce(Rational.zero) { $0 + chance[$1] }
        if weight != .zero { return members.map { chance[$0] / weight } }
        return members.map { _ in Rational(1, members.count) }
      }
    }
  }

  /// Whether `profile` reaches each information set: `[player][infoset]`.
  public func reachedSets(_ profile: BehaviourProfile) -> [[Bool]] {
    let reach = reachProbabilities(profile)
    return infosetNodes().map { $0.map { members in members.contains { reach[$0] != .zero } } }
  }
}
