/// The exact best-response check that every reported equilibrium must pass: no
/// player has a pure strategy that pays strictly more than its equilibrium payoff
/// against the others' mixed strategies. (A mixed deviation cannot do better than
/// the best pure one, since payoffs are linear in one's own mixture.)
///
/// Reference: Nash (1951); the linearity argument is in von Stengel, "Computing
/// equilibria for two-person games", *Handbook of Game Theory* 3 (2002), §2.
public enum EquilibriumOracle {
  /// Whether `profile` is a Nash equilibrium, exactly. Also checks that each
  /// player's mixture is a probability distribution.
  public static func isEquilibrium(_ profile: MixedProfile, of game: StrategicGame) -> Bool {
    guard profile.count == game.playerCount else { return false }
    for (player, x) in profile.enumerated() {
      guard x.count == game.strategies[player].count,
        x.allSatisfy({ $0.signum >= 0 }),
        x.reduce(Rational.zero, +) == .one
      else { return false }
    }
    for player in 0..<game.playerCount {
      let values = pureStrategyPayoffs(game, player: player, against: profile)
      let own = zip(values, profile[player]).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
      if values.contains(where: { $0 > own }) { return false }
    }
    return true
  }

  /// Expected payoff to each player under a mixed profile.
  public static func expectedPayoffs(_ profile: MixedProfile, of game: StrategicGame) -> [Rational] {
    var totals = [Rational](repeating: .zero, count: game.playerCount)
    for index in 0..<game.profileCount {
      let pure = game.profile(at: index)
      var weight = Rational.one
      for (player, s) in pure.enumerated() {
        weight *= profile[player][s]
        if weight.isZero { break }
      }
      if weight.isZero { continue }
      for player in 0..<game.playerCount { totals[player] += weight * game.payoffs[index][player] }
    }
    return totals
  }

  /// The payoff to each pure strategy of `player` against the others' mixtures.
  public static func pureStrategyPayoffs(_ game: StrategicGame, player: Int, against profile: MixedProfile) -> [Rational] {
    var values = [Rational](repeating: .zero, count: game.strategies[player].count)
    for index in 0..<game.profileCount {
      let pure = game.profile(at: index)
      var weight = Rational.one
      for (other, s) in pure.enumerated() where other != player {
        weight *= profile[other][s]
        if weight.isZero { break }
      }
      if weight.isZero { continue }
      values[pure[player]] += weight * game.payoffs[index][player]
    }
    return values
  }
}
