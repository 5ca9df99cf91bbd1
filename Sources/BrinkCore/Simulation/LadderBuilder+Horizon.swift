/// Step 2 of `LadderBuilder`, the horizon's part: a terminal state's flow and a
/// non-terminal state's stationary-tail value (`CompiledLadder.State.terminalFlows`,
/// `.horizonValues`), and the annuity that prices a flow from its round of arrival.
///
/// `flowAnnuity[t] = Σ_{s=t}^{rounds−1} δ^s`, plus `δ^rounds / (1 − δ)` when the flow
/// goes on forever (a stationary tail), summed from the end so that each entry is
/// the next one plus `δ^t` (Horizon/TerminalFlow.swift has the exact sums). Only
/// built when some state has one, so every other ladder's tables, digest and
/// payoff scale are as they were.
extension LadderBuilder {
  mutating func addHorizonPayoffs() {
    let present = states.contains { $0.terminalFlows != nil || $0.horizonValues != nil }
    guard present else { return }
    var flows = [Double](), values = [Double]()
    for (s, state) in states.enumerated() {
      for (name, pair) in [("terminalFlows", state.terminalFlows), ("horizonValues", state.horizonValues)] {
        guard let pair else { continue }
        if pair.count != 2 || !pair.allSatisfy(\.isFinite) {
          problems.append("states[\(s)] \"\(state.name)\": \(name) must be 2 finite numbers, got \(pair)")
        }
      }
      let f = state.terminalFlows ?? [0, 0], v = state.horizonValues ?? [0, 0]
      flows += f.count == 2 && state.isTerminal ? f : [0, 0]
      values += v.count == 2 && !state.isTerminal ? v : [0, 0]
    }
    if flowsForever && !(discount < 1) {
      problems.append("flows that go on forever need a discount below 1, got \(discount)")
    }
    var powers: [Double] = [1]
    for _ in 0..<max(rounds, 0) { powers.append(powers[powers.count - 1] * discount) }
    var annuity = [Double](repeating: 0, count: powers.count)
    var sum = flowsForever && discount < 1 ? powers[powers.count - 1] / (1 - discount) : 0
    annuity[annuity.count - 1] = sum
    for t in stride(from: powers.count - 2, through: 0, by: -1) {
      sum += powers[t]
      annuity[t] = sum
    }
    let store = tables.storage
    tables.hasHorizonPayoffs = true
    tables.terminalFlows = store.store(flows)
    tables.horizonValues = store.store(values)
    tables.flowAnnuity = store.store(annuity)
  }

  /// The most a path can earn from flows and horizon values (for the payoff scale).
  var horizonPayoffBound: Double {
    let flow = tables.terminalFlows.map(abs).max() ?? 0
    let value = tables.horizonValues.map(abs).max() ?? 0
    return flow * (tables.flowAnnuity.map(abs).max() ?? 0) + value
  }
}
