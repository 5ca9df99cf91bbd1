/// A mixed strategy profile: `profile[player][strategy]` is a probability.
public typealias MixedProfile = [[Rational]]

/// A Nash equilibrium: a mixed profile and each player's expected payoff under it.
public struct Equilibrium: Sendable, Hashable {
  public var profile: MixedProfile
  public var payoffs: [Rational]

  public init(profile: MixedProfile, payoffs: [Rational]) {
    self.profile = profile
    self.payoffs = payoffs
  }

  /// True when every player puts probability 1 on a single strategy.
  public var isPure: Bool {
    profile.allSatisfy { $0.filter { !$0.isZero }.count == 1 }
  }

  /// The strategies each player uses with positive probability.
  public var supports: [[Int]] {
    profile.map { x in x.indices.filter { !x[$0].isZero } }
  }
}

extension Equilibrium {
  /// A stable order for output: lexicographic on the flattened profiles with the larger
  /// probability first, so an equilibrium on a player's first strategy comes early.
  public static func lexicographicallyPrecedes(_ lhs: Equilibrium, _ rhs: Equilibrium) -> Bool {
    let l = lhs.profile.joined(), r = rhs.profile.joined()
    for (x, y) in zip(l, r) where x != y { return x > y }
    return false
  }
}
