import BrinkCore

/// The contents of a Gambit `.nfg` file: the game and the file's free-text comment.
public struct NFGFile: Sendable, Hashable {
  public var game: StrategicGame
  /// The optional comment string after the strategies ("" when absent).
  public var comment: String

  public init(game: StrategicGame, comment: String = "") {
    self.game = game
    self.comment = comment
  }
}
