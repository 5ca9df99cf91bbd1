// TEMPORARY API SURFACE: the real implementation replaces this file (and deletes it).
// These signatures are the contract that BrinkFormats, BrinkREPL and the CLI code against.

/// One equilibrium by the Lemke–Howson path from a missing label (0..<m+n).
public enum LemkeHowson {
  public static func solve(_ game: Bimatrix, missingLabel: Int = 0) -> Equilibrium {
    fatalError("LemkeHowson not implemented yet")
  }
}
