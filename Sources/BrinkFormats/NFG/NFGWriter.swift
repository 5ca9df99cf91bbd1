import BrinkCore

/// Writes a `StrategicGame` as a canonical Gambit `.nfg` file: the payoff version,
/// strategies given by label, payoffs as exact integers or fractions (`-2`, `1/3`).
///
/// The layout:
///
///     NFG 1 R "title" { "P1" "P2" }
///     { { "a" "b" } { "c" "d" } }
///     ""
///
///     3 3 0 5
///     5 0 1 1
///
/// Each payoff line holds the profiles in which every player but the first keeps
/// one strategy (one column of a bimatrix), in file order, first player fastest.
///
/// Labels are quoted with `"` written `\"`; a backslash is doubled only where it
/// would otherwise be read as an escape (before `"` or `\`, or at the end), so
/// labels with ordinary backslashes read the same in Gambit and in brink.
public enum NFGWriter {
  public static func write(_ game: StrategicGame, comment: String = "") -> String {
    var out = "NFG 1 R \(quote(game.title)) { "
    out += game.players.map(quote).joined(separator: " ") + " }\n{ "
    out += game.strategies.map { "{ " + $0.map(quote).joined(separator: " ") + " }" }.joined(separator: " ")
    out += " }\n\(quote(comment))\n\n"
    let chunk = game.strategies[0].count
    var line = [String]()
    for (index, payoffs) in game.payoffs.enumerated() {
      line.append(contentsOf: payoffs.map(\.description))
      if (index + 1) % chunk == 0 {
        out += line.joined(separator: " ") + "\n"
        line.removeAll(keepingCapacity: true)
      }
    }
    return out
  }

  public static func write(_ file: NFGFile) -> String { write(file.game, comment: file.comment) }

  /// `text` in double quotes, escaped so that `NFGLexer` (and Gambit) read it back.
  static func quote(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = "\""
    for (i, c) in scalars.enumerated() {
      switch c {
      case "\"": out += "\\\""
      case "\\":
        let next = i + 1 < scalars.count ? scalars[i + 1] : nil
        out += (next == nil || next == "\"" || next == "\\") ? "\\\\" : "\\"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }
}
