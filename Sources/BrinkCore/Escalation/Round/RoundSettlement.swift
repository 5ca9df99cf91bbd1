/// What happened at the start of one round of one path: the scheduled events and
/// random shocks that acted, in the order they acted, and where they left the game.
public struct RoundSettlement: Sendable, Hashable {
  /// An event or a shock, by its index in the scenario's `events` or `shocks`.
  public enum Cause: Sendable, Hashable {
    case event(Int)
    case shock(Int)
  }

  /// The state after the events and shocks.
  public var state: Int
  /// Every variable's value after them (all variables, tracked or not).
  public var values: [Rational]
  /// What acted, in order.
  public var happened: [Cause]
}

extension EscalationScenario {
  /// Settles one path's position for round `t` (from 0), every variable tracked:
  /// steps 1–2 of `ScenarioRound`, followed along a single path
  /// (`ScenarioRound.settle(_:round:fires:)`). `fires(k, shock)` decides each shock
  /// that could act; rounds outside the calendar have no events and no active shocks.
  public func settle(state: Int, values: [Rational], round t: Int,
                     fires: (Int, RandomShock) -> Bool) -> RoundSettlement {
    let rules = ScenarioRound(scenario: self)
    let node = LadderNode(state: state, values: values, clock: rules.tracksTime ? t : 0)
    let settled = rules.settle(node, round: t, fires: fires)
    return RoundSettlement(state: settled.node.state, values: settled.node.values, happened: settled.happened)
  }
}
