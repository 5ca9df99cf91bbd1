/// What `brink solve` (and the REPL's `solve`) computes for a game.
public enum SolveMethod: String, Sendable, CaseIterable {
  /// Two players: all extreme equilibria and the connected components they form,
  /// plus iterated strict dominance (and, for 2×2, the classic-game class).
  /// N players: the pure equilibria and iterated strict dominance.
  case all
  /// The pure-strategy equilibria (any number of players).
  case pure
  /// One equilibrium by the Lemke–Howson path from the first label (two players).
  case lh
  /// Each player's security strategy and value; the value of a zero-sum game (two players).
  case maximin
  /// Iterated elimination of strictly, then weakly, dominated strategies.
  case dominance

  /// Whether the method needs a two-player game.
  public var needsTwoPlayers: Bool { self == .lh || self == .maximin }
}
