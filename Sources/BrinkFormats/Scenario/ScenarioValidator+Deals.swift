import BrinkCore

/// The checks of a bargaining state (`deal:`; `DealMenu`): its proposer, its
/// packages (known variables, effects that add, so that they can lapse), its
/// payoff and where a refusal leads.
extension ScenarioValidator {
  func checkDeal(_ deal: DealSyntax, in state: StateSyntax) {
    let what = "the deal of state '\(state.id.value)'"
    if let p = deal.proposer, !playerIDs.contains(p.value) {
      sink.unknown("player", p, known: playerIDs, context: " proposing \(what)")
    }
    for e in deal.payoff ?? [] { checkExpression(e, context: " in the payoff of \(what)") }
    for package in deal.packages {
      let context = " in package '\(package.id.value)' of \(what)"
      checkEffects(package.effects, context: context)
      for e in package.effects where e.operation == .set {
        sink.error(at: e.amount.location, "the effect on '\(e.variable.value)'\(context) sets it (=\(e.amount.value)): a package's effects must add (+N or -N), so that they can lapse when the deal ends",
                   length: e.amount.length, notes: ["a deal's effects are undone after its rounds; a set has no earlier value to go back to"])
      }
      var seen = Set<String>()
      for e in package.effects where !seen.insert(e.variable.value).inserted {
        sink.error(at: e.variable.location, "'\(e.variable.value)' is changed twice\(context)", length: e.variable.length)
      }
    }
    guard let next = deal.noDeal else { return }
    var total = Rational.zero
    for o in next.outcomes {
      _ = checkState(reference: o.state, context: " in 'no_deal' of \(what)")
      total += o.probability.value
    }
    if next.expressions.contains(where: { $0 != nil }) {
      sink.error(at: next.location, "the probabilities of 'no_deal' in \(what) must be numbers, not expressions of the variables")
    } else if total != .one, !next.outcomes.isEmpty, next.complete {
      sink.error(at: next.location, "the probabilities of 'no_deal' in \(what) sum to \(total), not 1")
    }
  }

  /// Where a bargaining state leads: where a refusal goes, and itself (a deal
  /// lapses back into it).
  func dealSuccessors(_ state: StateSyntax) -> Set<String> {
    guard let deal = state.deal else { return [] }
    var out: Set<String> = deal.packages.isEmpty ? [] : [state.id.value]
    for o in deal.noDeal?.outcomes ?? [] where o.probability.value > .zero { out.insert(o.state.value) }
    return out
  }

  /// The moves a menu gives player `i` that a script may name: in a bargaining
  /// state, the packages (the proposer) or `accept` and `reject`; without a state,
  /// those of every menu and `keep` (a round of a deal in force).
  func dealMoves(player i: Int, in state: StateSyntax?) -> [String] {
    func moves(_ d: DealSyntax) -> [String] {
      d.proposer?.value == player(i) ? d.packages.map(\.id.value) : DealMenu.answers
    }
    if let state { return state.deal.map(moves) ?? [] }
    let deals = s.states.compactMap(\.deal)
    return deals.isEmpty ? [] : deals.flatMap(moves) + [DealMenu.keep]
  }
}
