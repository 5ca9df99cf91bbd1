import BrinkCore

/// The payoff matrix of a bimatrix game as text: each cell shows
/// `row payoff, column payoff`; `*` marks a payoff that is a best response;
/// pure equilibria are bracketed `[ ]` (green on a terminal); strictly dominated
/// moves are marked `~` (struck through on a terminal).
///
/// The `nfg` helper's matrix renderer under `Rendering/` supersedes this one when
/// it lands.
struct MatrixView {
  var game: Bimatrix
  var style: RenderStyle

  func render() -> String {
    let analysis = StageAnalysis(game)
    let deadRows = analysis.dominatedRows, deadColumns = analysis.dominatedColumns
    let equilibria = Set(analysis.pureCells.map { "\($0.0),\($0.1)" })

    func cellText(_ i: Int, _ j: Int) -> String {
      let u = game.a[i][j].description + (analysis.isRowBest(i, j) ? "*" : "")
      let v = game.b[i][j].description + (analysis.isColumnBest(i, j) ? "*" : "")
      let body = u + ", " + v
      return equilibria.contains("\(i),\(j)") ? "[" + body + "]" : " " + body + " "
    }
    let rowLabels = game.rowStrategies.enumerated().map { i, s in s + (deadRows.contains(i) ? " ~" : "") }
    let columnLabels = game.columnStrategies.enumerated().map { j, s in s + (deadColumns.contains(j) ? " ~" : "") }
    let cells = (0..<game.rows).map { i in (0..<game.columns).map { j in cellText(i, j) } }
    let labelWidth = max(game.rowPlayer.count, rowLabels.map(\.count).max() ?? 0) + 1
    let widths = (0..<game.columns).map { j in max(columnLabels[j].count, cells.map { $0[j].count }.max() ?? 0) + 1 }

    var lines = [String]()
    let title = game.title.isEmpty ? "" : game.title + ": "
    lines.append(title + "\(game.rowPlayer) chooses a row, \(game.columnPlayer) a column")
    lines.append("")
    let v = style.vertical, h = style.horizontal
    var header = game.rowPlayer.padded(to: labelWidth) + " \(v)"
    header += " " + style.paint(game.columnPlayer, .bold)
    lines.append(header)
    var columnHeader = "".padded(to: labelWidth) + " \(v)"
    for j in 0..<game.columns {
      let label = columnLabels[j].padded(to: widths[j])
      columnHeader += " " + (deadColumns.contains(j) ? style.paint(label, .dim, .strike) : style.paint(label, .bold))
    }
    lines.append(columnHeader)
    var rule = String(repeating: h, count: labelWidth + 1) + style.cross
    for w in widths { rule += String(repeating: h, count: w + 1) }
    lines.append(rule)
    for i in 0..<game.rows {
      let label = rowLabels[i].padded(to: labelWidth)
      var line = (deadRows.contains(i) ? style.paint(label, .dim, .strike) : style.paint(label, .bold)) + " \(v)"
      for j in 0..<game.columns {
        let text = cells[i][j].padded(to: widths[j])
        line += " " + (equilibria.contains("\(i),\(j)") ? style.paint(text, .green, .bold) : text)
      }
      lines.append(line)
    }
    lines.append("")
    lines.append("* best response   [ ] pure equilibrium" + (deadRows.isEmpty && deadColumns.isEmpty ? "" : "   ~ strictly dominated"))
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
