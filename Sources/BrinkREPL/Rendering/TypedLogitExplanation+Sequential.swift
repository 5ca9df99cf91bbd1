import BrinkCore
import Foundation

/// `explain` of a sequential state under the logit variant: the follower sees the
/// lead, so each of its type-agents answers each lead on its own, at the posterior
/// about the leader that the lead implies (`TypedLogitSolution.History.replies`,
/// `replyPayoffs`, `posteriorAfterLead`).
extension TypedLogitExplanation {
  /// One line per lead: what the follower then believes (Bayes' rule on the
  /// leader's logit strategies, when the leader has types), its worths and its
  /// logit response.
  static func sequentialWorths(_ solution: TypedLogitSolution, _ id: Int, follower p: Int, type theta: Int,
                               worths: [[Double]]) -> [String] {
    let s = solution.scenario
    let h = solution.histories[id]
    let state = solution.state(of: id)
    let l = 1 - p
    let lambda = TypedLogitReport.lambdaText(solution.lambdas[p])
    return state.moves[l].indices.map { x in
      let worth = worths[x]
      let top = worth.max()!
      let weights = worth.map { exp(solution.lambdas[p] * ($0 - top)) }
      let total = weights.reduce(0, +)
      let names = state.moves[p].map(\.name)
      var text = "  \(who(s, p, theta)) after \(s.players[l]) \(state.moves[l][x].name)"
      if s.typeList(of: l).count > 1, let post = h.posteriorAfterLead(x) {
        text += " (believing \(s.players[l]) \(dist(s.typeList(of: l).map(\.name), post)))"
      }
      text += ": worths \(zip(names, worth).map { "\($0) \(n($1))" }.joined(separator: ", "))"
      text += "; exp(\(lambda) × worth), normalised: \(dist(names, weights.map { $0 / total }))."
      return text
    }
  }
}
