import BrinkCore

extension ScenarioValidator {
  /// `types:`: a known player, each once; at least two types with valid names;
  /// priors above 0 that sum to exactly 1; payoff tables of known, non-terminal
  /// states with the state's shape.
  func checkTypes() {
    let ids = s.players.map(\.id.value)
    for entry in s.types {
      guard ids.contains(entry.player.value) else {
        sink.unknown("player", entry.player, known: ids, context: " in 'types'")
        continue
      }
      if entry.types.count < 2 {
        sink.error(at: entry.location, "'\(entry.player.value)' needs at least two types (one type is no private information)")
      }
      var total = Rational.zero
      for t in entry.types {
        let what = "type '\(t.id.value)' of '\(entry.player.value)'"
        if !YAMLNodeReader.isName(t.id.value) {
          sink.error(at: t.id.location, "'\(t.id.value)' is not a valid name for a type: use letters, digits, '-' and '_', starting with a letter", length: t.id.length)
        }
        if let p = t.prior {
          if p.value == .zero { sink.error(at: p.location, "the prior of \(what) must be above 0", length: p.length) }
          total += p.value
        }
        for (stateName, table) in t.payoffs {
          guard let st = checkState(reference: stateName, context: " in the payoffs of \(what)") else { continue }
          if st.terminal {
            sink.error(at: stateName.location, "\(what) cannot have payoffs in terminal state '\(stateName.value)'", length: stateName.length)
            continue
          }
          checkPayoffShape(table, in: st, what: "the payoffs of \(what) in state '\(stateName.value)'")
        }
      }
      if entry.types.allSatisfy({ $0.prior != nil }), total != .one {
        sink.error(at: entry.location, "the priors of the types of '\(entry.player.value)' sum to \(total), not 1")
      }
    }
  }
}
