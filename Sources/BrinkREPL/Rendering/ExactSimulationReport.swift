import BrinkCore
import Foundation

/// `simulate --exact`: the outcome table and the state-by-round table computed from
/// the chain (`ExactSimulation`), as text, JSON and CSV rows, printed after the
/// sampled report (or alone, with `--paths 0`).
public struct ExactSimulationReport: Sendable, Encodable {
  public struct Outcome: Sendable, Encodable {
    public var state: String
    public var terminal: Bool
    public var probability: Double
    public var exact: String?
  }

  public var exact: Bool
  public var outcomes: [Outcome]
  public var stateNames: [String]
  /// `stateProbabilities[t][s]`, as in the sampled report (row `rounds`: the end).
  public var stateProbabilities: [[Double]]
  public var exactStateProbabilities: [[String]]?

  public init(_ e: ExactSimulation) {
    exact = e.exactStates != nil
    // Terminal states first, then where paths can still be at the horizon, as the sampled table.
    let order = e.stateNames.indices.filter { e.isTerminal[$0] } + e.stateNames.indices.filter { !e.isTerminal[$0] }
    outcomes = order.compactMap { s in
      let p = e.outcomes[s]
      let x = e.exactOutcomes?[s]
      // Every terminal state, and any other state a path can be in at the end.
      guard e.isTerminal[s] || p > 0 || (x.map { !$0.isZero } ?? false) else { return nil }
      return Outcome(state: e.stateNames[s], terminal: e.isTerminal[s], probability: p, exact: x?.description)
    }
    stateNames = e.stateNames
    stateProbabilities = e.states
    exactStateProbabilities = e.exactStates?.map { $0.map(\.description) }
  }

  static func percent(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }

  public func text(dates: [CalendarDate]) -> String {
    var out = ["Exact, from the Markov chain" + (exact ? "" : " (floating point: a logit player)"), "", "Outcomes"]
    let width = max(7, outcomes.map { $0.state.count + ($0.terminal ? 0 : 17) }.max() ?? 0)
    out.append("  " + "outcome".padding(toLength: width, withPad: " ", startingAt: 0) + "  probability  exact")
    for o in outcomes {
      let name = o.state + (o.terminal ? "" : " (at the horizon)")
      let p = Self.percent(o.probability)
      out.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                 + String(repeating: " ", count: max(0, 11 - p.count)) + p + "  " + (o.exact.map(ForecastReport.fraction) ?? "—"))
    }
    out += ["", "Probability of each state by round"]
    let columns = stateNames.map { max($0.count, 6) }
    out.append("  round  date        " + zip(stateNames, columns).map { String(repeating: " ", count: $1 - $0.count) + $0 }.joined(separator: "  "))
    for (t, row) in stateProbabilities.enumerated() {
      let label = (t < stateProbabilities.count - 1 ? "\(t + 1)" : "end").padding(toLength: 5, withPad: " ", startingAt: 0)
      let date = t < dates.count ? "\(dates[t])" : ""
      let cells = zip(row, columns).map { p, w in let s = Self.percent(p); return String(repeating: " ", count: max(0, w - s.count)) + s }
      out.append("  \(label)  \(date)  " + cells.joined(separator: "  "))
    }
    return out.joined(separator: "\n")
  }

  /// `table,row,column,value` rows, as the sampled CSV writes them.
  public var csvRows: [String] {
    var rows = [String]()
    for o in outcomes {
      rows.append("exact_outcome,\(o.state),probability,\(o.probability)")
      if let x = o.exact { rows.append("exact_outcome,\(o.state),exact,\(x)") }
    }
    for (t, row) in stateProbabilities.enumerated() {
      let r = t < stateProbabilities.count - 1 ? "\(t + 1)" : "end"
      for (s, p) in row.enumerated() { rows.append("exact_state_probability,\(r),\(stateNames[s]),\(p)") }
    }
    return rows
  }
}
