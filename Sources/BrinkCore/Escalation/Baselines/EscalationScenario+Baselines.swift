/// The baseline variants of a scenario (`ScenarioBaseline`). Each keeps the states,
/// chance, calendar and history, and changes only how the players choose, so the
/// difference between the model's score and a baseline's is the worth of that part
/// of the model on the record.
extension EscalationScenario {
  /// Uniform play: each player picks each of its moves in the state with equal
  /// probability, every round, whatever the payoffs (a `.fixed` model with no
  /// mixture given for any state), with no tremble (a trembled uniform mixture is the same
  /// mixture) and no misperception (nothing is solved).
  ///
  /// Tests whether the model's choices carry information: the log-likelihood of a
  /// record under uniform play is −Σ log(number of joint moves) over its decisions,
  /// the score of knowing only which moves exist.
  public var uniformPlay: EscalationScenario {
    var copy = self
    let uniform = ChoiceModel.fixed(strategies: [[Rational]?](repeating: nil, count: states.count))
    copy.behaviours = behaviours.map { _ in PlayerBehaviour(model: uniform) }
    return copy
  }

  /// Short-sighted play: discount δ = 0, so each round's stage game is its own
  /// payoffs with nothing of the future folded in (`EscalationSolver` step 2:
  /// `A[i][j] = u₀(i,j) + δ·Σ p(n′)·V₀(n′)` becomes `u₀(i,j)`), the limit of
  /// impatient players. Models, trembles and misperceptions are kept; players whose
  /// rules ignore payoffs (fixed, script, tit-for-tat…) play as before. Terminal
  /// payoffs, received only on arriving in the next round, then count for nothing.
  ///
  /// Tests whether looking ahead explains the record better than the round's own
  /// payoffs: the worth of the continuation values.
  public var shortSightedPlay: EscalationScenario {
    var copy = self
    copy.discount = .zero
    return copy
  }

  /// No tremble: every player's tremble ε set to 0, models kept.
  ///
  /// Tests whether the trembles earn their place: a model that rules a recorded
  /// move out gives the record probability 0 without them, and one that does not
  /// scores higher without them (trembles only spread probability away from what
  /// the model intends).
  public var withoutTremble: EscalationScenario {
    var copy = self
    for k in copy.behaviours.indices { copy.behaviours[k].tremble = .zero }
    return copy
  }
}
