import BrinkCore
import BrinkFormats

/// `game`: a bimatrix typed in one line (issue 12: a 2×2 game took eight `set
/// payoff` commands), the way a textbook writes it: cells `row,column` left to
/// right, rows separated by `/`.
extension CommandSpec {
  static let gameUsage = "game [--players P,Q] [--rows A,B,...] [--columns C,D,...] U,V U,V ... / U,V U,V ..."

  static let game = CommandSpec(
    "game",
    abstract: "Enter a bimatrix game in one line: cells row,column, rows separated by /.",
    usage: gameUsage,
    discussion: "Each cell is the row player's payoff and the column player's, separated by a comma (exact numbers: 3, -1.5, 2/3); cells are separated by spaces and rows by a '/' standing alone. Every row needs as many cells as the first. The players are Row and Column and the moves R1, R2, ... and C1, C2, ... unless named with --players, --rows and --columns (comma-separated, one name per row or column). The game replaces the current one as 'load' does: unsaved edits are asked about (or need --discard in a script), and 'undo' brings the previous game back.",
    examples: ["game 3,3 0,5 / 5,0 1,1", "game --rows C,D --columns C,D 3,3 0,5 / 5,0 1,1",
               "game --players Wife,Husband --rows Ballet,Boxing --columns Ballet,Boxing 2,1 0,0 / 0,0 1,2"],
    completion: { _ in .keyword(["--players", "--rows", "--columns", "--discard"]) }
  ) { session, arguments throws(CommandError) in
    let typed = try TypedGame.parse(arguments, usage: gameUsage)
    if !typed.discard { try session.mayDiscardEdits(loading: "the typed game") }
    session.load(name: "game", source: "<typed>", game: typed.game)
    let g = typed.game
    return "Entered a \(g.rows)x\(g.columns) game between \(g.rowPlayer) (\(g.rowStrategies.joined(separator: ", "))) and \(g.columnPlayer) (\(g.columnStrategies.joined(separator: ", "))).\n"
      + (try session.matrixText(g))
  }
}

/// The words of `game`, read.
struct TypedGame {
  var game: Bimatrix
  var discard: Bool

  static func parse(_ arguments: [String], usage: String) throws(CommandError) -> TypedGame {
    var names: [String: [String]] = [:]
    var discard = false
    var rows: [[(Rational, Rational)]] = [[]]
    var words = arguments[...]
    while let word = words.popFirst() {
      switch word.lowercased() {
      case "--discard": discard = true
      case "--players", "--rows", "--columns":
        guard let list = words.popFirst() else { throw CommandError("\(word) needs a comma-separated list of names", usage: usage) }
        let split = list.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard !split.contains(where: \.isEmpty) else { throw CommandError("an empty name in '\(list)'", usage: usage) }
        names[String(word.lowercased().dropFirst(2))] = split
      case "/":
        guard !rows[rows.count - 1].isEmpty else { throw CommandError("an empty row before '/'", usage: usage) }
        rows.append([])
      default:
        let parts = word.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let u = Rational(String(parts[0])), let v = Rational(String(parts[1])) else {
          throw CommandError("a cell is two exact numbers separated by a comma, such as 3,3 or -1/2,2; not '\(word)'", usage: usage)
        }
        rows[rows.count - 1].append((u, v))
      }
    }
    if rows.last?.isEmpty == true, rows.count > 1 { throw CommandError("an empty row after the last '/'", usage: usage) }
    guard let width = rows.first?.count, width > 0 else { throw CommandError("missing the cells", usage: usage) }
    if let bad = rows.firstIndex(where: { $0.count != width }) {
      throw CommandError("row \(bad + 1) has \(rows[bad].count) cell\(rows[bad].count == 1 ? "" : "s"); row 1 has \(width)", usage: usage)
    }
    let most = GameSizeLimits.maximumREPLStrategies
    guard rows.count <= most, width <= most else { throw CommandError("at most \(most) moves a side", usage: usage) }
    let players = names["players"] ?? ["Row", "Column"]
    let rowNames = names["rows"] ?? (1...rows.count).map { "R\($0)" }
    let columnNames = names["columns"] ?? (1...width).map { "C\($0)" }
    guard players.count == 2 else { throw CommandError("--players needs two names, not \(players.count)", usage: usage) }
    guard players[0].lowercased() != players[1].lowercased() else { throw CommandError("the players need different names", usage: usage) }
    guard rowNames.count == rows.count else { throw CommandError("--rows names \(rowNames.count) moves; the game has \(rows.count) rows", usage: usage) }
    guard columnNames.count == width else { throw CommandError("--columns names \(columnNames.count) moves; the game has \(width) columns", usage: usage) }
    for list in [rowNames, columnNames] where Set(list.map { $0.lowercased() }).count < list.count {
      throw CommandError("two moves of one player have the same name in '\(list.joined(separator: ","))'", usage: usage)
    }
    let game = Bimatrix(title: "game", players: (players[0], players[1]), rowStrategies: rowNames, columnStrategies: columnNames,
                        a: rows.map { $0.map(\.0) }, b: rows.map { $0.map(\.1) })
    return TypedGame(game: game, discard: discard)
  }
}
