import BrinkCore

/// What to emphasise in a payoff matrix besides the payoffs themselves.
public struct MatrixHighlight: Sendable, Hashable {
  /// Mark each payoff that is a best response to the other players' strategies
  /// with `*` (and colour). A cell with every payoff marked is a pure equilibrium.
  public var bestResponses: Bool
  /// Per player, the strategies to show as dominated: `(label)` and dimmed.
  public var dominated: [Set<Int>]
  /// Pure profiles to emphasise (for example the equilibria, or the current state).
  public var cells: Set<[Int]>
  /// What the legend says the bracketed strategies are.
  public var dominatedNote: String

  public init(bestResponses: Bool = true, dominated: [Set<Int>] = [], cells: Set<[Int]> = [],
              dominatedNote: String = "eliminated by iterated strict dominance") {
    self.bestResponses = bestResponses
    self.dominated = dominated
    self.cells = cells
    self.dominatedNote = dominatedNote
  }

  public static let bestResponsesOnly = MatrixHighlight()
}

/// Draws a game's payoffs as tables: rows are the first player's strategies,
/// columns the second's, each cell `u1, u2, …`. A game with more than two players
/// gets one table per profile of the other players' strategies. A one-player
/// game is a single column.
///
/// Best responses are computed exactly (`BestResponses.pure`), so ties are all marked.
public enum MatrixRenderer {
  public static func render(_ bimatrix: Bimatrix, style: RenderStyle,
                            highlight: MatrixHighlight = .bestResponsesOnly) -> String {
    render(bimatrix.strategicGame, style: style, highlight: highlight)
  }

  public static func render(_ game: StrategicGame, style: RenderStyle,
                            highlight: MatrixHighlight = .bestResponsesOnly) -> String {
    let others = game.playerCount > 2 ? Array(game.strategies[2...].map(\.count)) : []
    var slices = [[Int]]()
    var slice = [Int](repeating: 0, count: others.count)
    repeat {
      slices.append(slice)
    } while advance(&slice, limits: others)

    var parts = [String]()
    for rest in slices {
      var text = ""
      if !rest.isEmpty {
        text = rest.enumerated().map { k, s in
          "\(Labels.player(game, k + 2)) plays \(Labels.strategy(game, k + 2, s))"
        }.joined(separator: ", ") + ":\n"
      }
      parts.append(text + table(game, rest: rest, style: style, highlight: highlight).render(style))
    }
    var out = parts.joined(separator: "\n\n")
    var legend = [String]()
    if highlight.bestResponses {
      legend.append("* best response")
    }
    if highlight.dominated.contains(where: { !$0.isEmpty }) {
      legend.append("(s) " + highlight.dominatedNote)
    }
    if !legend.isEmpty { out += "\n" + legend.joined(separator: "   ") }
    return out
  }

  static func table(_ game: StrategicGame, rest: [Int], style: RenderStyle,
                    highlight: MatrixHighlight) -> TextTable {
    let rows = game.strategies[0].count
    let columns = game.playerCount > 1 ? game.strategies[1].count : 1
    func profile(_ i: Int, _ j: Int) -> [Int] { game.playerCount > 1 ? [i, j] + rest : [i] }
    func isDominated(_ player: Int, _ s: Int) -> Bool {
      player < highlight.dominated.count && highlight.dominated[player].contains(s)
    }
    func label(_ player: Int, _ s: Int) -> TextTable.Cell {
      let name = Labels.strategy(game, player, s)
      return isDominated(player, s) ? TextTable.Cell("(\(name))", .dim) : TextTable.Cell(name, .bold)
    }

    // Each payoff with its best-response mark, then padded per column and player.
    var entries = [[[(text: String, best: Bool)]]]()  // [row][column][player]
    for i in 0..<rows {
      entries.append((0..<columns).map { j in
        let p = profile(i, j)
        return (0..<game.playerCount).map { k in
          let best = highlight.bestResponses
            && BestResponses.pure(of: game, player: k, against: p).contains(p[k])
          return (NumberDisplay.cell(game.payoff(k, at: p)) + (best ? "*" : ""), best)
        }
      })
    }
    var widths = [[Int]](repeating: [Int](repeating: 0, count: game.playerCount), count: columns)
    for i in 0..<rows {
      for j in 0..<columns {
        for k in 0..<game.playerCount { widths[j][k] = max(widths[j][k], entries[i][j][k].text.count) }
      }
    }

    var corner = Labels.player(game, 0)
    if game.playerCount > 1 { corner += " \\ " + Labels.player(game, 1) }
    var header = [TextTable.Cell(corner)]
    if game.playerCount > 1 {
      header += (0..<columns).map { label(1, $0) }
    } else {
      header.append(TextTable.Cell("payoff"))
    }
    var table = TextTable(rows: [header])
    for i in 0..<rows {
      var row = [label(0, i)]
      for j in 0..<columns {
        let emphasised = highlight.cells.contains(profile(i, j))
        var segments = [(text: String, emphasis: RenderStyle.Emphasis?)]()
        for k in 0..<game.playerCount {
          if k > 0 { segments.append((", ", nil)) }
          let entry = entries[i][j][k]
          let pad = String(repeating: " ", count: widths[j][k] - entry.text.count)
          if !pad.isEmpty { segments.append((pad, nil)) }
          let emphasis: RenderStyle.Emphasis? = entry.best ? .boldGreen : (emphasised ? .yellow : nil)
          segments.append((entry.text, emphasised && entry.best ? .boldYellow : emphasis))
        }
        row.append(TextTable.Cell(segments: segments))
      }
      table.rows.append(row)
    }
    return table
  }

  /// Steps a mixed-radix counter; false when it wraps around.
  static func advance(_ counter: inout [Int], limits: [Int]) -> Bool {
    for k in counter.indices {
      counter[k] += 1
      if counter[k] < limits[k] { return true }
      counter[k] = 0
    }
    return false
  }
}
