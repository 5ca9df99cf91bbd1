import BrinkCore
import BrinkFormats

/// `replay` on a scenario with types whose players all use `logit`: the beliefs the
/// real moves imply, round by round (`TypedLogitSolution.replay`), each move's
/// chance under the logit agent QRE, and Bayes' rule worked where a move tells
/// something (the perfect Bayesian counterpart is `TypedReplayReport`).
public enum TypedLogitReplayReport {
  public static func render(_ doc: ScenarioDocument, solution: TypedLogitSolution) -> String {
    let s = solution.scenario
    let n = TypedLogitReport.number
    let rounds = solution.replay(ReplayReport.record(of: doc, horizon: solution.graph.horizon))
    var lines = ["\(s.title.isEmpty ? doc.name : s.title) (\(doc.file)): the record against the logit agent quantal response equilibrium (λ: "
      + (0..<2).map { "\(s.players[$0]) \(TypedLogitReport.lambdaText(solution.lambdas[$0]))" }.joined(separator: ", ") + ")"]
    if rounds.isEmpty {
      lines.append("No round of the record can be followed (no script, or its first round names no move of each side).")
    }
    for r in rounds {
      let state = s.states[r.state]
      let moves = (0..<2).map { "\(s.players[$0]) \(state.moves[$0][r.moves[$0]].name) (chance \(n(r.chances[$0])))" }
      lines.append("Round \(r.round + 1), \(state.name): " + moves.joined(separator: ", "))
      for p in 0..<2 where s.types[p].count > 1 {
        let names = s.types[p].map(\.name)
        func dist(_ x: [Double]) -> String { zip(names, x).map { "\($0) \(n($1))" }.joined(separator: ", ") }
        let like = r.likelihood[p]
        let says = like.allSatisfy { $0 == like[0] }
        lines.append("  belief about \(s.players[p]): \(dist(r.before[p])) → \(dist(r.after[p]))\(says ? " (the move says nothing)" : "")")
        if !says {
          let chances = names.indices.map { "\(n(like[$0])) if \(names[$0])" }.joined(separator: ", ")
          lines.append("    Bayes' rule: \(state.moves[p][r.moves[p]].name) has chance \(chances)")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
