import BrinkCore

/// The whole-scenario part of `solve`: expected discounted payoffs from the
/// start, and at the current position what each side plays and the round game
/// with the future (continuation values folded in).
enum ScenarioSolution {
  /// - Parameters:
  ///   - node: the solved node at the session's position (`Session.currentNode`),
  ///     nil when play or edits have left the solved ladder.
  ///   - round: the session's round (1-based), for the text.
  static func render(_ solved: SolvedScenario, at node: SolvedNode?, round: Int) -> String {
    let scenario = solved.scenario
    let players = scenario.players
    var lines = [SolvedScenarioText.heading(solved)]
    lines.append("  " + SolvedScenarioText.expectedValues(solved, exact: false))
    guard let node else {
      lines.append("  (the current position is not on the solved ladder: play or edits have left it)")
      return lines.joined(separator: "\n")
    }
    lines.append("  continuation values from here (round \(round)): " + SolvedScenarioText.values(node, players: players, exact: false))
    if node.played != nil, let stage = node.stageGame {
      let moves = [stage.rowStrategies, stage.columnStrategies]
      let follower = SequentialStageAnalysis(node)?.follower
      for p in 0..<2 {
        if p == follower {
          lines.append("  \(players[p]) answers \(SolvedScenarioText.strategy(node, player: p, moves: moves, exact: false))\(SolvedScenarioText.reason(node.explanations, p))")
        } else {
          let play = SolvedScenarioText.play(node, player: p, moves: moves[p], tremble: scenario.behaviours[p].tremble)
          lines.append("  \(players[p]) \(play)\(SolvedScenarioText.reason(node.explanations, p))")
        }
      }
      lines.append("  \(SolvedScenarioText.roundGameWithFuture) (this round's payoff + \(scenario.discount) x the expected value of where it leads):")
      lines.append(Self.foldedCells(stage, players: players))
    }
    return lines.joined(separator: "\n")
  }

  /// One line per joint move, in decimals (exact continuation values have very
  /// long fractions), `*` marking best responses as in `show`.
  static func foldedCells(_ game: Bimatrix, players: [String]) -> String {
    let analysis = StageAnalysis(game)
    var rows = [[String]]()
    for i in 0..<game.rows {
      for j in 0..<game.columns {
        let u = NumberDisplay.cell(game.a[i][j]) + (analysis.isRowBest(i, j) ? "*" : "")
        let v = NumberDisplay.cell(game.b[i][j]) + (analysis.isColumnBest(i, j) ? "*" : "")
        let mark = analysis.isRowBest(i, j) && analysis.isColumnBest(i, j) ? "<- pure equilibrium" : ""
        rows.append(["\(game.rowStrategies[i])/\(game.columnStrategies[j])", "\(players[0]) \(u)", "\(players[1]) \(v)", mark])
      }
    }
    let widths = (0..<3).map { c in rows.map { $0[c].count }.max() ?? 0 }
    return rows.map { r in
      ("    " + r[0].padded(to: widths[0] + 2) + r[1].padded(to: widths[1] + 2) + r[2].padded(to: widths[2] + 2) + r[3]).trimmingTrailingSpaces()
    }.joined(separator: "\n")
  }

  /// Four decimals, trailing zeros dropped.
  static func number(_ x: Double) -> String { SolvedScenarioText.number(x) }
}
