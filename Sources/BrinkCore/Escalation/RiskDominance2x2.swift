/// Risk dominance between the two pure equilibria of a 2×2 game (Harsanyi and
/// Selten, *A General Theory of Equilibrium Selection in Games*, 1988, §3.9): the
/// equilibrium with the larger product of the players' deviation losses.
///
/// Steps, for pure equilibria `(i, j)` and `(i′, j′)` with `i ≠ i′`, `j ≠ j′`:
/// 1. Row's loss from deviating at `(i, j)`: `a[i][j] − a[i′][j]`; column's:
///    `b[i][j] − b[i][j′]`. Likewise at `(i′, j′)`.
/// 2. The equilibrium with the strictly larger product of its two losses risk-dominates.
///
/// Edge cases: `nil` unless the game is 2×2 with exactly two strict pure
/// equilibria on a diagonal, or when the products are equal.
///
/// The solver keeps this small formula of its own until the engine's
/// `Classification2x2.riskDominantEquilibrium` (same definition) lands on main.
enum RiskDominance2x2 {
  static func select(_ g: Bimatrix, equilibria: [(Int, Int)]) -> (Int, Int)? {
    guard g.rows == 2, g.columns == 2, equilibria.count == 2 else { return nil }
    let (i, j) = equilibria[0], (k, l) = equilibria[1]
    guard i != k, j != l else { return nil }
    let loss1 = (g.a[i][j] - g.a[k][j]) * (g.b[i][j] - g.b[i][l])
    let loss2 = (g.a[k][l] - g.a[i][l]) * (g.b[k][l] - g.b[k][j])
    let strict = [g.a[i][j] - g.a[k][j], g.b[i][j] - g.b[i][l], g.a[k][l] - g.a[i][l], g.b[k][l] - g.b[k][j]]
    guard strict.allSatisfy({ $0.signum > 0 }), loss1 != loss2 else { return nil }
    return loss1 > loss2 ? (i, j) : (k, l)
  }
}
