import BrinkCore

/// The moves of a Monte Carlo run as text (issue 12): for a scenario that is one
/// repeated stage game, the frequencies of its outcomes (joint moves) and moves
/// and, for a classic dilemma, the cooperation rate, in place of an outcome table
/// that could only say "play (at the horizon) 100%"; for any other scenario, how
/// often each side played each move in each state.
extension SimulationReport {
  /// Whether every path played in one state only (a repeated game, or a scenario
  /// that never left its first state): the report is then about its moves.
  static func isRepeatedGame(_ s: SimulationSummary) -> Bool {
    guard s.moves.count == 1 else { return false }
    return s.outcomes.allSatisfy { $0.isTerminal || $0.state == s.moves[0].state }
  }

  /// Joint moves, then each side's moves, then the
  /// cooperation rate.
  static func repeatedGameSection(_ s: SimulationSummary) -> [String] {
    let m = s.moves[0]
    // No intervals: rounds of one path are not independent draws (tit-for-tat).
    var out = ["Outcomes: the joint moves of the \(m.rounds) round\(m.rounds == 1 ? "" : "s") played in \(m.state)"]
    var rows = [["outcome", "rounds", "share"]]
    for (i, row) in m.moves[0].enumerated() {
      for (j, column) in m.moves[1].enumerated() {
        rows.append(["\(row) / \(column)", "\(m.joint[i][j])", share(m.joint[i][j], of: m.rounds)])
      }
    }
    out.append(PlainColumns.render(rows, rightAligned: [1, 2]))
    out.append("")
    out.append("Moves")
    out.append(moveRows(m, players: s.payoffs.map(\.player)))
    if let c = s.cooperation {
      out.append("")
      let who = zip(s.payoffs.map(\.player), zip(c.moves, c.rates)).map { "\($0) \(ReportNumber.percent($1.1)) (\($1.0))" }
      out.append("Cooperation rate (\(c.game)): \(who.joined(separator: ", ")); both cooperated in \(ReportNumber.percent(c.both)) of rounds")
    }
    return out
  }

  /// Every state's moves, as shares of the rounds played there.
  static func movesByStateSection(_ s: SimulationSummary) -> [String] {
    guard !s.moves.isEmpty else { return [] }
    var rows = [["state", "rounds", "player", "move", "rounds", "share"]]
    let players = s.payoffs.map(\.player)
    for m in s.moves {
      for p in 0..<2 {
        for (k, move) in m.moves[p].enumerated() {
          let first = p == 0 && k == 0
          rows.append([first ? m.state : "", first ? "\(m.rounds)" : "", k == 0 ? name(players, p) : "", move,
                       "\(m.counts[p][k])", share(m.counts[p][k], of: m.rounds)])
        }
      }
    }
    return ["", "Moves by state (shares of the rounds played in each state)", PlainColumns.render(rows, rightAligned: [1, 4, 5])]
  }

  /// One row per player and move: rounds and share.
  static func moveRows(_ m: SimulationSummary.StateMoves, players: [String]) -> String {
    var rows = [["player", "move", "rounds", "share"]]
    for p in 0..<2 {
      for (k, move) in m.moves[p].enumerated() {
        rows.append([k == 0 ? name(players, p) : "", move, "\(m.counts[p][k])", share(m.counts[p][k], of: m.rounds)])
      }
    }
    return PlainColumns.render(rows, rightAligned: [2, 3])
  }

  private static func name(_ players: [String], _ p: Int) -> String { p < players.count ? players[p] : "player \(p + 1)" }

  private static func share(_ count: Int, of total: Int) -> String {
    ReportNumber.percent(total > 0 ? Double(count) / Double(total) : 0)
  }
}
