extension ClassicGame {
  /// The cooperative move of each player in a prisoner's dilemma, stag hunt or
  /// chicken, whichever way its moves are listed: the move C of `classify`
  /// (R = u(C,C)). Nil for any other game, including deadlock and harmony, where
  /// cooperating is no dilemma (Rapoport and Guyer 1966; Axelrod 1984, ch. 1:
  /// the cooperation rate of an iterated dilemma).
  public static func cooperativeMoves(_ game: Bimatrix) -> (game: ClassicGame, row: Int, column: Int)? {
    for (rows, columns, relabelled) in relabellings(game) {
      if let found = classify(relabelled), [.prisonersDilemma, .stagHunt, .chicken].contains(found.kind) {
        return (found, rows ? 1 : 0, columns ? 1 : 0)
      }
    }
    return nil
  }
}
