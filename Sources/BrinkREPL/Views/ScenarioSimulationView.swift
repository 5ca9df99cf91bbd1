import BrinkCore

/// A Monte Carlo summary of a scenario as text: where paths end (with 95% Wilson
/// intervals and a bar), expected payoffs, and the most frequent paths. The
/// `scenario` helper's simulation renderer under `Rendering/` supersedes this one
/// when it lands.
struct ScenarioSimulationView {
  var summary: SimulationSummary
  var players: [String]
  var style: RenderStyle

  func render() -> String {
    var lines = [String]()
    let s = summary
    if s.isPartial {
      lines.append("interrupted after \(s.pathsCompleted) of \(s.pathsRequested) paths; results so far:")
    } else {
      lines.append("Simulated \(s.pathsCompleted) paths of \(s.rounds) rounds (seed \(s.seed)):")
    }
    let width = max(s.outcomes.map(\.state.count).max() ?? 0, 7)
    lines.append("  " + "ends in".padded(to: width) + "  " + "paths".leftPadded(to: 8) + "  " + "share".leftPadded(to: 7) + "  95% interval")
    for o in s.outcomes where o.count > 0 {
      let bar = String(repeating: style.unicode ? "█" : "#", count: Int((o.proportion * 30).rounded()))
      lines.append("  " + (o.state + (o.isTerminal ? "" : "*")).padded(to: width) + "  " + "\(o.count)".leftPadded(to: 8) + "  "
                   + SimulationTable.fixed(o.proportion).leftPadded(to: 7) + "  "
                   + "[\(SimulationTable.fixed(o.low)), \(SimulationTable.fixed(o.high))]  " + bar)
    }
    lines.append("  (* still running at the horizon)")
    let payoffs = s.payoffs.enumerated().compactMap { k, p -> String? in
      guard let mean = p.mean else { return nil }
      return "\(k < players.count ? players[k] : p.player) \(ScenarioSolution.number(mean))" + (p.standardError.map { " (s.e. \(ScenarioSolution.number($0)))" } ?? "")
    }
    if !payoffs.isEmpty { lines.append("Mean discounted payoffs: " + payoffs.joined(separator: ", ")) }
    if !s.topPaths.isEmpty {
      lines.append("Most frequent paths:")
      for p in s.topPaths.prefix(3) {
        lines.append("  " + SimulationTable.fixed(p.proportion) + "  " + p.states.joined(separator: " > ") + (p.truncated ? " ..." : ""))
      }
    }
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
  }
}
