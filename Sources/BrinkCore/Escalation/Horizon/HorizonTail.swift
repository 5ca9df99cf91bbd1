/// What follows a scenario's last dated round.
///
/// - `none`: the game ends with the calendar. A node in the round after the last
///   is worth what arriving there pays (a terminal state's value and the flow it
///   keeps to the end, which is none), and the last rounds are played as if the
///   world ended: the end-game effect of finite backward induction.
/// - `stationary`: after the last dated round the game goes on forever under that
///   round's rules without its dated events (moves, payoffs, transitions and the
///   shocks active in the last round, at their probabilities; conditions read the
///   first day after the calendar, which then stands still), discounted by δ < 1.
///   The horizon's nodes are then worth their values in a stationary equilibrium
///   of that discounted stochastic game (`StationaryTail`), so the end date is no
///   longer an artefact. Such an equilibrium exists in stationary strategies
///   (Fink, "Equilibrium in a stochastic n-person game", *J. Sci. Hiroshima Univ.*
///   28 (1964) 89–93; Filar and Vrieze, *Competitive Markov Decision Processes*,
///   1997, §6.3).
public enum HorizonTail: String, Sendable, Hashable, CaseIterable {
  case none
  case stationary
}
