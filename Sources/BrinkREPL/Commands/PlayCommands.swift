import BrinkCore

/// `play`, `undo`, `reset`: moving through the game and back.
extension CommandSpec {
  static let play = CommandSpec(
    "play", aliases: ["move"],
    abstract: "Play one round with the given moves and show the outcome.",
    usage: "play PLAYER=MOVE PLAYER=MOVE | play as PLAYER | play MOVE",
    discussion: "Both players' moves are needed, in any order; names are case-insensitive. In a scenario the round's moves change the variables and lead to the next state (a lottery is drawn from the seed and the round); then the calendar acts on the next round as it does in 'solve' and 'simulate': its scheduled events, and its random shocks, drawn from the session's seed and the round, so the same seed gives the same shocks ('set seed N' changes them). Each is shown with its date and what it changed; 'undo' takes the whole round back. On a scenario with types (hidden private information), 'play as PLAYER' starts a game in which you play that side and the model the other, by the perfect Bayesian equilibrium: nature draws the types from the session's seed, you are told your own side's type only, and each 'play MOVE' (your move only) shows the model's move, the beliefs each side now holds about the other's type (exact, with Bayes' rule worked) and the next state; the payoffs, which depend on the types, wait for 'reveal'. When every player uses 'logit', the model plays the logit agent quantal response equilibrium instead: its move is drawn from its type's logit mixture at the history reached, and the beliefs are Bayes' rule on the logit strategies, in decimals.",
    examples: ["play US=Escalate China=Yield"],
    completion: every(.playerMove)
  ) { session, arguments throws(CommandError) in
    let usage = "play PLAYER=MOVE PLAYER=MOVE"
    if let typed = try session.typedPlayCommand(arguments) { return typed }
    try session.expectCount(arguments, 2...2, usage: usage)
    if session.isAtTerminal {
      throw CommandError("the scenario has ended in \(session.stateNames[session.position!.state]); 'undo' or 'reset' to play again")
    }
    if let doc = session.document, session.round > doc.scenario.calendar.rounds {
      throw CommandError("the scenario's \(doc.scenario.calendar.rounds) rounds are over; 'undo' or 'reset' to play again")
    }
    var chosen: [Int?] = [nil, nil]
    for word in arguments {
      let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw CommandError("expected PLAYER=MOVE, found '\(word)'", usage: usage)
      }
      let p = try session.player(named: String(parts[0]), usage: usage)
      guard chosen[p] == nil else { throw CommandError("\(session.players[p]) is given two moves", usage: usage) }
      chosen[p] = try session.move(named: String(parts[1]), of: p, usage: usage)
    }
    guard let i = chosen[0], let j = chosen[1] else {
      let missing = session.players[chosen[0] == nil ? 0 : 1]
      throw CommandError("missing a move for \(missing)", usage: usage)
    }
    session.checkpoint("play")
    return session.playRound(i, j)
  }

  static let undo = CommandSpec(
    "undo",
    abstract: "Take back the last play or edit.",
    usage: "undo",
    examples: ["undo"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "undo")
    guard let last = session.undoStack.popLast() else { throw CommandError("nothing to undo") }
    session.restore(last)
    return "Undid \(last.description). Now at round \(session.round)."
  }

  static let reset = CommandSpec(
    "reset",
    abstract: "Go back to the game as loaded (can be undone).",
    usage: "reset",
    examples: ["reset"]
  ) { session, arguments throws(CommandError) in
    try session.expectCount(arguments, 0...0, usage: "reset")
    session.checkpoint("reset")
    let happened = session.resetToLoaded()
    return (["Reset \(session.name) to round 1 with the payoffs as loaded."] + happened).joined(separator: "\n")
  }
}
