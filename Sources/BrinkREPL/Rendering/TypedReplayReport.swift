import BrinkCore
import BrinkFormats

/// `brink replay` on a scenario with types: the beliefs the real moves imply, round
/// by round (`TypedSolution.replay`), with each move's chance under the equilibrium.
public enum TypedReplayReport {
  public static func render(_ doc: ScenarioDocument, solution: TypedSolution) -> String {
    let s = solution.scenario
    let rounds = solution.replay(ReplayReport.record(of: doc, horizon: solution.graph.horizon))
    var lines = ["\(s.title.isEmpty ? doc.name : s.title) (\(doc.file)): the record against the perfect Bayesian equilibrium"]
    if rounds.isEmpty {
      lines.append("No round of the record can be followed (no script, or its first round names no move of each side).")
    }
    for r in rounds {
      let state = s.states[r.state]
      let moves = (0..<2).map { "\(s.players[$0]) \(state.moves[$0][r.moves[$0]].name) (chance \(NumberDisplay.prose(r.chances[$0])))" }
      lines.append("Round \(r.round + 1), \(state.name): " + moves.joined(separator: ", "))
      for p in 0..<2 where s.types[p].count > 1 {
        let names = s.types[p].map(\.name)
        func dist(_ x: [Rational]) -> String { zip(names, x).map { "\($0) \(NumberDisplay.prose($1))" }.joined(separator: ", ") }
        let note = r.chances[p] == .zero ? " (off the path: the belief is kept)" : (r.after[p] == r.before[p] ? " (the move says nothing)" : "")
        lines.append("  belief about \(s.players[p]): \(dist(r.before[p])) → \(dist(r.after[p]))\(note)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
