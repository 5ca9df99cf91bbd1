import BrinkCore

/// The last check of reading, on the model: a transition probability written as an
/// expression of the variables must stay in [0, 1] on every path the scenario can
/// take (the variables' reachable values are those of the exact ladder,
/// `LadderGraph`). Where it leaves, the error points at the expression.
extension ScenarioReader {
  /// Ladders larger than this are not built for the check (the solve will clamp).
  static let probabilityCheckNodeLimit = 100_000

  static func checkProbabilityRanges(_ doc: ScenarioDocument, _ syntax: ScenarioSyntax, sink: DiagnosticSink) {
    let scenario = doc.scenario
    let hasExpressions = scenario.states.contains { state in
      state.outcomes.joined().contains { o in ([o.transition] + o.guarded.map(\.transition)).contains(where: \.hasExpressions) }
    }
    guard hasExpressions,
      let graph = try? LadderGraph(scenario: scenario, nodeLimit: probabilityCheckNodeLimit)
    else { return }
    for leak in graph.probabilityLeaks(of: scenario) {
      let st = syntax.states[leak.node.state]
      let a = st.moves[0][leak.moves.0].value, b = st.moves[1][leak.moves.1].value
      let target = scenario.states[leak.target].name
      var at: ExpressionSyntax?
      search: for entry in st.transitions where entry.key.matches(a, b) {
        for next in entry.allNext {
          for (k, o) in next.outcomes.enumerated() where o.state.value == target && next.expressions[k] != nil {
            at = next.expressions[k]
            break search
          }
        }
      }
      guard let at else { continue }
      let read = Set(at.terms.map(\.variable.value))
      let values = scenario.variables.enumerated().filter { read.contains($0.element.name) }
        .map { "\($0.element.name) = \(leak.node.values[$0.offset])" }.joined(separator: ", ")
      sink.error(at: at.location, "the probability of '\(target)' after '\(a)/\(b)' in state '\(st.id.value)' is \(leak.value) in round \(leak.round + 1) (\(scenario.calendar.date(ofRound: leak.round))) at \(values), outside [0, 1]",
                 notes: ["a probability written as an expression must stay in [0, 1] wherever the game can be"])
    }
  }
}
