/// The *enumerate* driver of `ScenarioRound`: every outcome of a round's steps with
/// its exact probability, as `LadderGraph` and the exact compile step need.
extension ScenarioRound {
  /// Steps 1–2 for round `t`: every node `node` can be settled into, with its
  /// probability. Events act in order (they split nothing, so they leave one node);
  /// each shock that can act on that node (`shockActs`) then splits every outcome
  /// into "acts" (its probability) and "does not" (the rest), in that order.
  /// Outcomes are not merged: two can be the same node.
  ///
  /// - Parameters:
  ///   - keepsCertainMisses: keep the "does not act" outcome of a shock of
  ///     probability 1, with probability 0. The compile step does, so that later
  ///     shocks are compiled for that key too, as they always have been (its tables,
  ///     and so the sampler's draws, stay as they were).
  ///   - observe: called for each event or shock that acts, with the node before
  ///     and after it (the compile step records one copy of the effect per pair).
  ///   - causes: what can act, in place of round `t`'s (a stationary tail's
  ///     rounds: `ScenarioRound+Tail.swift`).
  public func settle(
    _ node: LadderNode, round t: Int, keepsCertainMisses: Bool = false,
    causes: [RoundSettlement.Cause]? = nil,
    observe: (RoundSettlement.Cause, LadderNode, LadderNode) -> Void = { _, _, _ in }
  ) -> [(node: LadderNode, probability: Rational)] {
    var outcomes = [(node: node, probability: Rational.one)]
    var settled = node  // what the events left: the shocks are judged on it
    for cause in causes ?? settlingCauses(round: t) {
      let effect = effect(cause)
      switch cause {
      case .event:
        outcomes = outcomes.map { n, p in
          guard acts(cause, on: n, round: t) else { return (n, p) }
          let to = applying(effect, to: n, round: t)
          observe(cause, n, to)
          return (to, p)
        }
        settled = outcomes[0].node
      case .shock(let k):
        let chance = scenario.shocks[k].probability
        let miss = Rational.one - chance
        var split = [(node: LadderNode, probability: Rational)]()
        for (n, p) in outcomes {
          guard shockActs(k, on: n, settled: settled, round: t) else { split.append((n, p)); continue }
          let hit = applying(effect, to: n, round: t)
          observe(cause, n, hit)
          split.append((hit, p * chance))
          if !miss.isZero || keepsCertainMisses { split.append((n, p * miss)) }
        }
        outcomes = split
      }
    }
    return outcomes
  }

  /// Steps 3–6 from a node of round `t`: every node of round `t + 1` the joint move
  /// `(i, j)` can lead to (landed, then settled for round `t + 1`), with its
  /// probability, branch by branch in the transition's order; not merged.
  public func outcomes(
    from node: LadderNode, round t: Int, _ i: Int, _ j: Int, keepsCertainMisses: Bool = false,
    observe: (RoundSettlement.Cause, LadderNode, LadderNode) -> Void = { _, _, _ in }
  ) -> [(node: LadderNode, probability: Rational)] {
    landings(from: node, i, j).flatMap { landed, p in
      settle(landed, round: t + 1, keepsCertainMisses: keepsCertainMisses, observe: observe)
        .map { ($0.node, p * $0.probability) }
    }
  }
}
