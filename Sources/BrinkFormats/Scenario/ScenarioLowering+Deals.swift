import BrinkCore

/// Bargaining states (`deal:`) lowered to `DealMenu`s and written into the model
/// (`EscalationScenario.addingDealMenu`), before the deadlines are, so that a
/// deadline can fall in a bargaining state as in any other.
extension ScenarioLowering {
  func withDeals(_ scenario: EscalationScenario) -> EscalationScenario {
    var scenario = scenario
    for st in s.states {
      guard let d = st.deal, let proposer = d.proposer, let next = d.noDeal else { continue }
      let zero = ExpressionSyntax(constant: .zero, terms: [], location: d.location)
      let payoff = d.payoff ?? [zero, zero]
      let menu = DealMenu(
        state: stateIndex(st.id.value),
        proposer: s.players.firstIndex { $0.id.value == proposer.value }!,
        packages: d.packages.map {
          DealMenu.Package(name: $0.id.value, label: $0.description ?? "", effects: effects($0.effects), rounds: $0.rounds?.value ?? 1)
        },
        noDeal: transition(next),
        flow: (0..<2).map { expression(payoff[$0], plusWeightsOf: $0) })
      scenario = scenario.addingDealMenu(menu)
    }
    return scenario
  }
}
