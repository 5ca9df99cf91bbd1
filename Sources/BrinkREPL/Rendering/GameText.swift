import BrinkCore
import BrinkFormats

/// The current game as file text.
enum GameText {
  /// Gambit's strategic-form format, by the shared `NFGWriter`.
  static func nfg(_ game: Bimatrix) -> String {
    NFGWriter.write(game.strategicGame)
  }

  /// `row,column,row payoff,column payoff` with a header.
  static func csv(_ game: Bimatrix) -> String {
    var lines = ["\(game.rowPlayer),\(game.columnPlayer),\(game.rowPlayer) payoff,\(game.columnPlayer) payoff"]
    for i in 0..<game.rows {
      for j in 0..<game.columns {
        lines.append("\(game.rowStrategies[i]),\(game.columnStrategies[j]),\(game.a[i][j]),\(game.b[i][j])")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
