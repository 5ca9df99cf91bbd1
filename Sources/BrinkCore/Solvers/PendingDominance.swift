// TEMPORARY API SURFACE: the real implementation replaces this file (and deletes it).
// These signatures are the contract that BrinkFormats, BrinkREPL and the CLI code against.

/// Dominance and iterated elimination.
public enum Dominance {
  public enum Strength: String, Sendable { case strict, weak }

  /// One elimination step: `player`'s `strategy` (an index into the original game)
  /// is dominated by `dominator` (a mixture over the player's original strategies;
  /// pure when it has one non-zero entry).
  public struct Step: Sendable, Hashable {
    public var player: Int
    public var strategy: Int
    public var dominator: [Rational]
    public var strength: Strength
    public init(player: Int, strategy: Int, dominator: [Rational], strength: Strength) {
      self.player = player; self.strategy = strategy; self.dominator = dominator; self.strength = strength
    }
  }

  public struct Elimination: Sendable, Hashable {
    public var steps: [Step]
    /// The surviving strategies of each player (original indices).
    public var remaining: [[Int]]
    public init(steps: [Step], remaining: [[Int]]) { self.steps = steps; self.remaining = remaining }
  }

  /// Strategies of `player` dominated in the (sub)game restricted to `remaining`.
  public static func dominated(in game: StrategicGame, player: Int, strength: Strength,
                               mixed: Bool, remaining: [[Int]]? = nil) -> [Step] {
    fatalError("Dominance not implemented yet")
  }

  public static func iteratedElimination(_ game: StrategicGame, strength: Strength, mixed: Bool) -> Elimination {
    fatalError("Dominance not implemented yet")
  }
}
