/// The vertices of `Q` that complete a vertex `x` of `P` to an equilibrium, found
/// on the complementary face of `Q` instead of by enumerating `Q`.
///
/// Avis, Rosenberg, Savani and von Stengel (2010), §3 (`lrsnash`): for a vertex `x`
/// with label set `L(x)`, the partners are the vertices of the face of `Q` where all
/// labels outside `L(x)` are tight — `(Ay)ᵢ = 1` for each row `i` in the support
/// `S` of `x`, and `yⱼ = 0` for each column outside the set `C` of best responses to
/// `x`. On the unknowns `y_C` that is `|S|` equations; a simple `x` has
/// `|S| = |C|`, so when they are independent the face is at most one point. A
/// degenerate `x` (more labels) has `|S| < |C|`, and each vertex of the face adds
/// `e = |C| − |S|` more tight inequalities — rows `(Ay)ᵢ = 1` with `i ∉ S` or
/// `yⱼ = 0` with `j ∈ C` — chosen so the system stays independent.
///
/// Steps: 1. `S` and `C` from the labels; 2. for each choice of `e` extra tight
/// inequalities (none when `x` is simple) solve the square system exactly
/// (fraction-free Gauss–Jordan, Edmonds 1967); 3. keep solutions inside `Q`
/// (`y ≥ 0`, `Ay ≤ 1`), each point once.
///
/// Completeness: every vertex of the face has tight inequalities of rank `|C|` on
/// `y_C` including those of `S`; a maximal independent subset `S′` of `S` plus some
/// choice of `|C| − |S′|` more is a basis, so step 2 finds it (the rest of `S` is
/// checked to hold). When the choices would be too many (heavy degeneracy), the
/// caller compares `x` with every vertex of `Q` instead.
enum ComplementaryFace<I: FractionFreeInteger> {
  enum Outcome {
    /// The partners, each up to a positive factor (`y` over all `n` columns).
    case points([[I]])
    /// Use the enumeration of `Q` for this `x`.
    case enumerateQ
    case overflow
  }

  /// - Parameter choiceLimit: at most this many square systems for one degenerate
  ///   vertex; beyond it, `.enumerateQ`.
  static func partners(ofLabels labels: LabelSet, m: Int, n: Int, a: [[I]], choiceLimit: Int) -> Outcome {
    // 1. S = rows with xᵢ > 0 (label i absent), C = columns tight in P (label m+j present).
    var support = [Int](), columns = [Int]()
    for i in 0..<m where !labels.contains(i) { support.append(i) }
    for j in 0..<n where labels.contains(m + j) { columns.append(j) }
    guard !support.isEmpty, support.count <= columns.count else { return .enumerateQ }
    // The common case: x simple and the square system regular — one solve.
    if support.count == columns.count {
      switch solve(rows: support, columns: columns, n: n, a: a) {
      case .point(let y, let det):
        guard let inside = inQ(y, det, m: m, a: a) else { return .overflow }
        return .points(inside ? [y] : [])
      case .singular: break
      case .overflow: return .overflow
      }
    }
    // 2. Otherwise keep a maximal independent subset S′ of the equations on S (the
    //    others must then hold at every solution) and add e = |C| − |S′| extra tight
    //    inequalities: candidates 0..<r are rows outside S, r... columns of C at zero.
    guard let basisRows = independentRows(support, columns: columns, a: a) else { return .overflow }
    let dependentRows = support.filter { !basisRows.contains($0) }
    let excess = columns.count - basisRows.count
    let otherRows = (0..<m).filter { !support.contains($0) }
    let candidates = otherRows.count + columns.count
    guard binomial(candidates, excess, limit: choiceLimit) <= choiceLimit else { return .enumerateQ }
    var found = [[I]]()
    var seen = Set<[Rational]>()
    var choice = Array(0..<excess)
    while true {
      var rows = basisRows, zero = Set<Int>()
      for c in choice {
        if c < otherRows.count { rows.append(otherRows[c]) } else { zero.insert(columns[c - otherRows.count]) }
      }
      let free = columns.filter { !zero.contains($0) }
      if !free.isEmpty {
        switch solve(rows: rows, columns: free, n: n, a: a) {
        case .point(let y, let det):
          // 3. In Q, with the dependent equations of S holding too.
          guard let inside = inQ(y, det, m: m, a: a), let tight = rowsTight(dependentRows, y, det, a: a)
          else { return .overflow }
          if inside && tight && seen.insert(VertexEnumeration.normalised(y)).inserted { found.append(y) }
        case .singular: break
        case .overflow: return .overflow
        }
      }
      // Next combination of `excess` out of `candidates`, in lexicographic order.
      var k = excess - 1
      while k >= 0 && choice[k] == candidates - excess + k { k -= 1 }
      if k < 0 { break }
      choice[k] += 1
      for l in (k + 1)..<excess { choice[l] = choice[l - 1] + 1 }
    }
    return .points(found)
  }

