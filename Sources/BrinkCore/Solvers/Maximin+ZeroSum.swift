/// The solution of a two-player constant-sum game.
public struct ZeroSumSolution: Sendable, Hashable {
  /// The value to the row player: what each side can guarantee, and what an
  /// equilibrium pays the row player.
  public var value: Rational
  /// The payoff sum `a + b` at every cell (0 for a zero-sum game).
  public var constant: Rational
  /// Optimal (maximin) strategies; together they form a Nash equilibrium.
  public var rowStrategy: [Rational]
  public var columnStrategy: [Rational]
}

extension Maximin {
  /// `a + b` when it is the same at every cell, else `nil`.
  public static func constantSum(_ game: Bimatrix) -> Rational? {
    let c = game.a[0][0] + game.b[0][0]
    for i in 0..<game.rows {
      for j in 0..<game.columns where game.a[i][j] + game.b[i][j] != c { return nil }
    }
    return c
  }

  /// The value and optimal strategies of a constant-sum (e.g. zero-sum) game, or `nil`
  /// when the game is not constant-sum.
  ///
  /// By the minimax theorem (von Neumann 1928) the row player's maximin value `v` and
  /// the column player's own maximin value `w` satisfy `v + w = constant`: what one side
  /// can guarantee is exactly what the other can hold it to. Each side's security
  /// strategy is then an optimal strategy, and the pair is an equilibrium
  /// (Osborne and Rubinstein 1994, Proposition 22.2).
  public static func zeroSum(_ game: Bimatrix) -> ZeroSumSolution? {
    guard let c = constantSum(game) else { return nil }
    let row = security(game, player: 0)
    let column = security(game, player: 1)
    assert(row.value + column.value == c, "minimax theorem violated")
    return ZeroSumSolution(value: row.value, constant: c,
                           rowStrategy: row.strategy, columnStrategy: column.strategy)
  }
}
