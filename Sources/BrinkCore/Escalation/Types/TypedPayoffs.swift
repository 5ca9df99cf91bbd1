/// The stage payoffs of a joint move for a profile of types: the scenario's payoffs
/// with each type's overrides (`PlayerType.payoffs`) applied. Written once, read by
/// the typed solve and its extensive form.
///
/// Rule: player `k`'s payoff comes from its own type's entry for the joint move when
/// there is one, else from the other player's type's entry, else from the scenario.
/// (A type's entry gives both payoffs because a side's type can change what the
/// other gets: a resolved defender fights a challenger that presses.)
struct TypedPayoffs: Sendable {
  /// `entries[p][θ][state]?[i]?[j]`: type θ of player p's payoffs for joint move (i, j).
  private let entries: [[[Int: [Int: [Int: [PayoffExpression]]]]]]

  init(scenario: EscalationScenario) {
    entries = (0..<2).map { p in
      scenario.typeList(of: p).map { type in
        var table = [Int: [Int: [Int: [PayoffExpression]]]]()
        for o in type.payoffs { table[o.state, default: [:]][o.rowMove, default: [:]][o.columnMove] = o.payoffs }
        return table
      }
    }
  }

  /// The payoffs `[u₀, u₁]` of joint move `(i, j)` at `node` (whose `payoffs` are the
  /// scenario's), for player 0 of type `t0` and player 1 of type `t1`.
  func payoffs(_ node: LadderGraph.Node, _ i: Int, _ j: Int, types t0: Int, _ t1: Int) -> [Rational] {
    let base = node.moves[i][j].payoffs
    let own = [entries[0][t0][node.node.state]?[i]?[j], entries[1][t1][node.node.state]?[i]?[j]]
    if own[0] == nil && own[1] == nil { return base }
    return (0..<2).map { k in
      guard let e = own[k] ?? own[1 - k] else { return base[k] }
      return e[k].evaluate(node.node.values)
    }
  }

  /// The variables some type's payoffs read (kept in the ladder's nodes).
  static func variables(of scenario: EscalationScenario) -> [Bool] {
    var used = [Bool](repeating: false, count: scenario.variables.count)
    for list in scenario.types {
      for type in list {
        for o in type.payoffs {
          for e in o.payoffs {
            for t in e.terms where !t.coefficient.isZero && used.indices.contains(t.variable) { used[t.variable] = true }
          }
        }
      }
    }
    return used
  }
}
