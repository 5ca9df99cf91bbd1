import BrinkCore
import BrinkFormats

/// `play as PLAYER`, `play MOVE` and `reveal` on a scenario with types (issue 14):
/// the user plays one side against the model's perfect Bayesian equilibrium, the
/// other side's type hidden (`TypedHandPlay` holds the game; this words it).
///
/// Draws: the types and the first node from one SplitMix64 stream, the model's move
/// and the next node of each round from two more, each seeded from the session's
/// seed, a salt and the round, so the same seed replays the same game (and taking a
/// round back with `undo` and playing it again draws the same model move).
///
/// Numbers are exact fractions: beliefs are what Bayes' rule gives, not a display.
extension Session {
  static let playAsUsage = "play as PLAYER | play MOVE"

  /// `play` when the loaded scenario has types; nil when it has none (the untyped `play` goes on).
  func typedPlayCommand(_ arguments: [String]) throws(CommandError) -> String? {
    guard let doc = document, doc.scenario.hasTypes else { return nil }
    if TypedLogitSolver.applies(to: doc.scenario) { return try typedLogitPlayCommand(arguments, doc) }
    let usage = Self.playAsUsage
    if arguments.first?.lowercased() == "as" {
      try expectCount(arguments, 2...2, usage: usage)
      return try startTypedPlay(as: arguments[1], doc)
    }
    guard var typed = typedPlay else {
      throw CommandError("\(doc.name) has hidden types: choose your side first with 'play as PLAYER' (the players are \(doc.scenario.players.joinedAsList()))",
                         usage: usage)
    }
    let s = doc.scenario
    try checkTypedGame(s, solved: typed.solution.scenario, human: typed.human, isOver: typed.isOver, state: typed.state)
    try expectCount(arguments, 1...1, usage: usage)
    let human = typed.human
    let mine = try typedMove(arguments[0], human: human, model: typed.model, state: typed.state, usage: usage)
    var moveStream = typedStream(0x4D4F_5645_0000_0000, round: round)
    let theirs = typed.modelMove(after: mine, using: &moveStream)!
    var moves = [0, 0]
    moves[human] = mine
    moves[typed.model] = theirs
    checkpoint("play")
    var nextStream = typedStream(0x4E45_5854_0000_0000, round: round)
    let state = typed.state
    let r = typed.play(moves, using: &nextStream)
    typedPlay = typed
    position = typed.ladderNode.node
    let played = round
    round += 1
    var lines = typedRoundLines(s, round: played, state: state, moves: moves, payoffs: r.payoffs, revealed: typed.revealedAfter != nil)
    lines += beliefLines(typed, r)
    lines.append(arrivalText(typed))
    return lines.joined(separator: "\n")
  }

  /// `play as PLAYER`: solves the scenario, draws the types, starts at round 1.
  func startTypedPlay(as word: String, _ doc: ScenarioDocument) throws(CommandError) -> String {
    let s = doc.scenario
    let human = try typedPlayer(named: word, in: s)
    let solution = try solveToPlay(doc) { try TypedSolver.solve(s, shouldContinue: shouldContinue) }
    startHandGame(as: human, s)
    var stream = typedStream(0x5459_5045_5300_0000, round: 0)
    let typed = TypedHandPlay(solution: solution, human: human, using: &stream)
    typedPlay = typed
    position = typed.ladderNode.node
    let model = typed.model
    var lines = ["A new game of \(doc.name) from round 1: you play \(s.players[human]); the model plays \(s.players[model]) by the perfect Bayesian equilibrium ('solve' shows it)."]
    lines += typedStartLines(s, human: human, model: model, drawn: typed.types)
    lines.append("Beliefs now (the common prior):")
    lines += currentBeliefLines(typed, typed.beliefs)
    lines.append(arrivalText(typed))
    return lines.joined(separator: "\n")
  }

  /// `reveal`: the hidden types, the payoffs so far for them; marks the record.
  func revealTypes() throws(CommandError) -> String {
    if let logit = revealLogitTypes() { return logit }
    guard var typed = typedPlay, let doc = document, typed.solution.scenario.players == doc.scenario.players else {
      throw CommandError("no game with hidden types is being played: 'play as PLAYER' starts one on a scenario with types")
    }
    let s = typed.solution.scenario
    let first = typed.revealedAfter == nil
    if first { typed.revealedAfter = typed.rounds.count }
    typedPlay = typed
    let rounds = typed.rounds.map { r in
      let node = typed.solution.nodes[r.node]
      return (state: s.states[typed.solution.graph.rounds[node.round][node.ladderNode].node.state], moves: r.moves, payoffs: r.payoffs)
    }
    return revealText(s, drawn: typed.types, revealedAfter: typed.revealedAfter!, first: first, rounds: rounds, totals: typed.totals,
                      withArrival: typed.isOver && typed.ladderNode.isTerminal)
  }

