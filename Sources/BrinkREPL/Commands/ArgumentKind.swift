/// What an argument position holds, so TAB completion can offer the right words.
public enum ArgumentKind: Sendable, Equatable {
  /// Command names and help topics.
  case topic
  /// A file path.
  case file
  /// A scenario name from the library, or a file path.
  case scenarioOrFile
  /// A state name of the loaded scenario.
  case state
  /// `PLAYER=MOVE`, with the current state's moves.
  case playerMove
  /// A move name of the current stage game.
  case move
  /// A player name.
  case player
  /// One of fixed words (subcommands, options).
  case keyword([String])
  /// Free text or a number: nothing to offer.
  case none
}
