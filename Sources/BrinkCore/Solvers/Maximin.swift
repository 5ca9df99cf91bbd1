/// A player's security (maximin) strategy and value: the mixture that maximises the
/// payoff the player can guarantee whatever the opponent does, and that guarantee.
public struct SecurityStrategy: Sendable, Hashable {
  /// A mixture over the player's own strategies.
  public var strategy: [Rational]
  /// The guaranteed expected payoff (the maximin value).
  public var value: Rational
  public init(strategy: [Rational], value: Rational) { self.strategy = strategy; self.value = value }
}

/// Security strategies by exact linear programming.
///
/// Reference: J. von Neumann, "Zur Theorie der Gesellschaftsspiele", *Mathematische
/// Annalen* 100 (1928) for the minimax theorem; the LP form is in B. von Stengel,
/// "Computing equilibria for two-person games", *Handbook of Game Theory* 3 (2002), §2,
/// and in Osborne and Rubinstein, *A Course in Game Theory* (1994), §2.5.
///
/// For the row player with payoff matrix `A` (m × n), the LP is
///
///     maximise v   subject to   Σᵢ xᵢ Aᵢⱼ ≥ v  for every column j,
///                               Σᵢ xᵢ = 1,  x ≥ 0,  v free.
///
/// Steps: 1. build that LP (for the column player, on the transposed game, so that
/// the column player maximises their own payoff `B`); 2. solve it with `ExactSimplex`
/// (always feasible and bounded); 3. return `x` and `v`.
///
/// Edge cases: a 1 × n game returns the only strategy; ties among security strategies
/// are broken by Bland's rule, so the result is deterministic.
public enum Maximin {
  /// `player` 0 is the row player, 1 the column player.
  /// - Precondition: `player` is 0 or 1.
  public static func security(_ game: Bimatrix, player: Int) -> SecurityStrategy {
    precondition(player == 0 || player == 1, "a bimatrix game has players 0 and 1")
    return rowSecurity(player == 0 ? game.a : game.transposed.a)
  }

  /// The linear program whose optimum is the row player's security value for `a`:
  /// variables `x₀…x_{m−1}, v`.
  public static func securityProgram(_ a: [[Rational]]) -> LinearProgram {
    let m = a.count, n = a[0].count
    var constraints = [LinearProgram.Constraint]()
    for j in 0..<n {
      constraints.append(.init((0..<m).map { a[$0][j] } + [-1], .greaterOrEqual, .zero))
    }
    constraints.append(.init([Rational](repeating: .one, count: m) + [.zero], .equal, .one))
    let objective = [Rational](repeating: .zero, count: m) + [.one]
    return LinearProgram(maximize: objective, subjectTo: constraints, freeVariables: [m])
  }

  static func rowSecurity(_ a: [[Rational]]) -> SecurityStrategy {
    let m = a.count
    guard case .optimal(let s) = ExactSimplex.solve(securityProgram(a)) else {
      // Unreachable: the program is feasible (any mixture) and bounded (v ≤ max Aᵢⱼ).
      preconditionFailure("security LP must have an optimum")
    }
    return SecurityStrategy(strategy: Array(s.x[0..<m]), value: s.value)
  }
}
