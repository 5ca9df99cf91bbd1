/// Pure best responses: for each player and each profile of the others' pure
/// strategies, the strategies that maximise the player's payoff (all ties kept).
///
/// Reference: Osborne and Rubinstein, *A Course in Game Theory* (1994), §2.2.
///
/// - Complexity: O(profiles × players).
public enum BestResponses {
  /// The rows of a bimatrix game that are best against column `column` (all ties).
  public static func rows(of game: Bimatrix, against column: Int) -> [Int] {
    let values = (0..<game.rows).map { game.a[$0][column] }
    return argmaxAll(values)
  }

  /// The columns that are best against row `row`.
  public static func columns(of game: Bimatrix, against row: Int) -> [Int] {
    argmaxAll(game.b[row])
  }

  /// The strategies of `player` that are best when the others play `profile`
  /// (the entry `profile[player]` is ignored).
  public static func pure(of game: StrategicGame, player: Int, against profile: [Int]) -> [Int] {
    var p = profile
    let values = (0..<game.strategies[player].count).map { s -> Rational in
      p[player] = s
      return game.payoff(player, at: p)
    }
    return argmaxAll(values)
  }

  /// The pure strategies of `player` that are best against the mixed profile
  /// (the entry `profile[player]` is ignored), with the best value.
  public static func mixed(of game: StrategicGame, player: Int, against profile: MixedProfile)
    -> (strategies: [Int], value: Rational)
  {
    let values = EquilibriumOracle.pureStrategyPayoffs(game, player: player, against: profile)
    let best = values.max()!
    return (values.indices.filter { values[$0] == best }, best)
  }

  static func argmaxAll(_ values: [Rational]) -> [Int] {
    guard let best = values.max() else { return [] }
    return values.indices.filter { values[$0] == best }
  }
}
