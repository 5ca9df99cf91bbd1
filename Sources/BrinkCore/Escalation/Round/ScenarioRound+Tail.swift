/// One round of a stationary tail (`HorizonTail.stationary`): the rules of the last
/// dated round, played after the calendar, the same in every tail round.
///
/// From a node of the tail (its clock, when nodes carry one, stands at the horizon
/// `T`: the date no longer moves), for the joint move `(i, j)`:
/// 1. Steps 3–4 of `ScenarioRound`: the payoffs and the move's effects and memory.
/// 2. Step 5, *land*: the transition chosen at the node (its guards read the
///    horizon's date), each branch opened at round `T`.
/// 3. Settle with the shocks active in the last dated round `T − 1`, at their
///    probabilities, judged at round `T` (the events are dated, so none recurs).
/// So the tail is the round after the calendar, repeated: a stationary stochastic
/// game on the nodes it reaches (`TailGraph`).
extension ScenarioRound {
  /// What can act in a tail round: the shocks of the last dated round.
  var tailCauses: [RoundSettlement.Cause] {
    guard horizon > 0 else { return [] }
    return causesByRound[horizon - 1].filter { if case .shock = $0 { true } else { false } }
  }

  /// Steps 1–3 above: every node the joint move leads to in the next tail round,
  /// with its probability, not merged.
  public func tailOutcomes(from node: LadderNode, _ i: Int, _ j: Int) -> [(node: LadderNode, probability: Rational)] {
    let after = moved(node, i, j)
    let causes = tailCauses
    return transition(at: node, i, j).outcomes.flatMap { branch -> [(node: LadderNode, probability: Rational)] in
      var landed = after
      landed.state = branch.state
      let opened = opened(landed, round: horizon)
      return settle(opened, round: horizon, causes: causes).map { ($0.node, branch.probability * $0.probability) }
    }
  }
}
