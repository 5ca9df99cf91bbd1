import BigInt

/// The fraction-free form of `Tableau`: every stored entry is `D ×` the true tableau
/// entry, where `D > 0` is the current common denominator (the determinant of the
/// basis, up to the row scalings). A pivot on `p = rows[r][c]` computes
///
///     rows[i][j] ← (p · rows[i][j] − rows[i][c] · rows[r][j]) / D,   D ← p,
///
/// and the division is exact (Edmonds 1967; Bareiss 1968; this is how lrs keeps exact
/// arithmetic cheap: D. Avis, "lrs: a revised implementation of the reverse search
/// vertex enumeration algorithm", 2000). No gcds are taken and entries stay as large
/// as subdeterminants, not as products of fractions.
///
/// Rows (and the objective) are first scaled by the lcm of their denominators so that
/// all entries are integers; the solution and duals are scaled back at the end.
struct SimplexTableau<T: FractionFreeInteger> {
  enum Outcome { case optimal, unbounded }
  struct Overflow: Error {}
  /// `shouldContinue` returned false.
  struct Cancelled: Error {}

  let problem: LinearProgram
  var plus: [Int] = []
  var minus: [Int?] = []
  var rowSign: [Int] = []
  var rowScale: [BigInt] = []
  var objectiveScale = BigInt(1)
  var identity: [Int] = []
  var isArtificial: [Bool] = []
  var cost: [T] = []
  var rows: [[T]] = []
  var basis: [Int] = []
  var reduced: [T] = []
  var determinant: T
  var columnCount = 0

  static func solve(_ problem: LinearProgram, blandAfter: Int,
                    shouldContinue: () -> Bool = { true }) throws -> LinearProgramResult {
    var t = try SimplexTableau(problem)
    if t.isArtificial.contains(true) {
      try t.setObjective(t.isArtificial.map { $0 ? try t.integer(-1) : T(0) })
      guard try t.run(allowArtificials: true, blandAfter: blandAfter, shouldContinue) == .optimal else { return .infeasible }
      if t.reduced[t.columnCount].sgn < 0 { return .infeasible }
      try t.driveOutArtificials()
    }
    try t.setObjective(t.phaseTwoCosts())
    guard try t.run(allowArtificials: false, blandAfter: blandAfter, shouldContinue) == .optimal else { return .unbounded }
    return .optimal(t.solution())
  }

  func integer(_ v: BigInt) throws -> T {
    guard let x = T(exactly: v) else { throw Overflow() }
    return x
  }

  static func lcmOfDenominators(_ values: [Rational]) -> BigInt {
    values.reduce(BigInt(1)) { l, v in
      let d = v.denominator
      return d == 1 ? l : l / l.greatestCommonDivisor(with: d) * d
    }
  }

  init(_ problem: LinearProgram) throws {
    self.problem = problem
    determinant = T(1)
    let layout = SimplexColumnLayout(problem)
    (plus, minus, rowSign, identity) = (layout.plus, layout.minus, layout.rowSign, layout.identity)
    rowScale = problem.constraints.map { Self.lcmOfDenominators($0.coefficients + [$0.rhs]) }
    let structural = layout.structuralCount
    columnCount = layout.columnCount
    isArtificial = layout.isArtificial
    let zero = T(0)
    for (i, c) in problem.constraints.enumerated() {
      let scale = rowScale[i] * BigInt(rowSign[i])
      func scaled(_ v: Rational) throws -> T { try integer(v.numerator * (scale / v.denominator)) }
      var row = [T](repeating: zero, count: columnCount + 1)
      for j in 0..<problem.variableCount where !c.coefficients[j].isZero {
        row[plus[j]] = try scaled(c.coefficients[j])
        if let m = minus[j] { row[m] = try scaled(-c.coefficients[j]) }
      }
      row[columnCount] = try scaled(c.rhs)
      rows.append(row)
    }
    for (k, e) in layout.extra.enumerated() { rows[e.row][structural + k] = try integer(BigInt(e.value)) }
    basis = identity
    objectiveScale = Self.lcmOfDenominators(problem.objective)
  }

  func phaseTwoCosts() throws -> [T] {
    var c = [T](repeating: T(0), count: columnCount)
    for j in 0..<problem.variableCount where !problem.objective[j].isZero {
      let v = problem.objective[j]
      let n = v.numerator * (objectiveScale / v.denominator)
      c[plus[j]] = try integer(n)
      if let m = minus[j] { c[m] = try integer(-n) }
    }
    return c
  }

