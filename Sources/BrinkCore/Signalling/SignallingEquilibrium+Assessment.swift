/// An equilibrium of a signalling game as an assessment of the extensive game it
/// was read from (a behaviour profile and beliefs at every information set), so
/// `ExtensiveGame.isPerfectBayesian` can check it on the tree, independently of the
/// enumeration that found it.
extension SignallingGame {
  /// One off-path choice: after each unsent message, which supporting reply (an
  /// index into `offPath[m]`), the probability of its first reply, and the belief.
  public struct OffPathChoice: Sendable, Hashable {
    public var support: Int
    public var firstProbability: Rational
    public var belief: Rational

    public init(support: Int, firstProbability: Rational, belief: Rational) {
      self.support = support
      self.firstProbability = firstProbability
      self.belief = belief
    }
  }

  /// The assessment of `equilibrium` in `game`, with `choices[m]` after the unsent
  /// messages it names (the equilibrium's representative elsewhere).
  public func assessment(_ equilibrium: SignallingEquilibrium, in game: ExtensiveGame,
                         choices: [Int: OffPathChoice] = [:])
    -> (profile: ExtensiveGame.BehaviourProfile, beliefs: ExtensiveGame.Beliefs)
  {
    var profile = game.uniformProfile()
    for t in types.indices { profile[sender][senderSets[t]] = equilibrium.strategy[t] }
    var offPath = [ExtensiveGame.InfosetID: [Rational]]()
    for m in messages.indices {
      var reply = equilibrium.replies[m], belief = equilibrium.beliefs[m]
      if let choice = choices[m], !equilibrium.onPath[m] {
        reply = equilibrium.offPath[m][choice.support].mixture(count: replies[m].count, first: choice.firstProbability)
        belief = choice.belief
      }
      profile[receiver][receiverSets[m]] = reply
      if !equilibrium.onPath[m] {
        offPath[ExtensiveGame.InfosetID(player: receiver, index: receiverSets[m])] =
          receiverSetTypes[m].map { $0 == 0 ? belief : .one - belief }
      }
    }
    return (profile, game.beliefs(profile, offPath: offPath))
  }

  /// Every assessment that the equilibrium's off-path support describes at its
  /// corners: for each unsent message in turn, each supporting reply at each end of
  /// its probability and belief ranges (the other messages at the representative).
  public func supportingAssessments(_ equilibrium: SignallingEquilibrium, in game: ExtensiveGame)
    -> [(profile: ExtensiveGame.BehaviourProfile, beliefs: ExtensiveGame.Beliefs)]
  {
    var all = [assessment(equilibrium, in: game)]
    for m in messages.indices where !equilibrium.onPath[m] {
      for (k, support) in equilibrium.offPath[m].enumerated() {
        for r in [support.firstProbability.lowerBound, support.firstProbability.upperBound] {
          for μ in [support.beliefs.lowerBound, support.beliefs.upperBound] {
            all.append(assessment(equilibrium, in: game, choices: [m: OffPathChoice(support: k, firstProbability: r, belief: μ)]))
          }
        }
      }
    }
    return all
  }
}
