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
  /// Settles one path's position for round `t` (from 0): the rule `LadderGraph`
  /// folds into its transitions, followed along a single path, as hand play needs.
  ///
  /// Steps (those of `Settler.settle`, which enumerates every outcome instead):
  /// 1. Each event dated in round `t`, in file order, acts if the game is not in a
  ///    terminal state and is in one of the event's states (any, when none listed).
  /// 2. Each shock active in round `t` with a positive probability, in file order,
  ///    under the same state rule: it acts when `fires(k, shock)` says so. The
  ///    caller decides how to draw (with probability `shock.probability`).
  ///
  /// Rounds outside the calendar have no events and no active shocks.
  public func settle(state: Int, values: [Rational], round t: Int,
                     fires: (Int, RandomShock) -> Bool) -> RoundSettlement {
    let settler = Settler(scenario: self, eventsByRound: [], tracked: variables.map { _ in true })
    var node = LadderNode(state: state, values: values)
    var happened = [RoundSettlement.Cause]()
    guard t >= 0, t < calendar.rounds else { return RoundSettlement(state: state, values: values, happened: []) }
    for (k, e) in events.enumerated() where calendar.round(containing: e.date) == t && settler.applies(e.states, to: node) {
      settler.apply(e.effect, to: &node)
      happened.append(.event(k))
    }
    for (k, shock) in shocks.enumerated()
    where shock.isActive(inRound: t, of: calendar) && !shock.probability.isZero && settler.applies(shock.states, to: node) {
      guard fires(k, shock) else { continue }
      settler.apply(shock.effect, to: &node)
      happened.append(.shock(k))
    }
    return RoundSettlement(state: node.state, values: node.values, happened: happened)
  }
}
