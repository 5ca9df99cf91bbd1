/// Pareto-efficient pure outcomes: those no other pure outcome makes at least as
/// good for every player and better for one.
///
/// Reference: Osborne and Rubinstein, *A Course in Game Theory* (1994), §7.3 (the
/// definition); the check is the definition applied to every pair of outcomes.
///
/// - Complexity: O(profiles² × players).
public enum ParetoEfficiency {
  /// Whether outcome payoffs `x` Pareto-dominate `y`.
  public static func dominates(_ x: [Rational], _ y: [Rational]) -> Bool {
    var better = false
    for (u, v) in zip(x, y) {
      if u < v { return false }
      if u > v { better = true }
    }
    return better
  }

  /// The efficient pure profiles of an N-player game, in profile order.
  public static func efficientProfiles(of game: StrategicGame) -> [[Int]] {
    (0..<game.profileCount).filter { i in
      !game.payoffs.contains { dominates($0, game.payoffs[i]) }
    }.map { game.profile(at: $0) }
  }

  /// The efficient cells `(row, column)` of a bimatrix game, row by row.
  public static func efficientOutcomes(of game: Bimatrix) -> [(Int, Int)] {
    let cells = (0..<game.rows).flatMap { i in (0..<game.columns).map { (i, $0) } }
    return cells.filter { i, j in
      !cells.contains { k, l in dominates([game.a[k][l], game.b[k][l]], [game.a[i][j], game.b[i][j]]) }
    }
  }
}
