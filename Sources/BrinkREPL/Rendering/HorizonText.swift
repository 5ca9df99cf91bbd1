import BrinkCore

/// The horizon in words, for `explain` and `show`: where a terminal state's value
/// comes from (its arrival payoff and its flow, Horizon/TerminalFlow.swift) and what
/// the last dated round is followed by (nothing, or a stationary tail and how far
/// its solution is verified, `TailReport`). Said only of a scenario that has a flow
/// or a tail, so every other scenario's text is as it was.
enum HorizonText {
  /// One line per terminal state with a flow, valued on arrival in round `t`.
  static func terminalWorth(_ scenario: EscalationScenario, state: Int, values: [Rational], round t: Int) -> String {
    let w = scenario.terminalWorth(of: state, at: values, round: t)
    let p = scenario.players
    let span = w.forever
      ? "forever (a stationary tail: 1/(1 − δ) = \(w.rounds) rounds' worth)"
      : "in each of the \(max(scenario.calendar.rounds - t, 0)) round(s) left to the horizon (\(w.rounds) rounds' worth at δ = \(scenario.discount))"
    return "\(scenario.states[state].name): arriving pays \(p[0]) \(w.arrival[0]), \(p[1]) \(w.arrival[1]); then \(p[0]) \(w.flow[0]), "
      + "\(p[1]) \(w.flow[1]) a round \(span); worth \(p[0]) \(w.total[0]), \(p[1]) \(w.total[1]) on arrival in round \(t + 1)."
  }

  /// The paragraph `explain` adds, or nil when the scenario has neither flows nor a tail.
  static func paragraph(_ solved: SolvedScenario, round t: Int, values: [Rational]) -> String? {
    let scenario = solved.scenario
    guard scenario.hasTerminalFlows || scenario.calendar.tail != .none else { return nil }
    var lines = ["The horizon: where the future's values end."]
    for (s, state) in scenario.states.enumerated() where state.isTerminal && state.terminalFlow != nil {
      lines.append("- " + terminalWorth(scenario, state: s, values: values, round: t + 1))
    }
    let T = scenario.calendar.rounds
    if let tail = solved.tail {
      lines.append("- After round \(T) the game goes on under round \(T)'s rules forever, discounted by δ = \(scenario.discount) "
        + "(a stationary tail): the last dated round's continuation values are those of \(tail.summary).")
    } else {
      lines.append("- The game ends after round \(T): a state still open then is worth nothing more, so the last rounds are played as if the world ended (set 'tail: stationary' under 'calendar' to continue it).")
    }
    return lines.joined(separator: "\n")
  }
}