  enum Solution {
    /// `det · y` over all `n` columns, and `det > 0`.
    case point([I], det: I)
    case singular
    case overflow
  }

  /// Solves `A[rows][columns] · y = 1` (square) by fraction-free Gauss–Jordan
  /// elimination, leaving `det · y` in the right-hand side.
  static func solve(rows: [Int], columns: [Int], n: Int, a: [[I]]) -> Solution {
    let s = rows.count
    let w = s + 1
    var t = [I](repeating: I(0), count: s * w)
    for (r, i) in rows.enumerated() {
      for (c, j) in columns.enumerated() { t[r * w + c] = a[i][j] }
      t[r * w + s] = I(1)
    }
    var previous = I(1)
    var rowOfColumn = [Int](repeating: -1, count: s)
    var used = [Bool](repeating: false, count: s)
    for c in 0..<s {
      guard let r = (0..<s).first(where: { !used[$0] && t[$0 * w + c].sgn != 0 }) else { return .singular }
      let pivot = t[r * w + c]
      let divisor = I.exactDivisor(previous)
      for i in 0..<s where i != r {
        let factor = t[i * w + c]
        for j in 0..<w {
          guard let v = I.fractionFree(t[i * w + j], pivot, factor, t[r * w + j], divisor) else { return .overflow }
          t[i * w + j] = v
        }
      }
      previous = pivot
      used[r] = true
      rowOfColumn[c] = r
    }
    // Every pivot row now holds det in its column; flip signs so det > 0.
    let flip = previous.sgn < 0
    var y = [I](repeating: I(0), count: n)
    for c in 0..<s {
      let v = t[rowOfColumn[c] * w + s]
      guard let value = flip ? v.negated : v else { return .overflow }
      y[columns[c]] = value
    }
    guard let det = flip ? previous.negated : previous else { return .overflow }
    return .point(y, det: det)
  }

  /// 3. `y ≥ 0` and `A y ≤ 1`, for `scaled = det · y` with `det > 0`; `nil` on overflow.
  static func inQ(_ scaled: [I], _ det: I, m: Int, a: [[I]]) -> Bool? {
    let n = scaled.count
    for j in 0..<n where scaled[j].sgn < 0 { return false }
    for i in 0..<m {
      var total = I(0)
      for j in 0..<n where scaled[j].sgn != 0 {
        guard let next = I.multiplyAdd(total, a[i][j], scaled[j]) else { return nil }
        total = next
      }
      if I.compareProducts(total, I(1), det, I(1)) > 0 { return false }
    }
    return true
  }

  /// Whether `(A·y)ᵢ = 1` for each listed row, for `scaled = det · y`; `nil` on overflow.
  static func rowsTight(_ rows: [Int], _ scaled: [I], _ det: I, a: [[I]]) -> Bool? {
    for i in rows {
      var total = I(0)
      for j in scaled.indices where scaled[j].sgn != 0 {
        guard let next = I.multiplyAdd(total, a[i][j], scaled[j]) else { return nil }
        total = next
      }
      if I.compareProducts(total, I(1), det, I(1)) != 0 { return false }
    }
    return true
  }

  /// A maximal linearly independent subset of the rows of `A[rows][columns]` (the
  /// pivot rows of a fraction-free row echelon form, Bareiss 1968); `nil` on overflow.
  static func independentRows(_ rows: [Int], columns: [Int], a: [[I]]) -> [Int]? {
    var t = rows.map { i in columns.map { a[i][$0] } }
    var order = rows
    var previous = I(1)
    var rank = 0
    for c in columns.indices where rank < t.count {
      guard let r = (rank..<t.count).first(where: { t[$0][c].sgn != 0 }) else { continue }
      t.swapAt(rank, r)
      order.swapAt(rank, r)
      let pivot = t[rank][c]
      let divisor = I.exactDivisor(previous)
      for i in (rank + 1)..<t.count {
        let factor = t[i][c]
        for j in columns.indices {
          guard let v = I.fractionFree(t[i][j], pivot, factor, t[rank][j], divisor) else { return nil }
          t[i][j] = v
        }
      }
      previous = pivot
      rank += 1
    }
    return Array(order[..<rank])
  }

  /// `C(n, k)`, stopping once it exceeds `limit`.
  static func binomial(_ n: Int, _ k: Int, limit: Int) -> Int {
    guard k >= 0 && k <= n else { return 0 }
    var result = 1
    for i in 0..<min(k, n - k) {
      result = result * (n - i) / (i + 1)
      if result > limit { return limit + 1 }
    }
    return result
  }
}
