import BrinkCore

extension ScenarioWriter {
  /// `types:` back as read (`ScenarioParser.parseTypes`): per player, per type, its
  /// prior, description and whole payoff tables of the states it changes.
  static func writeTypes(_ s: EscalationScenario, _ a: [String: String], into w: inout YAMLLines) {
    guard s.types.contains(where: { !$0.isEmpty }) else { return }
    w.line("types:")
    for (p, list) in s.types.enumerated() where !list.isEmpty {
      w.line("  \(s.players[p]):")
      for t in list {
        w.line("    \(t.name):")
        w.line("      prior: \(t.prior)")
        if !t.description.isEmpty { w.line("      description: \(quoted(t.description))") }
        if let src = a["types.\(s.players[p]).\(t.name).source"] { w.line("      source: \(quoted(src))") }
        let states = Set(t.payoffs.map(\.state)).sorted().filter { !EscalationScenario.isDecisionState(s.states[$0].name) }  // `S@NAME`: copied from `S`
        guard !states.isEmpty else { continue }
        w.line("      payoffs:")
        for index in states {
          let st = s.states[index]
          var cells = st.outcomes.map { $0.map(\.payoffs) }
          for o in t.payoffs where o.state == index { cells[o.rowMove][o.columnMove] = o.payoffs }
          w.line("        \(st.name):")
          w.lines(table(cells, st, s, indent: "          "))
        }
      }
    }
  }
}
