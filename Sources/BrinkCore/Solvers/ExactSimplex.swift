import BigInt

/// Exact two-phase simplex method for `LinearProgram`, with Bland's anti-cycling rule.
///
/// Reference: V. Chvátal, *Linear Programming* (Freeman, 1983): the tableau method
/// (ch. 2), the two-phase method (ch. 3) and duality (ch. 5); the anti-cycling
/// rule is R. G. Bland, "New finite pivoting rules for the simplex method",
/// *Mathematics of Operations Research* 2(2), 1977.
///
/// Steps (the default arithmetic runs them fraction-free: `SimplexTableau`):
/// 1. Expand each free variable into `x⁺ − x⁻`; negate any row with `bᵢ < 0` (and flip
///    its relation) so that every right-hand side is non-negative.
/// 2. Give each `≤` row a slack, each `≥` row a surplus and an artificial, each `=`
///    row an artificial. The slacks and artificials form the first basis (an identity).
/// 3. Phase 1: maximise `−Σ artificials`. A negative optimum means infeasible.
///    Pivot any artificial still basic (at level 0) out of the basis where the row has
///    another non-zero entry; otherwise the row is redundant and stays inert.
/// 4. Phase 2: maximise `cᵀx` from that basis, artificials barred from entering.
///    An entering column with no positive entry means unbounded.
/// 5. Read `x` from the basis, and the duals `y = c_B B⁻¹` from the reduced costs of
///    the columns that formed the first identity basis (Chvátal ch. 5, 10).
///
/// Pivot rule: Dantzig's (the most negative reduced cost enters) for speed, and after
/// a run of degenerate pivots Bland's rule (entering: the lowest-indexed improving
/// column; leaving: the lowest-indexed basic variable among the ratio-test ties),
/// which guarantees termination on degenerate problems. Arithmetic is exact, so
/// there are no tolerances.
///
/// - Complexity: each pivot is O(rows × columns) rational operations; the number of
///   pivots is finite but exponential in the worst case (fine for the game-sized
///   programs in this package).
public enum ExactSimplex {
  /// Which column enters the basis.
  public enum PivotRule: Sendable {
    /// Bland's rule throughout: slow but the textbook guarantee.
    case bland
    /// Dantzig's rule, switching to Bland's after a run of degenerate pivots (default).
    case dantzig
  }

  /// How the tableau holds its numbers.
  public enum Arithmetic: Sendable {
    /// Fraction-free integer pivoting, `Int64` first and `BigInt` on overflow (default).
    case integer
    /// A tableau of `Rational`s: simpler, slower; kept as a reference to cross-check.
    case rational
  }

  public static func solve(_ problem: LinearProgram, rule: PivotRule = .dantzig,
                           arithmetic: Arithmetic = .integer) -> LinearProgramResult {
    solve(problem, rule: rule, arithmetic: arithmetic, shouldContinue: { true })!
  }

  /// As above, polling `shouldContinue` before every integer pivot (the rational
  /// reference tableau is not polled); `nil` when it returned false.
  public static func solve(_ problem: LinearProgram, rule: PivotRule = .dantzig,
                           arithmetic: Arithmetic = .integer, shouldContinue: () -> Bool) -> LinearProgramResult? {
    let blandAfter = rule == .bland ? 0 : 8
    if arithmetic == .integer {
      do {
        return try SimplexTableau<Int64>.solve(problem, blandAfter: blandAfter, shouldContinue: shouldContinue)
      } catch is SimplexTableau<Int64>.Cancelled {
        return nil
      } catch {}
      do {
        return try SimplexTableau<BigInt>.solve(problem, blandAfter: blandAfter, shouldContinue: shouldContinue)
      } catch is SimplexTableau<BigInt>.Cancelled {
        return nil
      } catch {}  // BigInt never overflows, so this is not reached.
    }
    var t = Tableau(problem)
    // Phase 1.
    if t.hasArtificials {
      t.setObjective(t.phaseOneCosts)
      guard t.run(allowArtificials: true, blandAfter: blandAfter) == .optimal else { return .infeasible }
      if t.objectiveValue.signum < 0 { return .infeasible }
      t.driveOutArtificials()
    }
    // Phase 2.
    t.setObjective(t.phaseTwoCosts)
    guard t.run(allowArtificials: false, blandAfter: blandAfter) == .optimal else { return .unbounded }
    return .optimal(t.solution())
  }
}

/// The dense rational tableau (the reference behind `ExactSimplex.Arithmetic.rational`;
/// `SimplexTableau` is the fast one): `rows[i]` is row i with the right-hand side
/// last; `reduced` holds `z_j − c_j` (optimal for a maximum when all ≥ 0).
struct Tableau {
  enum Outcome { case optimal, unbounded }

  let problem: LinearProgram
  /// Column of xⱼ⁺, and of xⱼ⁻ for free variables.
  var plus: [Int] = []
  var minus: [Int?] = []
  var rowSign: [Rational] = []
  /// Column that was the identity basis of each row (slack or artificial).
  var identity: [Int] = []
  var isArtificial: [Bool] = []
  var cost: [Rational] = []
  var rows: [[Rational]] = []
  var basis: [Int] = []
  var reduced: [Rational] = []
  var columnCount = 0

