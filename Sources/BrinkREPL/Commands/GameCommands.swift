import BrinkCore
import BrinkFormats

/// The commands that look at the current stage game: `show`, `solve`, `classify`,
/// `explain`.
extension CommandSpec {
  static let show = CommandSpec(
    "show", aliases: ["matrix"],
    abstract: "Show the current payoff matrix with best responses and equilibria marked.",
    usage: "show [STATE|ladder]",
    discussion: "Each cell shows the row player's payoff, then the column player's. '*' marks a best response, so a cell with every payoff starred is a pure equilibrium (they are listed below the matrix). A move in parentheses, e.g. (hold), is removed by iterated elimination of strictly dominated moves, by pure or mixed dominators: the same elimination `explain` walks through and `brink solve` lists, so a move dominated only once others are gone is marked too. With a state name, shows that state's stage game. 'show ladder' draws the scenario's states on the rungs of its escalation ladder (by the escalating moves it takes to reach each from the start) with the moves that lead from one to another and their probabilities, as 'export ladder FILE.svg' does.",
    examples: ["show", "show ladder"],
    completion: positional([.state])
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...1, usage: "show [STATE|ladder]")
    if arguments.first?.lowercased() == "ladder", !session.stateNames.contains(arguments[0]) {
      guard let doc = session.document else {
        return "\(session.name) is a plain game: one stage game, no ladder of states (load a scenario to see one)."
      }
      return LadderText.render(doc.scenario, name: doc.name, current: session.position?.state)
    }
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
    discussion: "Lists every extreme equilibrium of the current stage game with each side's probabilities and expected payoffs, as exact fractions with decimals alongside, the maximal Nash subsets they span (each convex: every mixture of its equilibria is one) and the connected components those form (not convex when made of several subsets), exactly as 'brink solve' lists them. With a scenario loaded, also solves the whole scenario by backward induction: the expected discounted payoffs, what each side plays here and why, and the round game with the future. Two games are named apart: 'the round game' is this round's payoffs alone (what 'show' draws and the list above solves); 'the round game with the future' adds to each cell the discount times the expected value of where it leads, and is the game whose equilibria the scenario's players choose among. With a tremble, a side's line says what it intends and, apart, what it plays once the tremble is counted. A long solve shows its progress (the scenario's nodes solved, from the horizon back); Ctrl-C stops it and shows what was finished: the equilibria found so far (marked incomplete) or, when the scenario's backward induction was cut, the round game's equilibria and how many of its nodes were solved. 'export solution json FILE' writes the result as 'brink solve --json' does.",
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
    let report = SolveReport(file: session.source, analysis: analysis)
    var text = report.equilibriaText(style: session.style)
    // Stopped in the enumeration: the equilibria found so far are kept and shown.
    guard session.shouldContinue(), analysis.complete else {
      throw CommandError("interrupted; the session is unchanged", partial: text)
    }
    if let signalling = session.signallingText() { text += "\n\n" + signalling }
    if let typed = try session.typedSolutionText() { return text + "\n\n" + typed }
    if let solved = try session.solvedScenario(partial: text), let doc = session.document {
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
    discussion: "Walks through best responses, dominated moves and their elimination, each equilibrium and why no one deviates, the indifference conditions behind mixed strategies, and which classic game this is. In a state that offers a deal (a menu of packages), it shows instead the offer and its answers by backward induction, then the bargaining range: each package's value to each side against no deal, the packages both prefer, the one the model picks and why, and the Nash bargaining solution beside it. On a scenario with types it narrates the signalling at the node reached by 'play as' (or the start): each type's strategy, what each move tells the other side by Bayes' rule, what each move is worth to each type (why a type mixes, bluffs or separates), and the other equilibria.",
    examples: ["explain"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "explain")
    if let typed = try session.typedExplanationText() { return typed }
    if session.isAtTerminal { throw CommandError("the scenario has ended; there is no stage game to explain") }
    guard let solved = try session.solvedScenario(), let node = session.currentNode(in: solved),
      let folded = node.stageGame, node.played != nil
    else {
      let facts = StageExplanation(session.game, shouldContinue: session.shouldContinue)
      guard facts.isComplete else { throw CommandError("interrupted; the session is unchanged") }
      return Explanation(facts: facts).render()
    }
    let sequential = SequentialStageAnalysis(node)
    // A bargaining state: the offer and its answers by backward induction, then the
    // bargaining range (the round played blind says nothing about an offer).
    if let sequential, let position = session.position,
      let range = BargainingRange(solved.scenario, node: node, state: position.state)
    {
      return SequentialStageText.explain(sequential, game: folded, blindAbove: false) + "\n\n"
        + BargainingRangeText.explain(range, players: solved.scenario.players)
    }
    let playedText = (0..<2).map { p in
      let moves = p == 0 ? folded.rowStrategies : folded.columnStrategies
      if let sequential, p == sequential.follower {
        return solved.scenario.players[p] + " answers " + SequentialStageText.answers(
          sequential, leaderMoves: [folded.rowStrategies, folded.columnStrategies][sequential.leader],
          followerMoves: moves, exact: false) + SolvedScenarioText.reason(node.explanations, p)
      }
      return solved.scenario.players[p] + " "
        + SolvedScenarioText.play(node, player: p, moves: moves, tremble: solved.scenario.behaviours[p].tremble)
        + SolvedScenarioText.reason(node.explanations, p)
    }
    var facts = StageExplanation(session.game, folded: (folded, solved.scenario.discount),
                                 shouldContinue: session.shouldContinue)
    guard facts.isComplete else { throw CommandError("interrupted; the session is unchanged") }
    // Risk and payoff dominance are told only where a player selects among the
    // equilibria (not in a sequential stage, nor against a fixed rule).
    if !node.explanations.contains(where: { if case .equilibrium = $0 { true } else { false } }) { facts.selection = nil }
    var text = Explanation(facts: facts, playedText: playedText).render()
    if let horizon = HorizonText.paragraph(solved, round: session.round - 1, values: session.position?.values ?? solved.scenario.initialValues) {
      text += "\n\n" + horizon
    }
    // A sequential stage ends with its backward induction, after the round played blind.
    return sequential.map { text + "\n\n" + SequentialStageText.explain($0, game: folded) } ?? text
  }
}

extension Session {
  /// The payoff matrix with best responses marked, the moves iterated elimination
  /// of strictly dominated moves removes (by pure or mixed dominators, as `explain`
  /// and `brink solve`) dimmed, and pure equilibria emphasised. Ctrl-C (or the
  /// deadline) stops the dominance search, which takes seconds on a big game.
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
    if let open = state.availability {
      let condition = ConditionText.text(open.condition, variables: scenario.variables.map(\.name))
      lines.append("Open only while \(condition); otherwise the game is in \(scenario.states[open.otherwise].name).")
    }
    if state.isTerminal {
      let pay = state.arrivalPayoffs(at: values)
      if state.terminalFlow != nil {
        lines.append("Terminal, with a flow: " + HorizonText.terminalWorth(scenario, state: index, values: values, round: max(round - 1, 0)))
        return lines.joined(separator: "\n")
      }
      lines.append("Terminal: arriving here pays \(scenario.players[0]) \(pay[0]), \(scenario.players[1]) \(pay[1]).")
      return lines.joined(separator: "\n")
    }
    let variables = scenario.variables.enumerated().map { "\($0.element.name) = \(values[$0.offset])\($0.element.unit)" }
    if !variables.isEmpty { lines.append("Variables: " + variables.joined(separator: ", ")) }
    lines.append(try matrixText(scenario.stageGame(state: index, values: values)))
    return lines.joined(separator: "\n")
  }
}
