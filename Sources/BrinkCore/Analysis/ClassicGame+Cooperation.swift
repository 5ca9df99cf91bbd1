extension ClassicGame {
  /// The cooperative move of each player in a prisoner's dilemma, stag hunt or
  /// chicken, whichever way its moves are listed: the move C of `classify`
  /// (R = u(C,C)). Nil for any other game, including deadlock and harmony, where
  /// cooperating is no dilemma (Rapoport and Guyer 1966; Axelrod 1984, ch. 1:
  /// the cooperation rate of an iterated dilemma).
  public static func cooperativeMoves(_ game: Bimatrix) -> (game: ClassicGame, row: Int, column: Int)? {
    guard game.rows == 2, game.columns == 2 else { return nil }
    let swapRows = { (m: [[Rational]]) in [m[1], m[0]] }
    let swapColumns = { (m: [[Rational]]) in m.map { [$0[1], $0[0]] } }
    for (rows, columns) in [(false, false), (true, true), (true, false), (false, true)] {
      var a = game.a, b = game.b
      if rows { a = swapRows(a); b = swapRows(b) }
      if columns { a = swapColumns(a); b = swapColumns(b) }
      if let found = classify(Bimatrix(a: a, b: b)), [.prisonersDilemma, .stagHunt, .chicken].contains(found.kind) {
        return (found, rows ? 1 : 0, columns ? 1 : 0)
      }
    }
    return nil
  }
}
