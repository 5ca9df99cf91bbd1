import BrinkCore
import BrinkFormats

/// Resolving the words of a command against the current game, with errors that
/// name the argument and suggest the nearest spelling.
extension Session {
  var players: [String] { [game.rowPlayer, game.columnPlayer] }

  func moves(of player: Int) -> [String] { player == 0 ? game.rowStrategies : game.columnStrategies }

  /// The index of a player by name (case-insensitive).
  func player(named word: String, usage: String) throws(CommandError) -> Int {
    if let i = players.firstIndex(where: { $0.lowercased() == word.lowercased() }) { return i }
    throw CommandError("no player named '\(word)' (the players are \(players.joinedAsList()))",
                       usage: usage, notes: Suggestions.didYouMean(word, in: players).map { [$0] } ?? [])
  }

  /// The index of one of `player`'s moves by name (case-insensitive).
  func move(named word: String, of player: Int, usage: String) throws(CommandError) -> Int {
    let list = moves(of: player)
    if let i = list.firstIndex(where: { $0.lowercased() == word.lowercased() }) { return i }
    throw CommandError("\(players[player]) has no move '\(word)' (the moves are \(list.joinedAsList(conjunction: "or")))",
                       usage: usage, notes: Suggestions.didYouMean(word, in: list).map { [$0] } ?? [])
  }

  /// An exact number: an integer, a decimal or a fraction.
  func number(_ word: String, argument: String, usage: String) throws(CommandError) -> Rational {
    guard let value = Rational(word) else {
      throw CommandError("\(argument) must be an exact number such as 3, -1.5 or 2/3, not '\(word)'", usage: usage)
    }
    return value
  }

  /// Fails unless the number of arguments is in `range`.
  func expectCount(_ arguments: [String], _ range: ClosedRange<Int>, usage: String) throws(CommandError) {
    if arguments.count < range.lowerBound {
      throw CommandError("missing argument", usage: usage)
    }
    if arguments.count > range.upperBound {
      throw CommandError("unexpected argument '\(arguments[range.upperBound])'", usage: usage)
    }
  }

  /// "US Escalate, China Yield"
  func profileText(_ row: Int, _ column: Int) -> String {
    "\(game.rowPlayer) \(game.rowStrategies[row]), \(game.columnPlayer) \(game.columnStrategies[column])"
  }
}
