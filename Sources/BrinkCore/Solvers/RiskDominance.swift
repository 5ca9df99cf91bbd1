/// Risk dominance between the two strict pure equilibria of a 2×2 game.
///
/// Reference: J. C. Harsanyi and R. Selten, *A General Theory of Equilibrium Selection
/// in Games* (MIT Press, 1988), §3.9: equilibrium E risk-dominates F when the product
/// of the players' deviation losses at E exceeds that at F.
///
/// Steps:
/// 1. Find the strict pure equilibria; continue only if there are exactly two, on
///    different rows and columns.
/// 2. At each, the row player's loss from deviating is `a[i][j] − a[1−i][j]` and the
///    column player's `b[i][j] − b[i][1−j]`; multiply them.
/// 3. The equilibrium with the larger product risk-dominates; equal products: neither.
///
/// In the Stag Hunt the payoff-dominant equilibrium (both hunt stag) can be
/// risk-dominated by the safe one (both hunt hare).
public enum RiskDominance {
  public struct Comparison: Sendable, Hashable {
    /// The two strict equilibria as `[row, column]`, in row order.
    public var equilibria: [[Int]]
    /// The products of deviation losses at each.
    public var products: [Rational]
    /// Index into `equilibria` of the risk-dominant one; `nil` on a tie.
    public var dominant: Int?
  }

  /// Step 1–3 with the numbers, for the REPL's `explain`; `nil` when not applicable.
  public static func compare(_ game: Bimatrix) -> Comparison? {
    guard game.rows == 2 && game.columns == 2 else { return nil }
    let (a, b) = (game.a, game.b)
    var strict = [[Int]]()
    for i in 0..<2 {
      for j in 0..<2 where a[i][j] > a[1 - i][j] && b[i][j] > b[i][1 - j] { strict.append([i, j]) }
    }
    guard strict.count == 2 else { return nil }  // two strict equilibria are always on a diagonal
    let products = strict.map { e in
      let (i, j) = (e[0], e[1])
      return (a[i][j] - a[1 - i][j]) * (b[i][j] - b[i][1 - j])
    }
    let dominant: Int? = products[0] == products[1] ? nil : (products[0] > products[1] ? 0 : 1)
    return Comparison(equilibria: strict, products: products, dominant: dominant)
  }

  /// The risk-dominant equilibrium `(row, column)`, or nil when not applicable or tied.
  public static func riskDominantEquilibrium(_ game: Bimatrix) -> (Int, Int)? {
    guard let c = compare(game), let d = c.dominant else { return nil }
    return (c.equilibria[d][0], c.equilibria[d][1])
  }
}
