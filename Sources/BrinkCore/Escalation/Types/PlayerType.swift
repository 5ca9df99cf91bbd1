/// One *type* of a player: what the player privately knows about itself (Harsanyi,
/// "Games with incomplete information played by 'Bayesian' players", *Management
/// Science* 14, 1967–68): nature draws each player's type from a common prior at the
/// start of a path, each side learns its own and not the other's (issue 14).
///
/// A type changes the payoffs of the joint moves it lists (`payoffs`, both players',
/// as in `PayoffOverride`): a resolved China that would enforce its controls values a
/// showdown differently from a cautious one, and so may the US facing it (values
/// that depend on the other's type are how a bluff is costly). Joint moves the type
/// does not list keep the scenario's payoffs. When both players' types override the
/// same joint move, each player's own payoff comes from its own type's entry
/// (`TypedPayoffs`).
///
/// The prior is exact and, in a scenario, the model's judgement (Docs/scenario-format.md).
public struct PlayerType: Sendable, Hashable {
  public var name: String
  /// The prior probability nature draws this type with; a player's priors sum to 1.
  public var prior: Rational
  public var description: String
  /// The joint moves whose payoffs differ for this type.
  public var payoffs: [PayoffOverride]

  public init(name: String, prior: Rational, description: String = "", payoffs: [PayoffOverride] = []) {
    self.name = name
    self.prior = prior
    self.description = description
    self.payoffs = payoffs
  }
}

extension EscalationScenario {
  /// Whether some player has two types or more (the typed solve applies).
  public var hasTypes: Bool { types.contains { $0.count > 1 } }

  /// Player `p`'s types, or one anonymous type with prior 1 when it has none.
  public func typeList(of p: Int) -> [PlayerType] {
    types.indices.contains(p) && !types[p].isEmpty ? types[p] : [PlayerType(name: "", prior: .one)]
  }
}
