import BrinkCore

/// The checks of a deadline that is a decision (`decision:` on an event; Docs/
/// scenario-format.md, "Deadlines as decisions"): the deciding player, and each
/// option's effects and state.
extension ScenarioValidator {
  func checkDecision(_ d: DecisionSyntax, of what: String) {
    if let p = d.player, !playerIDs.contains(p.value) {
      sink.unknown("player", p, known: playerIDs, context: " in the decision of \(what)")
    }
    for o in d.options {
      let option = "option '\(o.id.value)' of \(what)"
      checkEffects(o.effects, context: " in \(option)")
      if let g = o.goto { _ = checkState(reference: g, context: " in \(option)") }
    }
  }

  /// Whether `text` is, in a script, `MOVE+OPTION`: a move of the player in
  /// `state` (any of its moves when no state is given) paired with an option of a
  /// deadline that player decides there (`DeadlineDecision`: its round's moves).
  func isDeadlineMove(_ text: String, player i: Int, in state: StateSyntax?) -> Bool {
    guard let plus = text.lastIndex(of: "+") else { return false }
    let base = String(text[..<plus]), option = String(text[text.index(after: plus)...])
    let available = state.map { $0.moves[i].map(\.value) } ?? s.players[i].moves.map(\.id.value)
    guard available.contains(base) else { return false }
    return s.events.contains { e in
      guard let d = e.decision, d.player?.value == player(i), d.options.contains(where: { $0.id.value == option }) else { return false }
      guard let state else { return true }
      return e.within.isEmpty || e.within.contains { $0.value == state.id.value }
    }
  }
}
