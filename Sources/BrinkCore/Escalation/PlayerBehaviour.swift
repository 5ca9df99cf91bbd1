/// How one player chooses its moves, and how it errs.
public struct PlayerBehaviour: Sendable, Hashable {
  public var model: ChoiceModel
  /// The tremble ε: with probability ε the intended move is replaced by one drawn
  /// uniformly from the player's moves (Selten 1975's "trembling hand").
  public var tremble: Rational
  /// Misperception: the player solves the game on its own view of the payoffs.
  /// Each override replaces one joint move's payoffs (both players', as this player
  /// believes them). Empty: the player sees the true payoffs.
  public var perceivedPayoffs: [PayoffOverride]

  public init(model: ChoiceModel = .equilibrium(selection: .riskDominant), tremble: Rational = .zero,
              perceivedPayoffs: [PayoffOverride] = []) {
    self.model = model
    self.tremble = tremble
    self.perceivedPayoffs = perceivedPayoffs
  }
}

/// One joint move's payoffs as a player believes them to be.
public struct PayoffOverride: Sendable, Hashable {
  public var state: Int
  /// Player 0's move index.
  public var rowMove: Int
  /// Player 1's move index.
  public var columnMove: Int
  /// Both players' payoffs as believed.
  public var payoffs: [PayoffExpression]

  public init(state: Int, rowMove: Int, columnMove: Int, payoffs: [PayoffExpression]) {
    self.state = state
    self.rowMove = rowMove
    self.columnMove = columnMove
    self.payoffs = payoffs
  }
}
