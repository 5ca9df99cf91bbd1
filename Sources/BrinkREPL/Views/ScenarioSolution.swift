import BrinkCore

/// The whole-scenario part of `solve`: expected discounted payoffs from the
/// start, and at the current position what each side plays and the stage game with
/// continuation values folded in.
struct ScenarioSolution {
  var session: Session
  var solved: SolvedScenario

  func render() -> String {
    let scenario = solved.scenario
    let players = scenario.players
    var lines = ["Whole scenario by backward induction (\(solved.horizon) rounds, discount \(scenario.discount)\(solved.isExact ? ", exact" : ", logit: approximate")):"]
    let v = solved.expectedValues
    lines.append("  expected discounted payoffs from round 1: \(players[0]) \(Self.number(v[0])), \(players[1]) \(Self.number(v[1]))")
    guard let node = session.currentNode(in: solved) else {
      lines.append("  (the current position is not on the solved ladder: play or edits have left it)")
      return lines.joined(separator: "\n")
    }
    lines.append("  continuation values from here (round \(session.round)): \(players[0]) \(Self.number(node.values[0])), \(players[1]) \(Self.number(node.values[1]))")
    if let played = node.played, let stage = node.stageGame {
      for p in 0..<2 {
        let moves = p == 0 ? stage.rowStrategies : stage.columnStrategies
        let mix = played.marginal(player: p)
        let text = moves.indices.filter { mix[$0] > 1e-12 }.map { "\(moves[$0]) \(Self.number(mix[$0]))" }.joined(separator: ", ")
        lines.append("  \(players[p]) plays \(text)\(Self.reason(node.explanations, p))")
      }
      lines.append("  the stage game with continuation values folded in (this round's payoff + \(scenario.discount) x the expected value of where it leads):")
      lines.append(Self.foldedCells(stage, players: players))
    }
    return lines.joined(separator: "\n")
  }

  static func reason(_ explanations: [ChoiceExplanation], _ p: Int) -> String {
    guard p < explanations.count else { return "" }
    switch explanations[p] {
    case .equilibrium(let rule, let n):
      let how = ["riskDominant": "the risk-dominant one", "payoffDominant": "the payoff-dominant one", "mixed": "the most mixed one"][rule.rawValue] ?? rule.rawValue
      return n == 1 ? " (the stage game's only Nash equilibrium)" : " (\(how) of \(n) Nash equilibria)"
    case .bestResponse: return " (best response to the other side's fixed rule)"
    case .subgamePerfect: return " (subgame perfect: the stage is sequential)"
    case .logit(let lambda, _, _): return " (logit response, lambda \(lambda))"
    case .fixed: return " (fixed strategy)"
    case .script: return " (follows the script)"
    case .titForTat: return " (tit for tat)"
    case .grimTrigger: return " (grim trigger)"
    case .generousTitForTat: return " (generous tit for tat)"
    }
  }

  /// One line per joint move, in decimals (exact continuation values have very
  /// long fractions), `*` marking best responses as in `show`.
  static func foldedCells(_ game: Bimatrix, players: [String]) -> String {
    let analysis = StageAnalysis(game)
    var rows = [[String]]()
    for i in 0..<game.rows {
      for j in 0..<game.columns {
        let u = game.a[i][j].decimalString(places: 4) + (analysis.isRowBest(i, j) ? "*" : "")
        let v = game.b[i][j].decimalString(places: 4) + (analysis.isColumnBest(i, j) ? "*" : "")
        let mark = analysis.isRowBest(i, j) && analysis.isColumnBest(i, j) ? "<- pure equilibrium" : ""
        rows.append(["\(game.rowStrategies[i])/\(game.columnStrategies[j])", "\(players[0]) \(u)", "\(players[1]) \(v)", mark])
      }
    }
    let widths = (0..<3).map { c in rows.map { $0[c].count }.max() ?? 0 }
    return rows.map { r in
      ("    " + r[0].padded(to: widths[0] + 2) + r[1].padded(to: widths[1] + 2) + r[2].padded(to: widths[2] + 2) + r[3]).trimmingTrailingSpaces()
    }.joined(separator: "\n")
  }

  /// The game with every payoff rounded to 4 decimals, for display: exact
  /// continuation values have very long fractions.
  static func rounded(_ game: Bimatrix) -> Bimatrix {
    var g = game
    let r = { (x: Rational) -> Rational in Rational(x.decimalString(places: 4)) ?? x }
    g.a = g.a.map { $0.map(r) }
    g.b = g.b.map { $0.map(r) }
    return g
  }

  /// Four decimals, trailing zeros dropped.
  static func number(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    let r = (x * 10_000).rounded() / 10_000
    if let exact = Rational("\(r)") { return exact.decimalString(places: 4) }
    return "\(r)"
  }
}