  /// The beliefs after a round, each with Bayes' rule worked.
  func beliefLines(_ typed: TypedHandPlay, _ r: TypedHandPlay.Round) -> [String] {
    let s = typed.solution.scenario
    var lines = [String]()
    for p in [typed.model, typed.human] where s.typeList(of: p).count > 1 {
      let names = s.typeList(of: p).map(\.name)
      let state = s.states[typed.solution.graph.rounds[typed.solution.nodes[r.node].round][typed.solution.nodes[r.node].ladderNode].node.state]
      let move = state.moves[p][r.moves[p]].name
      lines.append("  " + whoBelieves(typed, about: p) + ": \(Self.distribution(names, r.before[p])) -> \(Self.distribution(names, r.after[p]))")
      lines.append("    " + TypedBeliefText.bayes(player: s.players[p], move: move, names: names, before: r.before[p],
                                                    likelihood: r.likelihood[p], after: r.after[p]))
    }
    return lines
  }

  /// The beliefs now, each side's, as `play as` shows them.
  func currentBeliefLines(_ typed: TypedHandPlay, _ beliefs: [[Rational]]) -> [String] {
    let s = typed.solution.scenario
    return [typed.model, typed.human].filter { s.typeList(of: $0).count > 1 }.map { p in
      "  " + whoBelieves(typed, about: p) + ": " + Self.distribution(s.typeList(of: p).map(\.name), beliefs[p])
    }
  }

  /// `what you should believe about Defender` or `what Challenger (the model) believes about you`.
  func whoBelieves(_ typed: TypedHandPlay, about p: Int) -> String {
    let s = typed.solution.scenario
    return p == typed.model ? "What you should believe about \(s.players[p])"
      : "What \(s.players[typed.model]) (the model) believes about you"
  }

  /// Where the game is now: the next round's state and the user's moves, or the end.
  func arrivalText(_ typed: TypedHandPlay) -> String {
    let s = typed.solution.scenario
    let state = s.states[typed.state]
    if typed.isOver {
      let why = typed.ladderNode.isTerminal ? "in \(state.name): \(state.description)" : "at the horizon, in \(state.name)."
      let reveal = typed.revealedAfter.map { "The types were revealed after round \($0)." } ?? "'reveal' shows the types and the payoffs."
      return "The game ends \(why) \(reveal)"
    }
    let moves = state.moves[typed.human].map(\.name)
    var lead = ""
    if typed.solution.nodes[typed.node].played?.leader == typed.model {
      // A sequential state the model leads: its move is drawn now, from the stream
      // 'play' draws it from, so the user answers the lead it sees.
      var stream = typedStream(0x4D4F_5645_0000_0000, round: round)
      if let k = typed.modelMove(using: &stream) {
        lead = " \(s.players[typed.model]) moves first here and plays \(state.moves[typed.model][k].name); you answer."
      }
    }
    return "Now in \(state.name), round \(round): \(state.description)\(lead) Your moves: \(moves.joinedAsList(conjunction: "or"))."
  }

  static func distribution(_ names: [String], _ x: [Rational]) -> String {
    zip(names, x).map { "\($0) \($1)" }.joined(separator: ", ")
  }

  /// A SplitMix64 stream for one kind of draw (`salt`) in `round`, from the session's seed.
  func typedStream(_ salt: UInt64, round t: Int) -> SplitMix64 {
    SplitMix64(seed: (seed ^ salt) &+ UInt64(t + 1) &* 0x9E37_79B9_7F4A_7C15)
  }
}

extension TypedHandPlay {
  /// What `undo` restores: `restored`, but still revealed when `current` (the same
  /// draw) was, since a reveal cannot be taken back.
  static func keepingReveal(_ restored: TypedHandPlay?, of current: TypedHandPlay?) -> TypedHandPlay? {
    guard var restored, let shown = current?.revealedAfter, current?.types == restored.types,
          current?.human == restored.human, restored.revealedAfter == nil else { return restored }
    restored.revealedAfter = shown
    return restored
  }
}
