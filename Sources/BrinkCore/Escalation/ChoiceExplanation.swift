/// Why a player plays what it plays at one node: kept so that `solve` can explain
/// each strategy, not just print it.
public enum ChoiceExplanation: Sendable, Hashable {
  /// A Nash equilibrium of the round game with the future (continuation values
  /// folded in), chosen by `selection` among `candidates` equilibria found;
  /// `pureOnly` when those are its pure equilibria only (the mixed ones were not
  /// sought), and `decidedBy` the rule that actually decided.
  case equilibrium(EquilibriumSelection, candidates: Int, pureOnly: Bool, decidedBy: SelectionReason)
  /// A best response to an opponent whose play does not depend on this player's
  /// optimisation (fixed, script, tit-for-tat…).
  case bestResponse
  /// Sequential stage: the follower best-responds to each first move (ties broken
  /// in the first mover's favour), the first mover anticipates it (Selten 1965).
  case subgamePerfect
  /// A logit quantal response fixed point, found by damped iteration.
  case logit(lambda: Double, iterations: Int, converged: Bool)
  case fixed
  case script
  case titForTat
  case grimTrigger
  case generousTitForTat
}

/// What decided which equilibrium a player expects (`StageEquilibria.decide`).
public enum SelectionReason: String, Sendable, Hashable {
  /// There was one candidate.
  case only
  /// Harsanyi–Selten risk dominance between two strict equilibria of a 2×2 game.
  case riskDominance
  /// Payoff dominance (Pareto, then the largest payoff sum, then the first),
  /// chosen by the rule.
  case payoffDominance
  /// Risk dominance was asked for but does not apply (not two strict
  /// equilibria, or their products tie), so payoff dominance decided.
  case payoffDominanceFallback
  /// The rule `mixed`: the largest supports.
  case largestSupport
  /// Of several equilibria, only this one is a best reply to the other side's
  /// trembled play (`StageEquilibria.robustToTrembles`, Selten 1975).
  case trembles
}
