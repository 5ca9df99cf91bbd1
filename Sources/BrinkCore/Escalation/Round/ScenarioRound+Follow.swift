/// The *follow* driver of `ScenarioRound`: one path through a round's steps, the
/// caller deciding each shock and each lottery (with a seeded draw in hand play,
/// "none" and "the most likely" in replay's reconstruction).
extension ScenarioRound {
  /// Steps 1–2 for round `t` along one path: what acted, in order, and the node it
  /// left. `fires(k, shock)` is asked, in order, about each shock that could act
  /// (active, of positive probability, and acting by the shock rule, `shockActs`:
  /// an applicable state and a condition that holds, judged on what the events
  /// left); the caller decides how to draw (it should fire with probability
  /// `shock.probability`).
  public func settle(_ node: LadderNode, round t: Int,
                     fires: (Int, RandomShock) -> Bool) -> (node: LadderNode, happened: [RoundSettlement.Cause]) {
    var node = node
    var happened = [RoundSettlement.Cause]()
    var settled: LadderNode?  // what the events left: the shocks are judged on it
    for cause in settlingCauses(round: t) {
      switch cause {
      case .event:
        guard acts(cause, on: node, round: t) else { continue }
      case .shock(let k):
        if settled == nil { settled = node }
        guard shockActs(k, on: node, settled: settled!, round: t), fires(k, scenario.shocks[k]) else { continue }
      }
      node = applying(effect(cause), to: node, round: t)
      happened.append(cause)
    }
    return (node, happened)
  }

  /// One round of one path, as `follow` played it.
  public struct Followed: Sendable {
    /// Step 3: the stage payoffs, at the values the round started with.
    public var payoffs: [Rational]
    /// Steps 4–5: the index of the transition branch taken, and where it landed
    /// (after the move's effects and the memory update).
    public var branch: Int
    public var landed: LadderNode
    /// Step 6: what acted while settling round `t + 1`, in order.
    public var happened: [RoundSettlement.Cause]
    /// The node the next round starts from.
    public var next: LadderNode
  }

  /// Steps 3–6 from a node of round `t` along one path: the joint move `(i, j)`,
  /// the branch `land(branches)` picks (an index into the transition's outcomes),
  /// then round `t + 1` settled with `fires` (see `settle(_:round:fires:)`).
  public func follow(from node: LadderNode, round t: Int, _ i: Int, _ j: Int,
                     land: ([Transition.Branch]) -> Int,
                     fires: (Int, RandomShock) -> Bool) -> Followed {
    let b = land(transition(at: node, i, j).outcomes)
    let landed = landings(from: node, i, j)[b].node
    let settled = settle(landed, round: t + 1, fires: fires)
    return Followed(payoffs: payoffs(at: node, i, j), branch: b, landed: landed,
                    happened: settled.happened, next: settled.node)
  }
}
