/// The scenario's conditions taken together: what the round rules must keep in a
/// node so that every condition can be read there.
extension EscalationScenario {
  /// Every condition of the scenario: states' availability, guarded transitions,
  /// events and shocks.
  public var conditions: [Condition] {
    var all = [Condition]()
    for state in states {
      if let a = state.availability { all.append(a.condition) }
      for row in state.outcomes { for o in row { all += o.guarded.map(\.condition) } }
    }
    all += events.compactMap(\.condition)
    all += shocks.compactMap(\.condition)
    return all
  }

  /// Whether some condition reads the date (then nodes carry their round, `LadderNode.clock`).
  public var conditionsReadDate: Bool { conditions.contains { $0.readsDate } }

  /// `read[v]`: whether some condition, or some transition probability written as
  /// an expression, reads variable `v`: the rules read it, so the ladder keeps it.
  public var conditionVariables: [Bool] {
    var read = [Bool](repeating: false, count: variables.count)
    for c in conditions { for v in c.variables where read.indices.contains(v) { read[v] = true } }
    for state in states {
      for row in state.outcomes {
        for o in row {
          for t in [o.transition] + o.guarded.map(\.transition) {
            for b in t.outcomes { for term in b.expression?.terms ?? [] where read.indices.contains(term.variable) && !term.coefficient.isZero { read[term.variable] = true } }
          }
        }
      }
    }
    return read
  }
}