  /// `reduced_j = Σᵢ c_{B(i)} rows[i][j] − c_j · D` (D × the true reduced cost).
  mutating func setObjective(_ c: [T]) throws {
    cost = c
    reduced = [T](repeating: T(0), count: columnCount + 1)
    for j in 0..<columnCount where c[j].sgn != 0 {
      guard let negated = c[j].negated, let v = T.multiplyAdd(T(0), negated, determinant) else { throw Overflow() }
      reduced[j] = v
    }
    for (i, b) in basis.enumerated() where c[b].sgn != 0 {
      for j in 0...columnCount where rows[i][j].sgn != 0 {
        guard let v = T.multiplyAdd(reduced[j], c[b], rows[i][j]) else { throw Overflow() }
        reduced[j] = v
      }
    }
  }

  /// The pivot rule of `Tableau.run`, on integers.
  mutating func run(allowArtificials: Bool, blandAfter: Int, _ shouldContinue: () -> Bool = { true }) throws -> Outcome {
    var degenerate = 0
    var bland = blandAfter == 0
    while true {
      guard shouldContinue() else { throw Cancelled() }
      var enter: Int? = nil
      for j in 0..<columnCount where reduced[j].sgn < 0 && (allowArtificials || !isArtificial[j]) {
        if bland { enter = j; break }
        if enter == nil || reduced[j] < reduced[enter!] { enter = j }
      }
      guard let enter else { return .optimal }
      var leave: Int? = nil
      let rhs = columnCount
      for i in rows.indices where rows[i][enter].sgn > 0 {
        guard let l = leave else { leave = i; continue }
        // rhs_i / a_i < rhs_l / a_l  ⟺  rhs_i · a_l < rhs_l · a_i  (a's positive)
        let order = T.compareProducts(rows[i][rhs], rows[l][enter], rows[l][rhs], rows[i][enter])
        if order < 0 || (order == 0 && basis[i] < basis[l]) { leave = i }
      }
      guard let l = leave else { return .unbounded }
      if rows[l][rhs].sgn == 0 {
        degenerate += 1
        if degenerate >= blandAfter { bland = true }
      } else {
        degenerate = 0
      }
      try pivot(row: l, column: enter)
    }
  }

  mutating func pivot(row r: Int, column c: Int) throws {
    let p = rows[r][c], d = T.exactDivisor(determinant)
    let pivotRow = rows[r]
    let zero = T(0)
    for i in rows.indices where i != r {
      let f = rows[i][c]
      for j in 0...columnCount {
        let a = rows[i][j], b = pivotRow[j]
        if a.sgn == 0 && (b.sgn == 0 || f.sgn == 0) { continue }
        guard let v = T.fractionFree(p, a, f.sgn == 0 ? zero : f, b, d) else { throw Overflow() }
        rows[i][j] = v
      }
    }
    let f = reduced[c]
    for j in 0...columnCount {
      let a = reduced[j], b = pivotRow[j]
      if a.sgn == 0 && (b.sgn == 0 || f.sgn == 0) { continue }
      guard let v = T.fractionFree(p, a, f, b, d) else { throw Overflow() }
      reduced[j] = v
    }
    basis[r] = c
    determinant = p
    if p.sgn < 0 {
      // Keep D positive: every stored entry is p × its true value, so negate all.
      func neg(_ x: T) throws -> T { guard let y = x.negated else { throw Overflow() }; return y }
      determinant = try neg(p)
      for i in rows.indices { for j in 0...columnCount where rows[i][j].sgn != 0 { rows[i][j] = try neg(rows[i][j]) } }
      for j in 0...columnCount where reduced[j].sgn != 0 { reduced[j] = try neg(reduced[j]) }
    }
  }

  mutating func driveOutArtificials() throws {
    for i in rows.indices where isArtificial[basis[i]] {
      if let j = (0..<columnCount).first(where: { !isArtificial[$0] && rows[i][$0].sgn != 0 }) {
        try pivot(row: i, column: j)
      }
    }
  }

  func solution() -> LinearProgramSolution {
    let d = determinant.bigIntValue
    var value = [Rational](repeating: .zero, count: columnCount)
    for (i, b) in basis.enumerated() { value[b] = Rational(rows[i][columnCount].bigIntValue, d) }
    let x = (0..<problem.variableCount).map { j in value[plus[j]] - (minus[j].map { value[$0] } ?? .zero) }
    let objectiveValue = Rational(reduced[columnCount].bigIntValue, d * objectiveScale)
    let duals = problem.constraints.indices.map { i -> Rational in
      let k = identity[i]
      let y = reduced[k].bigIntValue + cost[k].bigIntValue * d
      return Rational(y * rowScale[i] * BigInt(rowSign[i]), d * objectiveScale)
    }
    return LinearProgramSolution(value: objectiveValue, x: x, duals: duals)
  }
}
