// TEMPORARY API SURFACE: the real implementation replaces this file (and deletes it).
// These signatures are the contract that BrinkFormats, BrinkREPL and the CLI code against.

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
