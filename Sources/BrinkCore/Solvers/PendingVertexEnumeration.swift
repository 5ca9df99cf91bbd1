// TEMPORARY API SURFACE: the real implementation replaces this file (and deletes it).
// These signatures are the contract that BrinkFormats, BrinkREPL and the CLI code against.

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
