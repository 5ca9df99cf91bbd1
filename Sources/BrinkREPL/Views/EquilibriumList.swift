import BrinkCore

/// The equilibria of a stage game as a numbered list with exact probabilities
/// and payoffs.
struct EquilibriumList {
  var game: Bimatrix
  var analysis: StageAnalysis

  func render() -> String {
    let equilibria = analysis.equilibria
    var lines = ["Nash equilibria of \(game.title.isEmpty ? "the game" : game.title) (\(game.rows)x\(game.columns), exact):"]
    if equilibria.isEmpty { lines.append("  none found") }
    for (k, e) in equilibria.enumerated() {
      let kind = e.isPure ? "pure " : "mixed"
      lines.append("  \(k + 1). \(kind)  \(strategyText(0, e.profile[0])); \(strategyText(1, e.profile[1]))")
      lines.append("             payoffs: \(game.rowPlayer) \(e.payoffs[0]), \(game.columnPlayer) \(e.payoffs[1])")
    }
    if analysis.isDegenerate2x2 {
      lines.append("note: the game is degenerate (a player is indifferent between two moves against a pure move); further equilibria may form a continuum.")
    }
    if game.rows * game.columns > 4 {
      lines.append("note: mixed equilibria of games larger than 2x2 are not listed yet.")
    }
    return lines.joined(separator: "\n")
  }

  /// "US Escalate" or "US Yield 9/10, Escalate 1/10".
  func strategyText(_ player: Int, _ mix: [Rational]) -> String {
    let name = player == 0 ? game.rowPlayer : game.columnPlayer
    let moves = player == 0 ? game.rowStrategies : game.columnStrategies
    let used = mix.indices.filter { !mix[$0].isZero }
    if used.count == 1 { return "\(name) \(moves[used[0]])" }
    return name + " " + used.map { "\(moves[$0]) \(mix[$0])" }.joined(separator: ", ")
  }
}
