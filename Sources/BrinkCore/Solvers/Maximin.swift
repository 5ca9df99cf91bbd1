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
/// A player's security value against payoff matrix `A` (m × n, own strategies as
/// rows) is the value of the zero-sum game `A`:
/// `max over x of min over j of Σᵢ xᵢ Aᵢⱼ`. Steps:
/// 1. Shift: `A' = A + c` with `c = 1 − min A`, so every entry is ≥ 1 and the value
///    `v'` of `A'` is positive (shifting all payoffs shifts the value by `c` and keeps
///    the optimal strategies).
/// 2. Solve the LP `maximise Σⱼ yⱼ  s.t.  Σⱼ A'ᵢⱼ yⱼ ≤ 1 for every row i, y ≥ 0`
///    with `ExactSimplex`. The origin is feasible, so no phase 1 is needed; the
///    program is bounded since every `A'ᵢⱼ ≥ 1`. Its optimum is `1 / v'`.
/// 3. Its dual, `minimise Σᵢ uᵢ  s.t.  Σᵢ uᵢ A'ᵢⱼ ≥ 1, u ≥ 0`, has the same optimum;
///    `x = u / Σu` is the security strategy and `v = v' − c` the security value
///    (Chvátal 1983, ch. 15, on matrix games by LP). `y / Σy` is the opponent's
///    strategy that holds the player to `v` (its minimax strategy).
/// For the column player the same is done on the transposed game, so that the column
/// player maximises their own payoff `B`.
///
/// Edge cases: a 1 × n game returns the only strategy; ties among security strategies
/// are broken by the pivot rule, so the result is deterministic.
public enum Maximin {
  /// `player` 0 is the row player, 1 the column player.
  /// - Precondition: `player` is 0 or 1.
  public static func security(_ game: Bimatrix, player: Int) -> SecurityStrategy {
    security(game, player: player, shouldContinue: { true })!
  }

  /// As above, polling `shouldContinue` before every simplex pivot; `nil` when it
  /// returned false.
  public static func security(_ game: Bimatrix, player: Int, shouldContinue: () -> Bool) -> SecurityStrategy? {
    precondition(player == 0 || player == 1, "a bimatrix game has players 0 and 1")
    return matrixGame(player == 0 ? game.a : game.transposed.a, shouldContinue: shouldContinue)?.maximizer
  }

  /// Step 1: the shift `c = 1 − min A`.
  static func shift(_ a: [[Rational]]) -> Rational { .one - a.joined().min()! }

  /// Step 2: the program `maximise Σ y  s.t.  (A + c) y ≤ 1, y ≥ 0`.
  public static func securityProgram(_ a: [[Rational]]) -> LinearProgram {
    let c = shift(a)
    let n = a[0].count
    let rows = a.map { row in LinearProgram.Constraint(row.map { $0 + c }, .lessOrEqual, .one) }
    return LinearProgram(maximize: [Rational](repeating: .one, count: n), subjectTo: rows)
  }

  /// Steps 1–3 for the zero-sum game `a` (row player maximises): both sides' optimal
  /// strategies and the value.
  static func matrixGame(_ a: [[Rational]]) -> (maximizer: SecurityStrategy, minimizer: [Rational]) {
    matrixGame(a, shouldContinue: { true })!
  }

  /// As above; `nil` when `shouldContinue` stopped the simplex method.
  static func matrixGame(_ a: [[Rational]], shouldContinue: () -> Bool)
    -> (maximizer: SecurityStrategy, minimizer: [Rational])?
  {
    guard let result = ExactSimplex.solve(securityProgram(a), shouldContinue: shouldContinue) else { return nil }
    guard case .optimal(let s) = result, s.value.signum > 0 else {
      // Unreachable: the program is feasible (y = 0) and bounded (all A'ᵢⱼ ≥ 1), and
      // its optimum is positive (y = e₁ / max A' is feasible).
      preconditionFailure("security LP must have a positive optimum")
    }
    let value = s.value.reciprocal - shift(a)
    let x = s.duals.map { $0 / s.value }
    let y = s.x.map { $0 / s.value }
    return (SecurityStrategy(strategy: x, value: value), y)
  }
}

extension Maximin {
  /// What `strategy` (a mixture over `player`'s strategies) pays against each pure
  /// strategy of the opponent: the evidence behind a security value, for `explain`.
  /// The security value is the minimum of these.
  public static func guarantees(of strategy: [Rational], in game: Bimatrix, player: Int) -> [Rational] {
    precondition(player == 0 || player == 1, "a bimatrix game has players 0 and 1")
    let a = player == 0 ? game.a : game.transposed.a
    return (0..<a[0].count).map { j in
      zip(strategy, a).reduce(Rational.zero) { $0 + $1.0 * $1.1[j] }
    }
  }
}
