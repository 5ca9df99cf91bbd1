/// The uniform-play baseline: both players pick each of their moves with equal
/// probability in every state, every round (`fixed` with no mixtures), with no
/// tremble. It keeps the scenario's structure (states, transitions, events, shocks,
/// the calendar) and drops its strategic reasoning, so a model that cannot beat it
/// has shown that its structure, not its game theory, carries its forecasts.
extension EscalationScenario {
  public var uniformPlay: EscalationScenario {
    var s = self
    s.behaviours = s.behaviours.map { _ in
      PlayerBehaviour(model: .fixed(strategies: Array(repeating: nil, count: states.count)), tremble: .zero)
    }
    return s
  }
}
