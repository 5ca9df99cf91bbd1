/// The rule a player uses to choose a (mixed) move in each state and round.
public enum ChoiceModel: Sendable, Hashable {
  /// A Nash equilibrium of the stage game with continuation values folded in,
  /// by backward induction over the horizon; `selection` picks among several.
  /// Against a non-strategic opponent (fixed, script, tit-for-tat…) this is a best
  /// response. In a sequential stage it is subgame perfect.
  case equilibrium(selection: EquilibriumSelection)
  /// Logit quantal response equilibrium with rationality λ ≥ 0 (McKelvey and
  /// Palfrey, "Quantal response equilibria for normal form games", *GEB* 10, 1995).
  case logit(lambda: Double)
  /// Fixed mixed strategies: `strategies[state]` is a distribution over this
  /// player's moves in that state (`nil`: uniform). Indexed like the scenario's states.
  case fixed(strategies: [[Rational]?])
  /// Hold first, then escalate if and only if the opponent escalated last round.
  case titForTat
  /// Hold until the opponent escalates once, then escalate for ever.
  case grimTrigger
  /// Tit-for-tat that forgives an escalation with probability `forgiveness`
  /// (Nowak and Sigmund, "Tit for tat in heterogeneous populations", *Nature* 355, 1992).
  case generousTitForTat(forgiveness: Rational)
  /// Moves by round: `moves[t]` is the name of the move to play in round `t`; a
  /// missing entry, `nil`, or a name the current state does not offer means the
  /// player's hold move in that state: its first `.hold` move, else its first move
  /// with no posture, else its first move (`NonStrategicChoice.holdMove`).
  case script(moves: [String?])

  /// Whether the model's choice ignores payoffs and continuation values (fixed,
  /// scripted and history rules): with two such players nothing needs solving.
  public var ignoresPayoffs: Bool {
    switch self {
    case .equilibrium, .logit: return false
    case .fixed, .titForTat, .grimTrigger, .generousTitForTat, .script: return true
    }
  }

  /// Whether the model looks at history (the simulation keeps a small memory).
  public var usesHistory: Bool {
    switch self {
    case .titForTat, .grimTrigger, .generousTitForTat: return true
    default: return false
    }
  }

  /// Whether the model optimises (and so needs continuation values).
  public var isStrategic: Bool {
    switch self {
    case .equilibrium, .logit: return true
    default: return false
    }
  }
}

/// Which equilibrium of a stage game a player (both players) expects.
public enum EquilibriumSelection: String, Sendable, Hashable, CaseIterable {
  /// Harsanyi and Selten (1988): the equilibrium with the largest product of
  /// deviation losses (2×2 with two strict equilibria); otherwise as `payoffDominant`.
  case riskDominant
  /// Among the pure equilibria when there are any (else among all), one that no
  /// other Pareto-dominates (largest sum of payoffs among those; ties broken by
  /// order), as `StageEquilibria.select` does.
  case payoffDominant
  /// The completely mixed (or most mixed) equilibrium when there is one; otherwise
  /// the first pure one.
  case mixed
}
