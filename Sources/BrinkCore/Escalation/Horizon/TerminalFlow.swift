/// The worth of resting in a terminal state: what it pays on arrival plus its flow
/// (`EscalationState.terminalFlow`) in every round left.
///
/// A path that arrives in a terminal state at the start of round `t` (so that round
/// `t` is the first one it spends there) receives the flow `f` in rounds
/// `t, t + 1, …`, each discounted to round `t`:
/// - with no tail, up to the last dated round `T − 1`:
///   `f · (1 + δ + … + δ^{T−t−1}) = f · (1 − δ^{T−t}) / (1 − δ)`, or `f · (T − t)`
///   when δ = 1; nothing at the horizon `t = T`;
/// - with a stationary tail, forever: `f / (1 − δ)` (δ < 1), the same in every round.
///
/// These are geometric sums, computed exactly in `Rational`. Every driver reads
/// them from here: the ladder's terminal nodes (`LadderGraph`, so the solver, the
/// extensive form and the explanation), and the simulator through the per-round
/// annuity `flowAnnuity(round:)` scaled to round 0.
extension EscalationScenario {
  /// `1 + δ + … + δ^{k−1}`, the worth at round `t` of one unit in each of the
  /// rounds `t, …, T − 1` (k = T − t), or `1/(1 − δ)` with a stationary tail.
  public func flowRounds(fromRound t: Int) -> Rational {
    if calendar.tail == .stationary && discount < .one { return .one / (.one - discount) }
    let k = max(calendar.rounds - t, 0)
    var sum = Rational.zero, power = Rational.one
    for _ in 0..<k {
      sum += power
      power *= discount
    }
    return sum
  }

  /// What arriving in a terminal `state` at the start of round `t`, at `values`,
  /// is worth to each player, discounted to round `t`: the arrival payoff plus the
  /// flow's worth (`flowRounds(fromRound:)`). Zeros for a non-terminal state.
  public func terminalValue(of state: Int, at values: [Rational], round t: Int) -> [Rational] {
    let s = states[state]
    let arrival = s.arrivalPayoffs(at: values)
    guard s.terminalFlow != nil else { return arrival }
    let k = flowRounds(fromRound: t)
    return zip(arrival, s.flowPayoffs(at: values)).map { $0 + k * $1 }
  }

  /// Whether some terminal state keeps a flow.
  public var hasTerminalFlows: Bool { states.contains { $0.isTerminal && $0.terminalFlow != nil } }

  /// The simulator's annuity: `flowAnnuity[t]` = δ^t · `flowRounds(fromRound: t)`
  /// for `t` in `0...T`, the worth at round 0 of the flow from an arrival in round `t`.
  public var flowAnnuity: [Double] {
    var power = Rational.one
    var out = [Double]()
    for t in 0...max(calendar.rounds, 0) {
      out.append((power * flowRounds(fromRound: t)).doubleValue)
      power *= discount
    }
    return out
  }
}

/// Where a terminal node's value comes from (`explain`, `show`, JSON): the arrival
/// payoff, the flow per round, how many rounds' worth it counts for, and the total.
public struct TerminalWorth: Sendable, Hashable {
  public var arrival: [Rational]
  /// Per round while the game rests there; zeros when the state has no flow.
  public var flow: [Rational]
  /// `flowRounds(fromRound:)`: `1 + δ + … + δ^{T−t−1}`, or `1/(1 − δ)` with a tail.
  public var rounds: Rational
  /// Whether the flow goes on forever (a stationary tail).
  public var forever: Bool
  /// `arrival + rounds · flow`.
  public var total: [Rational]
}

extension EscalationScenario {
  /// The parts of `terminalValue(of:at:round:)`.
  public func terminalWorth(of state: Int, at values: [Rational], round t: Int) -> TerminalWorth {
    let s = states[state]
    return TerminalWorth(arrival: s.arrivalPayoffs(at: values), flow: s.flowPayoffs(at: values),
                         rounds: flowRounds(fromRound: t), forever: calendar.tail == .stationary,
                         total: terminalValue(of: state, at: values, round: t))
  }
}
