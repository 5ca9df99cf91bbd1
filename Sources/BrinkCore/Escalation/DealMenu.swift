/// A deal with content (issue 13): a state where one side offers a package from a
/// menu and the other accepts or refuses it. Each package is a set of changes to the
/// scenario's variables (a tariff cut, controls suspended, purchases) that holds for
/// a number of rounds; each side values it through its own payoff weights on those
/// variables and through where the game goes after it. So the bargaining range of
/// Fearon ("Rationalist explanations for war", *International Organization* 49(3),
/// 1995, 379–414) — the deals both sides prefer to the costly alternative — follows
/// from the scenario's own numbers (`BargainingRange` reads it off a solved node).
///
/// # What a round of bargaining does
/// The bargaining state is a take-it-or-leave-it offer (the ultimatum game; Osborne,
/// *An Introduction to Game Theory*, 2004, §6.1.1): `proposer` moves first and
/// offers one package; the other side sees the offer and answers `accept` or
/// `reject`. Both receive `flow` that round whatever is offered (their payoff per
/// round of bargaining, player weights included). A refusal goes where `noDeal`
/// says. An acceptance applies the package's effects (after the round, as every
/// move's effects) and the deal is in force for the package's `rounds` rounds.
///
/// # A deal in force, and when it lapses
/// A deal runs its course: in each of its rounds both sides receive `flow` (so the
/// package's effects count through the weights), and events and shocks do not act
/// (a deadline or a crisis waits for the deal to lapse). After its last round the
/// effects lapse — each is undone, which is why a package's effects must add
/// (`+N`/`-N`): a set (`=N`) has nothing to undo to — and the game is back in the
/// bargaining state: the deal comes up for renewal, bargained again on the
/// variables as they are then.
///
/// # How it is built
/// `EscalationScenario.addingDealMenu(_:)` writes the menu in the scenario's own
/// terms, as `addingDeadline` does for deadlines, so that every driver of the round
/// (the ladder, the solver, the Markov chain, the compile step, the sampler, hand
/// play and replay) runs it unchanged:
/// 1. The bargaining state: the proposer's moves are the packages, the other's
///    `accept` and `reject`, played in that order (`Timing.sequential`).
/// 2. Per package `P` lasting N rounds, the states `S@P.1` … `S@P.N`, one per
///    round of the deal in force, each with a single move `keep` per side; the
///    last one's move undoes the effects and goes back to `S`.
/// 3. Events and shocks that applied everywhere are given the list of the states
///    they apply in, without the deal's rounds.
///
/// The equilibrium of the bargaining round is the subgame-perfect one of the
/// sequential stage (`SequentialStage`): the responder accepts a package worth at
/// least what refusing is worth (a tie goes to the proposer), and the proposer
/// offers, among the packages accepted, the one best for itself.
public struct DealMenu: Sendable, Hashable {
  /// The bargaining state (an index into `states`).
  public var state: Int
  /// The player who offers (0 or 1); the other accepts or refuses.
  public var proposer: Int
  public var packages: [Package]
  /// Where a refusal leads (its own state: bargain again next round).
  public var noDeal: Transition
  /// Each player's payoff per round of bargaining and of a deal in force, player
  /// weights included.
  public var flow: [PayoffExpression]

  /// One package of the menu.
  public struct Package: Sendable, Hashable {
    public var name: String
    public var label: String
    /// Applied on acceptance and undone when the deal lapses: adds only.
    public var effects: [VariableEffect]
    /// How many rounds the deal is in force, at least 1.
    public var rounds: Int

    public init(name: String, label: String = "", effects: [VariableEffect], rounds: Int) {
      self.name = name
      self.label = label.isEmpty ? name : label
      self.effects = effects
      self.rounds = rounds
    }

    /// The effects that undo `effects` (each add negated).
    public var lapse: [VariableEffect] {
      effects.reversed().map { e in
        if case .add(let d) = e.operation { return VariableEffect(variable: e.variable, .add(-d)) }
        return e
      }
    }
  }

  public init(state: Int, proposer: Int, packages: [Package], noDeal: Transition,
              flow: [PayoffExpression] = [PayoffExpression(.zero), PayoffExpression(.zero)]) {
    self.state = state
    self.proposer = proposer
    self.packages = packages
    self.noDeal = noDeal
    self.flow = flow
  }

  /// The responder's moves in the bargaining state, in this order.
  public static let answers = ["accept", "reject"]
  /// The one move of each side in a round of a deal in force.
  public static let keep = "keep"

  /// The name of the state of round `k` (from 1) of package `package` in force,
  /// made from the bargaining state called `state`: `talks@grand.2`.
  public static func roundStateName(_ state: String, package: String, round k: Int) -> String {
    "\(state)@\(package).\(k)"
  }
}
