// TEMPORARY API SURFACE: the real implementation replaces this file (and deletes it).
// These signatures are the contract that BrinkFormats, BrinkREPL and the CLI code against.

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
