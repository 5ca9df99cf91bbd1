import BrinkCore

/// Names as shown to a reader: empty labels (legal in `.nfg` files) become
/// `Player 2` or `#3`, so that every row and column can be told apart.
enum Labels {
  static func player(_ game: StrategicGame, _ player: Int) -> String {
    let name = game.players[player]
    return name.isEmpty ? "Player \(player + 1)" : name
  }

  static func strategy(_ game: StrategicGame, _ player: Int, _ strategy: Int) -> String {
    let name = game.strategies[player][strategy]
    return name.isEmpty ? "#\(strategy + 1)" : name
  }

  /// `1/3 (0.3333)`: the exact value, with a rounded decimal when it is not an
  /// integer (or as `set display` says: `NumberDisplay.prose`).
  static func exact(_ value: Rational) -> String { NumberDisplay.prose(value) }
}
