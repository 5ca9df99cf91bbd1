import BrinkCore

/// The equilibria of a stage game as a numbered list with exact probabilities
/// and payoffs, pure ones first.
struct EquilibriumList {
  var game: Bimatrix
  /// All extreme equilibria (the engine's vertex enumeration) and their maximal
  /// convex components.
  var equilibria: [Equilibrium]
  var components: [[Int]]

  func render() -> String {
    // Pure equilibria first, otherwise in the solver's order; components renumbered to match.
    let all = self.equilibria
    let order = all.indices.sorted { (all[$0].isPure ? 0 : 1, $0) < (all[$1].isPure ? 0 : 1, $1) }
    var position = [Int](repeating: 0, count: all.count)
    for (k, i) in order.enumerated() { position[i] = k }
    let sorted = order.map { all[$0] }
    let groups = components.map { $0.map { position[$0] }.sorted() }
    var lines = ["Nash equilibria of \(game.title.isEmpty ? "the game" : game.title) (\(game.rows)x\(game.columns), exact):"]
    if sorted.isEmpty { lines.append("  none found") }
    for (k, e) in sorted.enumerated() {
      let kind = e.isPure ? "pure " : "mixed"
      lines.append("  \(k + 1). \(kind)  \(strategyText(0, e.profile[0])); \(strategyText(1, e.profile[1]))")
      lines.append("             payoffs: \(game.rowPlayer) \(e.payoffs[0]), \(game.columnPlayer) \(e.payoffs[1])")
    }
    for component in groups where component.count > 1 {
      lines.append("note: equilibria " + component.map { "\($0 + 1)" }.joined(separator: ", ") + " are the corners of one continuum: every mixture of them is an equilibrium too.")
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
