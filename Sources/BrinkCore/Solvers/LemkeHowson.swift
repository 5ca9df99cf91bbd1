import BigInt

/// One Nash equilibrium of a bimatrix game by the Lemke–Howson algorithm, exactly.
///
/// Reference: Lemke and Howson (1964), "Equilibrium points of bimatrix games",
/// *J. SIAM* 12; the tableau form and lexicographic degeneracy resolution follow
/// von Stengel (2002), "Computing equilibria for two-person games", *Handbook of
/// Game Theory* 3, ch. 45, §2 (and Nisan et al. 2007, *Algorithmic Game Theory*, ch. 3).
///
/// With the best-response polytopes `P = {x ≥ 0 : Bᵀx ≤ 1}` and
/// `Q = {y ≥ 0 : Ay ≤ 1}` (payoffs made positive, see `BestResponsePolytopes`), the
/// path starts at the artificial equilibrium `(0, 0)` and drops the missing label `k`:
///
/// 1. The variable with label `k` enters (in `P` if `k` is a row strategy, else in `Q`).
/// 2. The lexicographic minimum-ratio test picks the leaving variable, so degenerate
///    games cannot cycle.
/// 3. If the leaving variable has label `k`, every label is present: stop.
/// 4. Otherwise its label is now duplicated; the complementary variable (same label,
///    other polytope) enters there. Go to 2.
/// 5. Normalise `x` and `y` to probabilities.
///
/// Each label gives one path and hence one equilibrium (possibly the same for
/// different labels). The pivots are fraction-free, in `Int64` with a `BigInt`
/// repeat on overflow.
public enum LemkeHowson {
  /// The equilibrium at the end of the path that drops `missingLabel`
  /// (`0..<rows` for the row player's strategies, `rows..<rows+columns` for the
  /// column player's). An out-of-range label is taken modulo `rows + columns`.
  public static func solve(_ game: Bimatrix, missingLabel: Int = 0) -> Equilibrium {
    solve(game, missingLabel: missingLabel, shouldContinue: { true })!
  }

  /// As above, polling `shouldContinue` before every pivot (a path on a
  /// 1000 × 1000 game takes thousands of pivots of a million entries each);
  /// `nil` when it returned false.
  public static func solve(_ game: Bimatrix, missingLabel: Int = 0, shouldContinue: () -> Bool) -> Equilibrium? {
    let polytopes = BestResponsePolytopes(game)
    let count = game.rows + game.columns
    let label = ((missingLabel % count) + count) % count
    if let c = polytopes.constraints(Int64.self) {
      switch follow(game, polytopes, c.p, c.q, label, shouldContinue) {
      case .equilibrium(let e): return e
      case .cancelled: return nil
      case .overflow: break
      }
    }
    let c = polytopes.constraints(BigInt.self)!
    switch follow(game, polytopes, c.p, c.q, label, shouldContinue) {
    case .equilibrium(let e): return e
    case .cancelled: return nil
    case .overflow: preconditionFailure("BigInt pivots cannot overflow")
    }
  }

  /// How a path ended.
  enum PathEnd {
    case equilibrium(Equilibrium)
    /// `I` overflowed: repeat in `BigInt`.
    case overflow
    /// `shouldContinue` returned false.
    case cancelled
  }

  /// The equilibrium from each missing label, in label order (with repeats).
  public static func allFromEachLabel(_ game: Bimatrix) -> [Equilibrium] {
    (0..<(game.rows + game.columns)).map { solve(game, missingLabel: $0) }
  }

  /// The distinct equilibria reached from the labels, sorted.
  public static func distinctEquilibria(_ game: Bimatrix) -> [Equilibrium] {
    Array(Set(allFromEachLabel(game))).sorted(by: Equilibrium.lexicographicallyPrecedes)
  }

  /// Steps 1–5 in the integer type `I`, polling `shouldContinue` before each pivot.
  static func follow<I: FractionFreeInteger>(_ game: Bimatrix, _ polytopes: BestResponsePolytopes,
                                             _ p: [[I]], _ q: [[I]], _ missing: Int,
                                             _ shouldContinue: () -> Bool) -> PathEnd {
    let m = polytopes.m, n = polytopes.n
    var tp = IntegerTableau(constraints: p, dimension: m)  // labels = variables
    var tq = IntegerTableau(constraints: q, dimension: n)  // labels renamed
    // 1. The first entering variable.
    var inP = missing < m
    var entering = inP ? missing : polytopes.qVariable(ofLabel: missing)
    while true {
      guard shouldContinue() else { return .cancelled }
      // 2. Lexicographic ratio test (P and Q are bounded, so a row always exists).
      let leavingLabel: Int
      if inP {
        guard let row = tp.lexicographicMinimumRatioRow(entering: entering) else { return .overflow }
        leavingLabel = tp.basis[row]
        guard tp.pivot(row: row, column: entering) else { return .overflow }
      } else {
        guard let row = tq.lexicographicMinimumRatioRow(entering: entering) else { return .overflow }
        leavingLabel = polytopes.labelOfQVariable(tq.basis[row])
        guard tq.pivot(row: row, column: entering) else { return .overflow }
      }
      // 3. Done when the missing label has been picked up.
      if leavingLabel == missing { break }
      // 4. Its complement enters in the other polytope.
      inP.toggle()
      entering = inP ? leavingLabel : polytopes.qVariable(ofLabel: leavingLabel)
    }
    // 5. Normalise.
    return .equilibrium(VertexEnumeration.equilibrium(game, tp.scaledPoint, tq.scaledPoint))
  }
}
