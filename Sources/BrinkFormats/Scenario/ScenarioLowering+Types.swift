import BrinkCore

extension ScenarioLowering {
  /// `types:` as `EscalationScenario.types`, indexed like the players; a type's
  /// payoff tables as whole-state overrides (as `perceives`).
  func types() -> [[PlayerType]] {
    (0..<2).map { p in
      guard let entry = s.types.first(where: { $0.player.value == s.players[p].id.value }) else { return [] }
      return entry.types.map { t in
        var overrides = [PayoffOverride]()
        for (stateName, table) in t.payoffs {
          let index = stateIndex(stateName.value)
          let st = s.states[index]
          for (i, a) in st.moves[0].enumerated() {
            for j in st.moves[1].indices {
              overrides.append(PayoffOverride(state: index, rowMove: i, columnMove: j,
                                              payoffs: payoffs(table, row: a.value, column: j)))
            }
          }
        }
        return PlayerType(name: t.id.value, prior: t.prior?.value ?? .zero, description: t.description ?? "",
                          payoffs: overrides)
      }
    }
  }
}
