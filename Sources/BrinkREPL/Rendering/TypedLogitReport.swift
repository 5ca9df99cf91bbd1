import BrinkCore
import BrinkFormats
import Foundation

/// `brink solve FILE.yaml` (and the REPL's `solve`) for a scenario with types whose
/// players all use `logit λ`: the logit agent quantal response equilibrium
/// (`TypedLogitSolver`), history by history, with how it was computed and the
/// precision reached. Floating point: chances to four decimals.
public enum TypedLogitReport {
  /// At most this many decision histories are listed (the tree grows with the rounds).
  static let shown = 40

  public static func render(_ doc: ScenarioDocument, solution: TypedLogitSolution, file: String) -> String {
    let s = solution.scenario
    var lines = ["\(s.title.isEmpty ? doc.name : s.title) (\(file))"]
    lines.append("\(s.players[0]) vs \(s.players[1]); \(solution.graph.horizon) round\(solution.graph.horizon == 1 ? "" : "s") from \(s.calendar.start), discount \(s.discount)")
    lines.append("Types (nature draws them at the start; each side knows its own; the priors are the model's judgement):")
    for p in 0..<2 where s.types[p].count > 1 {
      lines.append("  \(s.players[p]): " + s.types[p].map { "\($0.name) \(NumberDisplay.prose($0.prior))" }.joined(separator: ", "))
    }
    lines.append("")
    lines.append("Logit agent quantal response equilibrium (McKelvey and Palfrey 1998), λ: "
      + (0..<2).map { "\(s.players[$0]) \(lambdaText(solution.lambdas[$0]))" }.joined(separator: ", ") + ".")
    lines.append("  Each type-agent plays each move with chance ∝ exp(λ × its expected payoff); beliefs follow Bayes' rule at every history.")
    lines.append("  " + precision(solution))
    lines.append("  Expected values by type: " + valuesText(solution))
    var stack: [(id: Int, path: String)] = solution.roots.reversed().map { ($0, "") }
    var listed = 0, round = -1
    while let (id, path) = stack.popLast() {
      let h = solution.histories[id]
      guard !h.children.isEmpty else { continue }
      if listed == shown {
        lines.append("… (\(solution.histories.count) histories in all; the first \(shown) decisions are listed)")
        break
      }
      listed += 1
      if h.round != round {
        round = h.round
        lines.append("")
        lines.append("Round \(h.round + 1) (\(s.calendar.date(ofRound: h.round))):")
      }
      lines += history(solution, id, path: path).map { "  " + $0 }
      let state = solution.state(of: id)
      for i in h.children.indices.reversed() {
        for j in h.children[i].indices.reversed() {
          let step = [(0, i), (1, j)].filter { state.moves[$0.0].count > 1 }
            .map { "\(s.players[$0.0]) \(state.moves[$0.0][$0.1].name)" }.joined(separator: ", ")
          for child in h.children[i][j].reversed() {
            stack.append((child, [path, step].filter { !$0.isEmpty }.joined(separator: "; ")))
          }
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// How the answer was found and how precise it is, in one sentence.
  static func precision(_ solution: TypedLogitSolution) -> String {
    "Solved over \(solution.histories.count) public histories (\(solution.unknowns) unknowns) by continuation from λ = 0 "
      + "(\(solution.lambdaSteps) arclength steps) and Newton's method (\(solution.newtonIterations) iterations in all): max |σ − logit(λU(σ))| = "
      + "\(scientific(solution.residual)) (tolerance \(scientific(solution.tolerance)))."
  }

  /// One decision history: heading with the beliefs, each type's mixture.
  static func history(_ solution: TypedLogitSolution, _ id: Int, path: String) -> [String] {
    let s = solution.scenario
    let h = solution.histories[id]
    let state = solution.state(of: id)
    var lines = ["\(state.name)\(path.isEmpty ? "" : " after \(path)"), believing \(beliefText(solution, h.beliefs)):"]
    for p in 0..<2 where state.moves[p].count > 1 {
      for (theta, type) in s.typeList(of: p).enumerated() {
        let who = type.name.isEmpty ? s.players[p] : "\(s.players[p]) \(type.name)"
        // A sequential follower answers each lead: one line per lead it may see.
        var leads = [("", h.strategies[p][theta])]
        if p == h.follower, let r = h.replies {
          leads = r[theta].indices.map { x in (" after \(s.players[1 - p]) \(state.moves[1 - p][x].name)", r[theta][x]) }
        }
        for (after, mix) in leads {
          lines.append("  \(who)\(after) plays " + zip(state.moves[p], mix).map { "\($0.name) \(number($1))" }.joined(separator: ", "))
        }
      }
    }
    return lines
  }

  static func beliefText(_ solution: TypedLogitSolution, _ belief: [[Double]]) -> String {
    let s = solution.scenario
    return (0..<2).filter { s.types[$0].count > 1 }.map { p in
      "\(s.players[p]) " + zip(s.types[p], belief[p]).map { "\($0.name) \(number($1))" }.joined(separator: ", ")
    }.joined(separator: "; ")
  }

  /// `Defender resolved 1.2345, irresolute 0.1234; Challenger 0.2500`, weighted by the other side's prior.
  static func valuesText(_ solution: TypedLogitSolution) -> String {
    let s = solution.scenario
    let values = solution.rootValues
    let prior = (0..<2).map { s.typeList(of: $0).map(\.prior.doubleValue) }
    return (0..<2).map { p -> String in
      let own = s.typeList(of: p), other = prior[1 - p]
      let byType = own.indices.map { theta in
        other.indices.reduce(0.0) { $0 + other[$1] * (p == 0 ? values[theta][$1][0] : values[$1][theta][1]) }
      }
      if own.count == 1 { return "\(s.players[p]) \(number(byType[0]))" }
      return "\(s.players[p]) " + zip(own, byType).map { "\($0.name) \(number($1))" }.joined(separator: ", ")
    }.joined(separator: "; ")
  }

  /// Four decimals (a chance or a value of floating-point origin); a nonzero number
  /// that would print as 0.0000 in scientific notation instead (under logit a move
  /// is never impossible, only unlikely, and the report should not say otherwise).
  static func number(_ x: Double) -> String {
    if x != 0 && abs(x) < 5e-5 { return String(format: "%.1e", x) }
    let text = String(format: "%.4f", x)
    return text == "-0.0000" ? "0.0000" : text
  }

  /// λ as written in a scenario file: `5`, `0.5`.
  static func lambdaText(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)" }

  static func scientific(_ x: Double) -> String { x == 0 ? "0" : String(format: "%.1e", x) }
}
