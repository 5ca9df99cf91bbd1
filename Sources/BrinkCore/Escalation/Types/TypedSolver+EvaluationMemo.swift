/// `TypedSolver.evaluate`, memoised: a profile of type strategies evaluated once at a
/// (round, node, beliefs).
///
/// Why. The stage searches ask for the same evaluation many times: the
/// semi-separating search (`TypedStageSearch.bluff`) reads the reply stage's payoffs
/// (`replyPayoffs`) for every pair of replies, both mixing types and every shared
/// move, at the same beliefs; the complete-information step evaluates the same
/// profile before and after its ruled-out types best-respond when they already do.
/// Each evaluation sums the continuation of every joint move, exactly (issue 11: the
/// typed default's `brink solve` within 5× of `brink check`).
///
/// Why it gives the same answer. An evaluation reads only its arguments, the scenario
/// and the children `TypedSolver.solve` memoises (which never change once solved;
/// TypedSolver+Continuation.swift). An evaluation with an `override` (a child that a
/// semi-separating or mixed answer fixes, and its search may rewrite) is never
/// stored; neither is one that throws, so it is computed, and throws, again.
///
/// Scoped and bounded. The hits come from one stage's search asking again, so the memo
/// lives in the frame of the stage being solved (`StageFrame`,
/// TypedSolver+StageFrame.swift) and is dropped when that stage is solved; a frame's
/// memo is emptied when it holds `evaluationMemoLimit` entries (a stage with many
/// profiles). Outside a stage's solve (no frame) nothing is kept.
extension TypedSolver {
  static let evaluationMemoLimit = 4_096

  struct EvaluationKey: Hashable {
    var round: Int
    var node: Int
    var beliefs: [[Rational]]
    var strategies: [[[Rational]]]
    var replies: [[[Rational]]]?

    /// Hashes the node and each mixture's support only: a frame's keys mostly share
    /// the round, node and beliefs, and most mixtures are pure, so the support tells
    /// them apart; `==` still compares everything. Hashing every exact number of the
    /// key (beliefs included) was a measurable share of a typed solve (perf, issue 11).
    func hash(into hasher: inout Hasher) {
      var h = round &* 1_000_003 &+ node
      for s in strategies { for x in s { h = h &* 31 &+ Self.support(x) } }
      if let replies { for r in replies { for x in r { h = h &* 31 &+ Self.support(x) } } }
      hasher.combine(h)
    }

    /// The moves a mixture plays, as bits (modulo 64).
    static func support(_ x: [Rational]) -> Int {
      var bits = 0
      for k in x.indices where x[k] != .zero { bits |= 1 << (k & 63) }
      return bits
    }
  }

  /// Evaluates `strategies` (and a sequential follower's `replies`) at round `t`,
  /// node `n` with `beliefs`: `evaluateAfresh` (TypedSolver+Stage.swift), which
  /// documents the evaluation, answered from the memo when there is no `override`.
  mutating func evaluate(round t: Int, node n: Int, beliefs: [[Rational]], strategies: [[[Rational]]],
                         replies: [[[Rational]]]? = nil, override: [[Int]: Int] = [:]) throws -> Evaluation {
    guard override.isEmpty else {
      return try evaluateAfresh(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies,
                                override: override)
    }
    guard !frames.isEmpty else {
      return try evaluateAfresh(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies,
                                override: override)
    }
    let key = EvaluationKey(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies)
    if let hit = frames[frames.count - 1].evaluations[key] { return hit }
    let e = try evaluateAfresh(round: t, node: n, beliefs: beliefs, strategies: strategies, replies: replies,
                               override: override)
    // The frame may have been pushed and popped by the children's solves meanwhile;
    // the top is this stage's again.
    let top = frames.count - 1
    if frames[top].evaluations.count >= Self.evaluationMemoLimit { frames[top].evaluations.removeAll(keepingCapacity: true) }
    frames[top].evaluations[key] = e
    return e
  }
}
