import BrinkCore
import Foundation

extension SimulationReport {
  /// The summary as JSON (sorted keys, so the same run gives the same bytes).
  public static func json(_ s: SimulationSummary) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(s), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
  }

  /// The summary as one long-format CSV table, `table,row,column,value`, easy to
  /// filter and pivot in any tool:
  ///
  ///     table,row,column,value
  ///     outcome,truce,count,5801
  ///     state_probability,1,standoff,1
  public static func csv(_ s: SimulationSummary) -> String {
    var lines = ["table,row,column,value"]
    func add(_ table: String, _ row: String, _ column: String, _ value: String) {
      lines.append([table, row, column, value].map(field).joined(separator: ","))
    }
    func num(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
    add("run", "", "paths_requested", "\(s.pathsRequested)")
    add("run", "", "paths_completed", "\(s.pathsCompleted)")
    add("run", "", "rounds", "\(s.rounds)")
    add("run", "", "seed", "\(s.seed)")
    add("run", "", "path_rounds", "\(s.pathRounds)")
    for o in s.outcomes {
      add("outcome", o.state, "terminal", o.isTerminal ? "true" : "false")
      add("outcome", o.state, "count", "\(o.count)")
      add("outcome", o.state, "proportion", num(o.proportion))
      add("outcome", o.state, "ci_low", num(o.low))
      add("outcome", o.state, "ci_high", num(o.high))
    }
    for (t, row) in s.stateProbabilities.enumerated() {
      for (i, p) in row.enumerated() { add("state_probability", t < s.rounds ? "\(t + 1)" : "end", s.stateNames[i], num(p)) }
    }
    for x in s.timesToTerminal {
      add("time_to_outcome", x.state, "count", "\(x.count)")
      add("time_to_outcome", x.state, "mean", num(x.mean))
      add("time_to_outcome", x.state, "q1", x.lowerQuartile.map(String.init) ?? "")
      add("time_to_outcome", x.state, "median", x.median.map(String.init) ?? "")
      add("time_to_outcome", x.state, "q3", x.upperQuartile.map(String.init) ?? "")
    }
    for v in s.variables {
      add("variable", v.name, "mean", num(v.mean))
      add("variable", v.name, "sd", num(v.standardDeviation))
      add("variable", v.name, "min", num(v.minimum))
      add("variable", v.name, "max", num(v.maximum))
      for d in v.distribution { add("variable_distribution", v.name, "\(d.value)", "\(d.count)") }
    }
    for p in s.payoffs {
      add("payoff", p.player, "mean", num(p.mean))
      add("payoff", p.player, "standard_error", num(p.standardError))
    }
    for (i, p) in s.topPaths.enumerated() {
      add("path", "\(i + 1)", "states", p.states.joined(separator: " > ") + (p.truncated ? " > ..." : ""))
      add("path", "\(i + 1)", "count", "\(p.count)")
    }
    for e in s.effects { add("effect", e.name, "fires", "\(e.fires)") }
    return lines.joined(separator: "\n")
  }

  /// RFC 4180 quoting when needed.
  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
