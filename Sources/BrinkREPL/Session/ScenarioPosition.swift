import BrinkCore

extension EscalationScenario {
  /// The stage game of `state` at the variable values `values` (payoff expressions
  /// evaluated, no continuation values). A terminal state is a 1×1 game of its
  /// arrival payoffs.
  func stageGame(state index: Int, values: [Rational]) -> Bimatrix {
    let state = states[index]
    let p = (players[0], players[1])
    guard !state.isTerminal, !state.outcomes.isEmpty else {
      let pay = state.terminalPayoffs?.map { $0.evaluate(values) } ?? [.zero, .zero]
      return Bimatrix(title: state.name, players: p, rowStrategies: ["(end)"], columnStrategies: ["(end)"],
                      a: [[pay[0]]], b: [[pay[1]]])
    }
    let a = state.outcomes.map { row in row.map { $0.payoffs[0].evaluate(values) } }
    let b = state.outcomes.map { row in row.map { $0.payoffs[1].evaluate(values) } }
    return Bimatrix(title: state.name, players: p, rowStrategies: state.moves[0].map(\.name),
                    columnStrategies: state.moves[1].map(\.name), a: a, b: b)
  }
}