  var hasArtificials: Bool { isArtificial.contains(true) }
  var objectiveValue: Rational { reduced[columnCount] }

  init(_ problem: LinearProgram) {
    self.problem = problem
    // Steps 1–2: structural, then slack, surplus and artificial columns.
    let layout = SimplexColumnLayout(problem)
    (plus, minus, identity) = (layout.plus, layout.minus, layout.identity)
    rowSign = layout.rowSign.map { Rational($0) }
    let structural = layout.structuralCount
    columnCount = layout.columnCount
    isArtificial = layout.isArtificial
    for (i, c) in problem.constraints.enumerated() {
      var row = [Rational](repeating: .zero, count: columnCount + 1)
      for j in 0..<problem.variableCount where !c.coefficients[j].isZero {
        row[plus[j]] = rowSign[i] * c.coefficients[j]
        if let m = minus[j] { row[m] = -row[plus[j]] }
      }
      row[columnCount] = rowSign[i] * c.rhs
      rows.append(row)
    }
    for (k, e) in layout.extra.enumerated() { rows[e.row][structural + k] = Rational(e.value) }
    basis = identity
  }

  var phaseOneCosts: [Rational] { isArtificial.map { $0 ? -1 : 0 } }

  var phaseTwoCosts: [Rational] {
    var c = [Rational](repeating: .zero, count: columnCount)
    for j in 0..<problem.variableCount {
      c[plus[j]] = problem.objective[j]
      if let m = minus[j] { c[m] = -problem.objective[j] }
    }
    return c
  }

  /// Sets `reduced_j = c_B B⁻¹ a_j − c_j` for the current basis.
  mutating func setObjective(_ c: [Rational]) {
    cost = c
    reduced = [Rational](repeating: .zero, count: columnCount + 1)
    for j in 0..<columnCount { reduced[j] = -c[j] }
    for (i, b) in basis.enumerated() where !c[b].isZero {
      for j in 0...columnCount where !rows[i][j].isZero { reduced[j] += c[b] * rows[i][j] }
    }
  }

  /// Pivots until optimal or unbounded: Dantzig's rule (most negative reduced cost)
  /// while the objective improves, Bland's rule from the first run of
  /// `blandAfter` degenerate pivots on. Non-degenerate pivots strictly improve the
  /// objective, so no basis repeats before the switch, and Bland's rule cannot cycle
  /// after it: the method terminates (Chvátal 1983, ch. 3).
  mutating func run(allowArtificials: Bool, blandAfter: Int = 8) -> Outcome {
    var degenerate = 0
    var bland = blandAfter == 0
    while true {
      var enter: Int? = nil
      for j in 0..<columnCount where reduced[j].signum < 0 && (allowArtificials || !isArtificial[j]) {
        if bland { enter = j; break }
        if enter == nil || reduced[j] < reduced[enter!] { enter = j }
      }
      guard let enter else { return .optimal }
      var leave: Int? = nil
      var bestRatio = Rational.zero
      for i in rows.indices where rows[i][enter].signum > 0 {
        let ratio = rows[i][columnCount] / rows[i][enter]
        if let l = leave {
          if ratio < bestRatio || (ratio == bestRatio && basis[i] < basis[l]) { leave = i; bestRatio = ratio }
        } else {
          leave = i; bestRatio = ratio
        }
      }
      guard let l = leave else { return .unbounded }
      if bestRatio.isZero {
        degenerate += 1
        if degenerate >= blandAfter { bland = true }
      } else {
        degenerate = 0
      }
      pivot(row: l, column: enter)
    }
  }

  mutating func pivot(row r: Int, column c: Int) {
    let p = rows[r][c]
    if p != .one { for j in 0...columnCount where !rows[r][j].isZero { rows[r][j] /= p } }
    let pivotRow = rows[r]
    let nonZero = (0...columnCount).filter { !pivotRow[$0].isZero }
    for i in rows.indices where i != r {
      let f = rows[i][c]
      if f.isZero { continue }
      for j in nonZero { rows[i][j] -= f * pivotRow[j] }
    }
    let f = reduced[c]
    if !f.isZero { for j in nonZero { reduced[j] -= f * pivotRow[j] } }
    basis[r] = c
  }

  /// Step 3: after phase 1, replace basic artificials (all at level 0) where possible.
  mutating func driveOutArtificials() {
    for i in rows.indices where isArtificial[basis[i]] {
      if let j = (0..<columnCount).first(where: { !isArtificial[$0] && !rows[i][$0].isZero }) {
        pivot(row: i, column: j)
      }
    }
  }

  /// Step 5.
  func solution() -> LinearProgramSolution {
    var value = [Rational](repeating: .zero, count: columnCount)
    for (i, b) in basis.enumerated() { value[b] = rows[i][columnCount] }
    let x = (0..<problem.variableCount).map { j in value[plus[j]] - (minus[j].map { value[$0] } ?? .zero) }
    let duals = problem.constraints.indices.map { i in rowSign[i] * (reduced[identity[i]] + cost[identity[i]]) }
    return LinearProgramSolution(value: objectiveValue, x: x, duals: duals)
  }
}
