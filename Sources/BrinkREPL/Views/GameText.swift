import BrinkCore

/// The current game as file text. The `.nfg` writer in BrinkFormats replaces
/// `nfg` when it lands.
enum GameText {
  /// Gambit's strategic-form format, payoff version: players, strategies, then
  /// the payoffs of every profile with the first player's strategy varying
  /// fastest (Gambit documentation, "The strategic game (.nfg) file format").
  static func nfg(_ game: Bimatrix) -> String {
    func q(_ s: String) -> String { "\"" + s.replacingQuotes() + "\"" }
    var text = "NFG 1 R \(q(game.title))\n"
    text += "{ \(q(game.rowPlayer)) \(q(game.columnPlayer)) }\n"
    text += "{ { " + game.rowStrategies.map(q).joined(separator: " ") + " }\n"
    text += "  { " + game.columnStrategies.map(q).joined(separator: " ") + " }\n}\n\"\"\n\n"
    var values = [String]()
    for j in 0..<game.columns { for i in 0..<game.rows { values += [game.a[i][j].description, game.b[i][j].description] } }
    return text + values.joined(separator: " ") + "\n"
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

extension String {
  fileprivate func replacingQuotes() -> String {
    var out = ""
    for c in self { if c == "\"" { out += "\\\"" } else { out.append(c) } }
    return out
  }
}
