// TEMPORARY API SURFACE. The engine work replaces each declaration here with a real
// implementation in its own file (named as in the literature) and deletes this file.
// Signatures here are the contract that BrinkFormats, BrinkREPL and the CLI code against.

/// All extreme Nash equilibria of a bimatrix game (vertices of the equilibrium
/// components), exact, including degenerate games.
public enum VertexEnumeration {
  public static func extremeEquilibria(of game: Bimatrix, shouldContinue: () -> Bool = { true }) -> [Equilibrium] {
    fatalError("VertexEnumeration not implemented yet")
  }

  /// Maximal convex components (Nash subsets) as lists of indices into `equilibria`.
  public static func components(of equilibria: [Equilibrium], in game: Bimatrix) -> [[Int]] {
    fatalError("components not implemented yet")
  }
}

/// One equilibrium by the Lemke–Howson path from a missing label (0..<m+n).
public enum LemkeHowson {
  public static func solve(_ game: Bimatrix, missingLabel: Int = 0) -> Equilibrium {
    fatalError("LemkeHowson not implemented yet")
  }
}

/// A player's security (maximin) strategy and value.
public struct SecurityStrategy: Sendable, Hashable {
  public var strategy: [Rational]
  public var value: Rational
  public init(strategy: [Rational], value: Rational) { self.strategy = strategy; self.value = value }
}

public enum Maximin {
  /// `player` 0 is the row player, 1 the column player.
  public static func security(_ game: Bimatrix, player: Int) -> SecurityStrategy {
    fatalError("Maximin not implemented yet")
  }
}

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

/// Ordinal classification of 2×2 games.
public enum Classification2x2 {
  public struct Result: Sendable, Hashable {
    /// e.g. "Prisoner's Dilemma", "Chicken", "Stag Hunt".
    public var name: String
    /// What the class means for escalation, in one or two plain sentences.
    public var summary: String
    public init(name: String, summary: String) { self.name = name; self.summary = summary }
  }

  /// `nil` unless the game is 2×2.
  public static func classify(_ game: Bimatrix) -> Result? {
    fatalError("Classification2x2 not implemented yet")
  }

  /// Pure outcomes (row, column) not Pareto-dominated by another pure outcome.
  public static func paretoEfficientOutcomes(_ game: Bimatrix) -> [(Int, Int)] {
    fatalError("not implemented yet")
  }

  /// For a 2×2 game with two strict pure equilibria, the risk-dominant one
  /// (Harsanyi and Selten 1988), or nil when neither or not applicable.
  public static func riskDominantEquilibrium(_ game: Bimatrix) -> (Int, Int)? {
    fatalError("not implemented yet")
  }
}
