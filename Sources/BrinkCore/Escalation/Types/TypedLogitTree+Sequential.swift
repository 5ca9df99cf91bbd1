#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sequential state in the logit agent QRE (`TypedLogitTree.respond`): the
/// leader's type-agents move, the lead is public, and the follower, which has one
/// information set per lead (Fudenberg and Tirole 1991, §8.2; the `.efg` export's
/// information sets), answers with one type-agent per (type, lead), each with its
/// own logit response (McKelvey and Palfrey 1998, §3: the agent form gives every
/// information set its own agent). Its expected payoffs after lead x average over
/// the leader's types by the posterior x implies, Bayes' rule on the leader's logit
/// strategies (always defined: every lead has positive chance under logit play).
/// The one reading of "who plays what in joint move (i, j)" for both timings, so
/// that beliefs, values and the agents' payoffs are computed the same way.
extension TypedLogitTree.History {
  /// The follower of a sequential state (nil: simultaneous).
  var follower: Int? { leader.map { 1 - $0 } }

  /// The leading move of joint move (i, j): the leader's move (0 when simultaneous,
  /// where nothing within the round is public).
  func lead(_ i: Int, _ j: Int) -> Int {
    switch leader {
    case 0: i
    case 1: j
    default: 0
    }
  }

  /// `log` of the chance that type θ of player p plays its part of joint move (i, j):
  /// from its strategy, or for a sequential follower from its reply to the lead.
  func logChance(_ p: Int, _ theta: Int, _ i: Int, _ j: Int, _ logs: [[[Double]]],
                 _ logReplies: [[[Double]]]?) -> Double {
    let move = p == 0 ? i : j
    if p == follower, let logReplies { return logReplies[theta][lead(i, j)][move] }
    return logs[p][theta][move]
  }

  /// The follower's chances of each move before it sees the lead (for reports):
  /// `Σ_θl μ(θl) Σ_x σ_l(x | θl) ρ(y | θ, x)`, as `TypedSolver.evaluate` summarises
  /// a PBE follower.
  func summary(_ replies: [[[Double]]], leader strategies: [[Double]], beliefs: [Double]) -> [[Double]] {
    replies.map { byLead in
      var out = [Double](repeating: 0, count: byLead[0].count)
      for (theta, mix) in strategies.enumerated() {
        for (x, sigma) in mix.enumerated() {
          for y in out.indices { out[y] += beliefs[theta] * sigma * byLead[x][y] }
        }
      }
      return out
    }
  }

  /// Type θ of follower f's expected payoff from reply y after lead x, at the
  /// posterior `posterior[θl]` about the leader that x implies: `Σ_θl posterior(θl)
  /// · w[(x, y)][θ₀][θ₁][f]`, w the joint-move payoffs with the continuation.
  func replyPayoff(_ w: [[[[[Double]]]]], follower f: Int, type theta: Int, lead x: Int, reply y: Int,
                   posterior: [Double]) -> Double {
    let (i, j) = f == 1 ? (x, y) : (y, x)
    var sum = 0.0
    for (other, chance) in posterior.enumerated() {
      let (a, c) = f == 1 ? (other, theta) : (theta, other)
      sum += chance * w[i][j][a][c][f]
    }
    return sum
  }
}

extension TypedLogitTree {
  /// `log softmax(x)`, shifted by the maximum so no term overflows.
  static func logSoftmax(_ x: [Double]) -> [Double] {
    let top = x.max()!
    let lse = top + log(x.reduce(0) { $0 + exp($1 - top) })
    return x.map { $0 - lse }
  }
}
