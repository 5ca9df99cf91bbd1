/// Why a player plays what it plays at one node: kept so that `solve` can explain
/// each strategy, not just print it.
public enum ChoiceExplanation: Sendable, Hashable {
  /// A Nash equilibrium of the stage game with continuation values folded in,
  /// chosen by `selection` among `candidates` equilibria found.
  case equilibrium(EquilibriumSelection, candidates: Int)
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
