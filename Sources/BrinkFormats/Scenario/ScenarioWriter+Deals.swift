import BrinkCore

extension ScenarioWriter {
  /// A bargaining state's `deal:` block, as read (`DealMenu`): the moves, outcomes
  /// and rounds in force it made are made again when the file is read. The payoff
  /// is written with the weights folded in, as every payoff is.
  static func writeDeal(_ menu: DealMenu, _ s: EscalationScenario, into w: inout YAMLLines) {
    w.line("    deal:")
    w.line("      proposer: \(s.players[menu.proposer])")
    w.line("      payoff: [\(expression(menu.flow[0], s)), \(expression(menu.flow[1], s))]")
    w.line("      no_deal: \(transition(menu.noDeal, s))")
    w.line("      packages:")
    for p in menu.packages {
      var f: [String] = []
      if p.label != p.name { f.append("description: \(quoted(p.label))") }
      f.append("effects: \(effects(p.effects, s))")
      f.append("rounds: \(p.rounds)")
      w.line("        \(p.name): {\(f.joined(separator: ", "))}")
    }
  }
}
