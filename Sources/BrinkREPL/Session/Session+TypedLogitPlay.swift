import BrinkCore
import BrinkFormats

/// `play as PLAYER`, `play MOVE` and `reveal` on a scenario with types whose players
/// all use `logit`: the model's moves are drawn from the logit agent QRE's mixtures
/// at the public history reached (`TypedLogitHandPlay`), and the beliefs printed
/// are Bayes' rule on the logit strategies, worked in decimals (four places, from
/// doubles solved to `TypedLogitSolution.residual`). The draws use the streams and
/// salts of the perfect Bayesian play (`Session+TypedPlay.swift`), so the same seed
/// replays the same game and `undo` then the same move draws the same answer.
extension Session {
  /// `play` on a logit typed scenario (`typedPlayCommand` hands it over).
  func typedLogitPlayCommand(_ arguments: [String], _ doc: ScenarioDocument) throws(CommandError) -> String {
    let usage = Self.playAsUsage
    if arguments.first?.lowercased() == "as" {
      try expectCount(arguments, 2...2, usage: usage)
      return try startTypedLogitPlay(as: arguments[1], doc)
    }
    guard var typed = typedLogitPlay else {
      throw CommandError("\(doc.name) has hidden types: choose your side first with 'play as PLAYER' (the players are \(doc.scenario.players.joinedAsList()))",
                         usage: usage)
    }
    let s = doc.scenario
    try checkTypedGame(s, solved: typed.solution.scenario, human: typed.human, isOver: typed.isOver, state: typed.state)
    try expectCount(arguments, 1...1, usage: usage)
    let human = typed.human
    let mine = try typedMove(arguments[0], human: human, model: typed.model, state: typed.state, usage: usage)
    var moveStream = typedStream(0x4D4F_5645_0000_0000, round: round)
    var moves = [0, 0]
    moves[human] = mine
    moves[typed.model] = typed.modelMove(after: mine, using: &moveStream)!
    checkpoint("play")
    var nextStream = typedStream(0x4E45_5854_0000_0000, round: round)
    let state = typed.state
    let r = typed.play(moves, using: &nextStream)
    typedLogitPlay = typed
    position = typed.ladderNode.node
    let played = round
    round += 1
    var lines = typedRoundLines(s, round: played, state: state, moves: moves, payoffs: r.payoffs, revealed: typed.revealedAfter != nil)
    lines += logitBeliefLines(typed, r)
    lines.append(logitArrivalText(typed))
    return lines.joined(separator: "\n")
  }

  /// `play as PLAYER` under logit: solves the scenario, draws the types, starts at round 1.
  func startTypedLogitPlay(as word: String, _ doc: ScenarioDocument) throws(CommandError) -> String {
    let s = doc.scenario
    let human = try typedPlayer(named: word, in: s)
    let solution = try solveToPlay(doc) { try TypedLogitSolver.solve(s, shouldContinue: shouldContinue) }
    startHandGame(as: human, s)
    var stream = typedStream(0x5459_5045_5300_0000, round: 0)
    let typed = TypedLogitHandPlay(solution: solution, human: human, using: &stream)
    typedLogitPlay = typed
    position = typed.ladderNode.node
    let model = typed.model
    let lambda = TypedLogitReport.lambdaText(solution.lambdas[model])
    var lines = ["A new game of \(doc.name) from round 1: you play \(s.players[human]); the model plays \(s.players[model]) by the logit agent quantal response equilibrium (λ \(lambda): each of its type-agents plays each move with chance ∝ exp(λ × its worth); 'solve' shows it)."]
    lines += typedStartLines(s, human: human, model: model, drawn: typed.types)
    lines.append("Beliefs now (the common prior):")
    for p in [model, human] where s.typeList(of: p).count > 1 {
      lines.append("  " + logitWhoBelieves(typed, about: p) + ": " + logitDistribution(s.typeList(of: p).map(\.name), typed.beliefs[p]))
    }
    lines.append(logitArrivalText(typed))
    return lines.joined(separator: "\n")
  }

  /// `reveal` during a logit game: the types drawn, each round's payoffs, the totals.
  func revealLogitTypes() -> String? {
    guard var typed = typedLogitPlay, let doc = document, typed.solution.scenario.players == doc.scenario.players else {
      return nil
    }
    let s = typed.solution.scenario
    let first = typed.revealedAfter == nil
    if first { typed.revealedAfter = typed.rounds.count }
    typedLogitPlay = typed
    let rounds = typed.rounds.map { r in (state: typed.solution.state(of: r.history), moves: r.moves, payoffs: r.payoffs) }
    return revealText(s, drawn: typed.types, revealedAfter: typed.revealedAfter!, first: first, rounds: rounds, totals: typed.totals,
                      withArrival: typed.isOver && typed.ladderNode.isTerminal)
  }

