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
}
