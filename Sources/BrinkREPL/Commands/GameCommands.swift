import BrinkCore

/// The commands that look at the current stage game: `show`, `solve`, `classify`,
/// `explain`.
extension CommandSpec {
  static let show = CommandSpec(
    "show", aliases: ["matrix"],
    abstract: "Show the current payoff matrix with best responses and equilibria marked.",
    usage: "show [STATE]",
    discussion: "Each cell shows the row player's payoff, then the column player's. '*' marks a best response, brackets mark a pure equilibrium, '~' marks a strictly dominated move. With a state name, shows that state's stage game.",
    examples: ["show"],
    completion: positional([.state])
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...1, usage: "show [STATE]")
    if let state = arguments.first { try session.checkState(state, usage: "show [STATE]") }
    return session.matrixText(session.game)
  }

  static let solve = CommandSpec(
    "solve", aliases: ["equilibria"],
    abstract: "List the Nash equilibria of the current stage game, exactly.",
    usage: "solve",
    discussion: "Lists every equilibrium with each side's probabilities and expected payoffs, as exact fractions.",
    examples: ["solve"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "solve")
    return EquilibriumList(game: session.game, analysis: StageAnalysis(session.game)).render()
  }

  static let classify = CommandSpec(
    "classify",
    abstract: "Name the classic 2x2 game the current stage game is.",
    usage: "classify",
    examples: ["classify"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "classify")
    let game = session.game
    guard let classic = ClassicGame.classify(game) else {
      throw CommandError("classify needs a 2x2 game; this one is \(game.rows)x\(game.columns)")
    }
    var text = "\(game.title.isEmpty ? "This game" : game.title) is \(classic.name)."
    if let o = classic.order {
      text += "\nFor \(game.rowPlayer), with \(game.rowStrategies[0]) as the cooperative move: "
      text += "R = \(o.r) (both \(game.rowStrategies[0])), S = \(o.s) (sucker), T = \(o.t) (temptation), P = \(o.p) (both \(game.rowStrategies[1]))."
    }
    return text + "\n" + classic.meaning
  }

  static let explain = CommandSpec(
    "explain", aliases: ["why"],
    abstract: "Explain in plain sentences why the current game comes out as it does.",
    usage: "explain",
    discussion: "Walks through best responses, dominated moves and their elimination, each equilibrium and why no one deviates, the indifference conditions behind mixed strategies, and which classic game this is.",
    examples: ["explain"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "explain")
    return Explanation(game: session.game).render()
  }
}

extension Session {
  /// The payoff matrix with best responses marked, strictly dominated moves
  /// (by pure or mixed strategies) dimmed, and pure equilibria emphasised.
  func matrixText(_ game: Bimatrix) -> String {
    let strategic = game.strategicGame
    let dominated = (0..<2).map { player in
      Set(Dominance.dominated(in: strategic, player: player, strength: .strict, mixed: true).map(\.strategy))
    }
    let pure = StageAnalysis(game).pureCells
    let cells = Set(pure.map { [$0.0, $0.1] })
    let highlight = MatrixHighlight(bestResponses: true, dominated: dominated, cells: cells)
    let matrix = MatrixRenderer.render(game, style: style, highlight: highlight)
    let list = pure.map { "\(game.rowStrategies[$0.0])/\(game.columnStrategies[$0.1])" }
    return matrix + "\npure equilibria (every payoff starred): " + (list.isEmpty ? "none" : list.joined(separator: ", "))
  }

  /// The states a stage game has: just the one until scenarios are loaded.
  var stateNames: [String] { ["stage"] }

  func checkState(_ name: String, usage: String) throws(CommandError) {
    guard stateNames.contains(where: { $0.lowercased() == name.lowercased() }) else {
      throw CommandError("no state named '\(name)' (the states are \(stateNames.joinedAsList()))", usage: usage)
    }
  }
}
