import BrinkCore
import BrinkFormats

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
    if let name = arguments.first {
      let index = try session.checkState(name, usage: "show [STATE]")
      if let doc = session.document, let position = session.position {
        return try session.stateText(index, doc: doc, values: position.values)
      }
      return try session.matrixText(session.game)
    }
    if let doc = session.document, let position = session.position {
      return try session.stateText(position.state, doc: doc, values: position.values)
    }
    return try session.matrixText(session.game)
  }

  static let solve = CommandSpec(
    "solve", aliases: ["equilibria"],
    abstract: "List the Nash equilibria of the current stage game, exactly.",
    usage: "solve",
    discussion: "Lists every extreme equilibrium of the current stage game with each side's probabilities and expected payoffs, as exact fractions with decimals alongside, and the components they form, exactly as 'brink solve' lists them. With a scenario loaded, also solves the whole scenario by backward induction: the expected discounted payoffs, what each side plays here, and the stage game once the continuation values are folded in. Ctrl-C interrupts. 'export solution json FILE' writes the result as 'brink solve --json' does.",
    examples: ["solve"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "solve")
    if session.isAtTerminal { throw CommandError("the scenario has ended; there is no stage game to solve") }
    let analysis: GameAnalysis
    do {
      analysis = try GameAnalysis.compute(session.game.strategicGame, method: .all, shouldContinue: session.shouldContinue)
    } catch {
      throw CommandError("\(error)")
    }
    guard session.shouldContinue(), analysis.complete else { throw CommandError("interrupted; the session is unchanged") }
    let report = SolveReport(file: session.source, analysis: analysis)
    var text = report.equilibriaText(style: session.style)
    if let solved = try session.solvedScenario(), let doc = session.document {
      text += "\n\n" + ScenarioSolution.render(solved, at: session.currentNode(in: solved), round: session.round)
      session.results.solution = .scenario(file: session.source, document: doc, solved: solved)
    } else {
      session.results.solution = .game(name: session.name, report: report)
    }
    return text
  }

  static let classify = CommandSpec(
    "classify",
    abstract: "Name the classic 2x2 game the current stage game is.",
    usage: "classify",
    examples: ["classify"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "classify")
    let game = session.game
    guard game.rows == 2, game.columns == 2, let result = Classification2x2.classify(game) else {
      throw CommandError("classify needs a 2x2 game; this one is \(game.rows)x\(game.columns)")
    }
    var text = "\(game.title.isEmpty ? "This game" : game.title) is \(result.name)."
    if !result.summary.isEmpty { text += "\n" + result.summary }
    if let o = ClassicGame.classify(game) {
      text += "\nFor \(game.rowPlayer), with \(game.rowStrategies[0]) as the cooperative move: "
      text += "R = \(o.r) (both \(game.rowStrategies[0])), S = \(o.s) (sucker), T = \(o.t) (temptation), P = \(o.p) (both \(game.rowStrategies[1]))."
    }
    return text
  }

  static let explain = CommandSpec(
    "explain", aliases: ["why"],
    abstract: "Explain in plain sentences why the current game comes out as it does.",
    usage: "explain",
    discussion: "Walks through best responses, dominated moves and their elimination, each equilibrium and why no one deviates, the indifference conditions behind mixed strategies, and which classic game this is.",
    examples: ["explain"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "explain")
    if session.isAtTerminal { throw CommandError("the scenario has ended; there is no stage game to explain") }
    guard let solved = try session.solvedScenario(), let node = session.currentNode(in: solved),
      let folded = node.stageGame, let played = node.played
    else {
      let facts = StageExplanation(session.game, shouldContinue: session.shouldContinue)
      guard facts.isComplete else { throw CommandError("interrupted; the session is unchanged") }
      return Explanation(facts: facts).render()
    }
    let playedText = (0..<2).map { p in
      let moves = p == 0 ? folded.rowStrategies : folded.columnStrategies
      let mix = played.marginal(player: p)
      return solved.scenario.players[p] + " plays " + moves.indices.filter { mix[$0] > 1e-12 }
        .map { "\(moves[$0]) \(ScenarioSolution.number(mix[$0]))" }.joined(separator: ", ")
    }
    let facts = StageExplanation(session.game, folded: (folded, solved.scenario.discount),
                                 shouldContinue: session.shouldContinue)
    guard facts.isComplete else { throw CommandError("interrupted; the session is unchanged") }
    return Explanation(facts: facts, playedText: playedText).render()
  }
}

extension Session {
  /// The payoff matrix with best responses marked, strictly dominated moves
  /// (by pure or mixed strategies) dimmed, and pure equilibria emphasised.
  /// The matrix with its marks; Ctrl-C (or the deadline) stops the dominance
  /// search, which takes seconds on a big game.
  func matrixText(_ game: Bimatrix) throws(CommandError) -> String {
    let analysis = StageAnalysis(game)
    guard let dominated = analysis.strictlyDominated(shouldContinue: shouldContinue) else {
      throw CommandError("interrupted; the session is unchanged")
    }
    let pure = analysis.pureCells
    let cells = Set(pure.map { [$0.0, $0.1] })
    let highlight = MatrixHighlight(bestResponses: true, dominated: dominated, cells: cells)
    let matrix = MatrixRenderer.render(game, style: style, highlight: highlight)
    let list = pure.map { "\(game.rowStrategies[$0.0])/\(game.columnStrategies[$0.1])" }
    return matrix + "\npure equilibria (every payoff starred): " + (list.isEmpty ? "none" : list.joined(separator: ", "))
  }

  /// The index of a state by name (case-insensitive).
  @discardableResult
  func checkState(_ name: String, usage: String) throws(CommandError) -> Int {
    guard let index = stateNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
      throw CommandError("no state named '\(name)' (the states are \(stateNames.joinedAsList()))", usage: usage,
                         notes: Suggestions.didYouMean(name, in: stateNames).map { [$0] } ?? [])
    }
    return index
  }

  /// A scenario state: its description, then its stage game (or its arrival
  /// payoffs when terminal), at the given variable values.
  func stateText(_ index: Int, doc: ScenarioDocument, values: [Rational]) throws(CommandError) -> String {
    let scenario = doc.scenario
    let state = scenario.states[index]
    var lines = ["\(state.name)\(index == position?.state ? " (current state, round \(round))" : ""): \(state.description)"]
    if state.isTerminal {
      let pay = state.arrivalPayoffs(at: values)
      lines.append("Terminal: arriving here pays \(scenario.players[0]) \(pay[0]), \(scenario.players[1]) \(pay[1]).")
      return lines.joined(separator: "\n")
    }
    let variables = scenario.variables.enumerated().map { "\($0.element.name) = \(values[$0.offset])\($0.element.unit)" }
    if !variables.isEmpty { lines.append("Variables: " + variables.joined(separator: ", ")) }
    lines.append(try matrixText(scenario.stageGame(state: index, values: values)))
    return lines.joined(separator: "\n")
  }
}
