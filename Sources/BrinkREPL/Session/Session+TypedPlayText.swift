import BrinkCore
import BrinkFormats

/// The words a hidden-type game prints that do not depend on how the model plays:
/// one text for the perfect Bayesian play (`Session+TypedPlay.swift`) and the logit
/// play (`Session+TypedLogitPlay.swift`), so the two games read the same.
extension Session {
  /// The checks before `play MOVE`: the scenario unchanged since `play as`, the game not over.
  func checkTypedGame(_ s: EscalationScenario, solved: EscalationScenario, human: Int, isOver: Bool, state: Int)
    throws(CommandError)
  {
    guard solved == s else {
      throw CommandError("the scenario was changed since 'play as'; 'play as \(s.players[human])' solves it again and starts a new game")
    }
    guard !isOver else {
      throw CommandError("the game has ended in \(s.states[state].name); 'reveal' shows the types, 'play as PLAYER' starts a new game, 'undo' takes a round back")
    }
  }

  /// The player `play as` names, by name in any case.
  func typedPlayer(named word: String, in s: EscalationScenario) throws(CommandError) -> Int {
    guard let human = s.players.firstIndex(where: { $0.lowercased() == word.lowercased() }) else {
      throw CommandError("no player named '\(word)' (the players are \(s.players.joinedAsList()))", usage: Self.playAsUsage,
                         notes: Suggestions.didYouMean(word, in: s.players).map { [$0] } ?? [])
    }
    return human
  }

  /// The round just played and its payoffs (shown once the types are revealed).
  func typedRoundLines(_ s: EscalationScenario, round played: Int, state: Int, moves: [Int], payoffs: [Rational],
                       revealed: Bool) -> [String]
  {
    let moveNames = (0..<2).map { s.states[state].moves[$0][moves[$0]].name }
    var lines = ["Round \(played), \(s.states[state].name): \(s.players[0]) \(moveNames[0]), \(s.players[1]) \(moveNames[1])."]
    if revealed {
      lines.append("  Payoffs for the revealed types: \(s.players[0]) \(payoffs[0]), \(s.players[1]) \(payoffs[1]).")
    } else {
      lines.append("  The payoffs depend on the hidden types: 'reveal' shows them.")
    }
    return lines
  }

  /// What each side knows at the start: the user's own type, the model's hidden one.
  func typedStartLines(_ s: EscalationScenario, human: Int, model: Int, drawn: [Int]) -> [String] {
    var lines = ["Nature has drawn the types (seed \(seed)); each side knows only its own."]
    let types = (0..<2).map { s.typeList(of: $0) }
    if types[human].count > 1 {
      let mine = types[human][drawn[human]]
      lines.append("  Your type: \(mine.name)\(mine.description.isEmpty ? "" : " (\(mine.description))"); \(s.players[model]) does not know it.")
    } else {
      lines.append("  You, \(s.players[human]), have no hidden type.")
    }
    if types[model].count > 1 {
      lines.append("  \(s.players[model])'s type is hidden from you ('reveal' shows it): \(types[model].map(\.name).joinedAsList(conjunction: "or")).")
    } else {
      lines.append("  \(s.players[model]) has no hidden type.")
    }
    return lines
  }

  /// `reveal`'s text: the types drawn, when the record marks them revealed, each
  /// round's payoffs for them (`rounds`: state, moves, payoffs) and the totals.
  func revealText(_ s: EscalationScenario, drawn: [Int], revealedAfter after: Int, first: Bool,
                  rounds: [(state: EscalationState, moves: [Int], payoffs: [Rational])], totals: [Rational],
                  withArrival: Bool) -> String
  {
    let named = (0..<2).filter { s.typeList(of: $0).count > 1 }.map { p -> String in
      let t = s.typeList(of: p)[drawn[p]]
      return "\(s.players[p]) \(t.name) (prior \(t.prior)\(t.description.isEmpty ? "" : "; \(t.description)"))"
    }
    var lines = ["Types drawn by nature: " + named.joined(separator: ", ") + "."]
    lines.append("The game's record marks the types revealed after round \(after)\(after == 0 ? " (before any move)" : "")\(first ? "" : ", when 'reveal' was first used"); 'undo' does not hide them again.")
    for (k, r) in rounds.enumerated() {
      lines.append("  Round \(k + 1), \(r.state.name): \(s.players[0]) \(r.state.moves[0][r.moves[0]].name), \(s.players[1]) \(r.state.moves[1][r.moves[1]].name) -> payoffs \(s.players[0]) \(r.payoffs[0]), \(s.players[1]) \(r.payoffs[1])")
    }
    lines.append("Totals for these types\(withArrival ? " (with the arrival payoffs)" : ""): \(s.players[0]) \(totals[0]), \(s.players[1]) \(totals[1]).")
    return lines.joined(separator: "\n")
  }

  /// Solves the scenario for `play as`: Ctrl-C leaves the session unchanged, a
  /// scenario the solver refuses says why.
  func solveToPlay<Solution>(_ doc: ScenarioDocument, _ solve: () throws -> Solution) throws(CommandError) -> Solution {
    do {
      return try solve()
    } catch let error as EscalationError where error == .cancelled {
      throw CommandError("interrupted; the session is unchanged")
    } catch {
      throw CommandError("cannot solve \(doc.name) to play it: \(error)")
    }
  }

  /// A new hidden-type game from round 1 (undoable): any play, replay or other game ends.
  func startHandGame(as human: Int, _ s: EscalationScenario) {
    checkpoint("play as \(s.players[human])")
    round = 1
    plays = []
    replayCursor = nil
    typedPlay = nil
    typedLogitPlay = nil
  }
}
