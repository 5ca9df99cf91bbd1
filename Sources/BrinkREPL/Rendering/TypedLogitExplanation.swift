import BrinkCore
import Foundation

/// `explain` on a scenario with types whose players all use `logit`: one history of
/// the logit agent QRE (`TypedLogitSolution`) in words. The facts are Core's: each
/// type's strategy, the beliefs, each move's worth to each type-agent
/// (`History.agentPayoffs`); this words them, with Bayes' rule and the logit
/// response worked in decimals (four places; the solve's precision is stated).
///
/// Sections: the model and its precision; each type's strategy; for each side with
/// private information and a choice, what each move tells the other side (Bayes'
/// rule worked: under logit every move is played, so no belief is off the path) and
/// what the other side does next; why each type-agent plays as it does (its worths
/// and the logit response to them).
enum TypedLogitExplanation {
  static func render(_ solution: TypedLogitSolution, history id: Int) -> String {
    let s = solution.scenario
    let h = solution.histories[id]
    let state = solution.state(of: id)
    let moves = state.moves.map { $0.map(\.name) }
    let lambdas = (0..<2).map { TypedLogitReport.lambdaText(solution.lambdas[$0]) }
    let informed = (0..<2).filter { s.typeList(of: $0).count > 1 }
    var lines = ["Logit play in \(state.name), round \(h.round + 1) (\(s.calendar.date(ofRound: h.round))): the logit agent quantal response equilibrium (McKelvey and Palfrey 1998), λ: "
      + (0..<2).map { "\(s.players[$0]) \(lambdas[$0])" }.joined(separator: ", ") + "."]
    lines.append(TypedLogitReport.precision(solution))
    lines.append("Beliefs at the start of the round: " + (informed.isEmpty ? "every type is known" : informed.map { p in
      "\(s.players[p]) " + dist(s.typeList(of: p).map(\.name), h.beliefs[p])
    }.joined(separator: "; ")) + ".")
    lines += ["", "Type-contingent strategies:"]
    for p in 0..<2 {
      for theta in s.typeList(of: p).indices {
        if p == h.follower, let replies = h.replies {
          for x in moves[1 - p].indices {
            lines.append("  \(who(s, p, theta)) after \(s.players[1 - p]) \(moves[1 - p][x]): \(dist(moves[p], replies[theta][x]))")
          }
        } else {
          lines.append("  \(who(s, p, theta)): \(dist(moves[p], h.strategies[p][theta]))")
        }
      }
    }
    for p in informed where moves[p].count > 1 && p != h.follower {
      let q = 1 - p
      lines += ["", "What each move of \(s.players[p]) tells \(s.players[q]) (Bayes' rule; under logit every type plays every move, so no belief is off the path):"]
      for m in moves[p].indices { lines.append("  " + tells(solution, id, player: p, move: m)) }
    }
    lines += ["", "Why each side plays as it does (a move's worth: this round's payoff and the discounted future, against the other side's strategy and the belief; each move's chance is ∝ exp(λ × its worth)):"]
    for p in 0..<2 {
      for theta in s.typeList(of: p).indices {
        if p == h.follower, let worths = h.replyPayoffs, moves[p].count > 1 {
          lines += sequentialWorths(solution, id, follower: p, type: theta, worths: worths[theta])
          continue
        }
        let worth = h.agentPayoffs[p][theta]
        guard !worth.isEmpty else {
          lines.append("  \(who(s, p, theta)): \(moves[p][0]) (its only move).")
          continue
        }
        let worths = zip(moves[p], worth).map { "\($0) \(n($1))" }.joined(separator: ", ")
        let top = worth.max()!
        let weights = worth.map { exp(solution.lambdas[p] * ($0 - top)) }
        let total = weights.reduce(0, +)
        let chances = zip(moves[p], weights).map { "\($0) \(n($1 / total))" }.joined(separator: ", ")
        lines.append("  \(who(s, p, theta)): worths \(worths); exp(\(lambdas[p]) × worth), normalised: \(chances).")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// After move `m` of player `p`: the posterior worked, and what the other side does next.
  static func tells(_ solution: TypedLogitSolution, _ id: Int, player p: Int, move m: Int) -> String {
    let s = solution.scenario
    let h = solution.histories[id]
    let state = solution.state(of: id)
    let q = 1 - p
    let types = s.typeList(of: p).map(\.name)
    let joint = zip(h.beliefs[p], h.strategies[p]).map { $0 * $1[m] }
    let total = joint.reduce(0, +)
    let terms = zip(h.beliefs[p], h.strategies[p]).map { "\(n($0)) × \(n($1[m]))" }.joined(separator: " + ")
    var text = "\(state.moves[p][m].name): \(s.players[q]) then believes \(dist(types, joint.map { $0 / total })) (\(types[0]): \(n(h.beliefs[p][0])) × \(n(h.strategies[p][0][m])) / (\(terms)) = \(n(joint[0] / total)))."
    // The other side's reply next round, when it has one move now and one successor follows.
    if state.moves[q].count == 1 {
      let (i, j) = p == 0 ? (m, 0) : (0, m)
      if h.children[i][j].count == 1 {
        let child = h.children[i][j][0]
        let next = solution.state(of: child)
        if !solution.histories[child].children.isEmpty, next.moves[q].count > 1, s.typeList(of: q).count == 1 {
          text += " Next, in \(next.name), \(s.players[q]) plays \(dist(next.moves[q].map(\.name), solution.histories[child].strategies[q][0]))."
        }
      }
    }
    return text
  }

  static func who(_ s: EscalationScenario, _ p: Int, _ theta: Int) -> String {
    let name = s.typeList(of: p)[theta].name
    return name.isEmpty ? s.players[p] : "\(s.players[p]) \(name)"
  }

  static func dist(_ names: [String], _ x: [Double]) -> String {
    zip(names, x).map { "\($0) \(n($1))" }.joined(separator: ", ")
  }

  static func n(_ x: Double) -> String { TypedLogitReport.number(x) }
}
