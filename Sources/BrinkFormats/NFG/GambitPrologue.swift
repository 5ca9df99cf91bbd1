/// The opening every Gambit game file shares, `HEADER VERSION R "title" { "P1" … }`
/// (`NFG 1` for strategic games, `EFG 2` for extensive ones; `D` is accepted for
/// `R`), read once for both readers, with the same messages.
struct GambitPrologue {
  let tokens: [NFGToken]
  let file: String

  /// Reads the prologue from `position`, leaving `position` after the player list.
  func read(at position: inout Int, header: String, version: String, fileKind: String) throws -> (title: String, players: [String]) {
    func current() -> NFGToken { tokens[min(position, tokens.count - 1)] }
    guard case .symbol(header) = current().kind else {
      throw error(at: current(), "expected '\(header)' (the header of \(fileKind)), found \(current().quoted)")
    }
    position += 1
    guard case .number(version, _) = current().kind else {
      throw error(at: current(), "expected the format version \(version) after '\(header)', found \(current().quoted)")
    }
    position += 1
    guard case .symbol(let type) = current().kind, type == "R" || type == "D" else {
      throw error(at: current(), "expected 'R' or 'D' after '\(header) \(version)', found \(current().quoted)")
    }
    position += 1
    guard case .text(let title) = current().kind else {
      throw error(at: current(), "expected the game title (a quoted string), found \(current().quoted)")
    }
    position += 1
    guard current().kind == .leftBrace else {
      throw error(at: current(), "expected '{' to open the list of players, found \(current().quoted)")
    }
    position += 1
    var players = [String]()
    while case .text(let name) = current().kind {
      // Names address players and strategies in the REPL and in JSON: they must be unique.
      if let earlier = players.firstIndex(of: name) {
        throw error(at: current(), "duplicate player name \(current().quoted) (player \(earlier + 1) has it already)")
      }
      players.append(name)
      position += 1
    }
    guard current().kind == .rightBrace else {
      throw error(at: current(), "expected a player name (a quoted string) or '}', found \(current().quoted)")
    }
    if players.isEmpty { throw error(at: current(), "expected at least one player") }
    position += 1
    return (title, players)
  }

  /// A diagnostic under `token`. The end of the file is shown just after the last
  /// token, on its line, rather than on a blank line below it.
  func error(at token: NFGToken, _ message: String) -> Diagnostic {
    if token.kind == .endOfFile, tokens.count >= 2 {
      let last = tokens[tokens.count - 2]
      return Diagnostic(at: SourceLocation(file: file, line: last.line, column: last.column + last.length), message)
    }
    return Diagnostic(at: SourceLocation(file: file, line: token.line, column: token.column), message, length: token.length)
  }
}