  /// The beliefs after a round, each with Bayes' rule worked on the logit strategies.
  func logitBeliefLines(_ typed: TypedLogitHandPlay, _ r: TypedLogitHandPlay.Round) -> [String] {
    let s = typed.solution.scenario
    let state = typed.solution.state(of: r.history)
    let n = TypedLogitReport.number
    var lines = [String]()
    for p in [typed.model, typed.human] where s.typeList(of: p).count > 1 {
      let names = s.typeList(of: p).map(\.name)
      let move = state.moves[p][r.moves[p]].name
      lines.append("  " + logitWhoBelieves(typed, about: p) + ": \(logitDistribution(names, r.before[p])) -> \(logitDistribution(names, r.after[p]))")
      let like = r.likelihood[p]
      if like.allSatisfy({ $0 == like[0] }) {
        lines.append("    every type plays \(move) with chance \(n(like[0])): the move says nothing")
      } else {
        let chances = names.indices.map { "\(n(like[$0])) if \(names[$0])" }.joined(separator: ", ")
        let sum = names.indices.map { "\(n(r.before[p][$0])) × \(n(like[$0]))" }.joined(separator: " + ")
        let terms = names.indices.map { "\(names[$0]) \(n(r.before[p][$0])) × \(n(like[$0])) / (\(sum)) = \(n(r.after[p][$0]))" }
        lines.append("    Bayes' rule: \(move) has chance \(chances); " + terms.joined(separator: ", "))
      }
    }
    return lines
  }

  /// `What you should believe about Defender` or `What Challenger (the model) believes about you`.
  func logitWhoBelieves(_ typed: TypedLogitHandPlay, about p: Int) -> String {
    let s = typed.solution.scenario
    return p == typed.model ? "What you should believe about \(s.players[p])"
      : "What \(s.players[typed.model]) (the model) believes about you"
  }

  func logitDistribution(_ names: [String], _ x: [Double]) -> String {
    zip(names, x).map { "\($0) \(TypedLogitReport.number($1))" }.joined(separator: ", ")
  }

  /// Where the game is now: the next round's state and the user's moves (with the
  /// model's lead, drawn now, when it moves first), or the end.
  func logitArrivalText(_ typed: TypedLogitHandPlay) -> String {
    let s = typed.solution.scenario
    let state = s.states[typed.state]
    if typed.isOver {
      let why = typed.ladderNode.isTerminal ? "in \(state.name): \(state.description)" : "at the horizon, in \(state.name)."
      let reveal = typed.revealedAfter.map { "The types were revealed after round \($0)." } ?? "'reveal' shows the types and the payoffs."
      return "The game ends \(why) \(reveal)"
    }
    var lead = ""
    if typed.solution.histories[typed.history].leader == typed.model {
      var stream = typedStream(0x4D4F_5645_0000_0000, round: round)
      if let k = typed.modelMove(using: &stream) {
        lead = " \(s.players[typed.model]) moves first here and plays \(state.moves[typed.model][k].name); you answer."
      }
    }
    let moves = state.moves[typed.human].map(\.name)
    return "Now in \(state.name), round \(round): \(state.description)\(lead) Your moves: \(moves.joinedAsList(conjunction: "or"))."
  }

  /// The user's move `word` (or `PLAYER=MOVE`) in `state`, as an index.
  func typedMove(_ word: String, human: Int, model: Int, state k: Int, usage: String) throws(CommandError) -> Int {
    guard let s = document?.scenario else { throw CommandError("no scenario loaded") }
    var word = word
    if let eq = word.firstIndex(of: "=") {
      let who = String(word[..<eq])
      guard s.players[human].lowercased() == who.lowercased() else {
        throw CommandError("you play \(s.players[human]); the model plays \(s.players[model]) (give your move only: 'play MOVE')", usage: usage)
      }
      word = String(word[word.index(after: eq)...])
    }
    let names = s.states[k].moves[human].map(\.name)
    guard let mine = names.firstIndex(where: { $0.lowercased() == word.lowercased() }) else {
      throw CommandError("\(s.players[human]) has no move '\(word)' in \(s.states[k].name) (the moves are \(names.joinedAsList(conjunction: "or")))",
                         usage: usage, notes: Suggestions.didYouMean(word, in: names).map { [$0] } ?? [])
    }
    return mine
  }
}

extension TypedLogitHandPlay {
  /// What `undo` restores: `restored`, but still revealed when `current` (the same
  /// draw) was, since a reveal cannot be taken back (as `TypedHandPlay.keepingReveal`).
  static func keepingReveal(_ restored: TypedLogitHandPlay?, of current: TypedLogitHandPlay?) -> TypedLogitHandPlay? {
    guard var restored, let shown = current?.revealedAfter, current?.types == restored.types,
          current?.human == restored.human, restored.revealedAfter == nil else { return restored }
    restored.revealedAfter = shown
    return restored
  }
}
