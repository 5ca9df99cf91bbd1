/// All pure-strategy Nash equilibria of an N-player game, by checking every pure
/// profile for a profitable unilateral deviation.
///
/// Reference: Nash (1951), "Non-cooperative games", *Annals of Mathematics* 54(2);
/// the check is the definition applied cell by cell.
///
/// - Complexity: O(profiles × Σ strategies).
public enum PureEquilibria {
  public static func all(of game: StrategicGame, shouldContinue: () -> Bool = { true }) -> [Equilibrium] {
    var result = [Equilibrium]()
    for index in 0..<game.profileCount {
      if index & 1023 == 0 && !shouldContinue() { break }
      let profile = game.profile(at: index)
      let stable = (0..<game.playerCount).allSatisfy { player in
        let current = game.payoffs[index][player]
        var p = profile
        for s in 0..<game.strategies[player].count where s != profile[player] {
          p[player] = s
          if game.payoff(player, at: p) > current { return false }
        }
        return true
      }
      if stable {
        let mixed = profile.enumerated().map { player, s in
          (0..<game.strategies[player].count).map { $0 == s ? Rational.one : .zero }
        }
        result.append(Equilibrium(profile: mixed, payoffs: game.payoffs[index]))
      }
    }
    return result
  }
}
