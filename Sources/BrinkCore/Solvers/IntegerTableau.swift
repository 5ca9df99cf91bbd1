/// An exact simplex tableau for a polytope `{ z ∈ ℝᵈ : z ≥ 0, C z ≤ 1 }`, pivoted
/// fraction-free (all entries integers), as in Avis's `lrs` and von Stengel (2002),
/// "Computing equilibria for two-person games", *Handbook of Game Theory* 3, ch. 45, §3.
///
/// Variables `0..<d` are the coordinates `z`, variables `d..<d+k` the slacks of the
/// `k` inequalities `C z ≤ 1`. Row `r` of the tableau reads
/// `det · basis[r] + Σ_c entry(r, c) · var_c = rhs(r)` over the non-basic columns, so
/// the current basic solution is `rhs(r) / det`. Basic columns are kept as
/// `det · e_r`, which is what the lexicographic ratio test reads (the columns of the
/// initial slack basis hold `det · B⁻¹`).
///
/// Invariants: `det > 0`, `rhs ≥ 0` (every pivot is a feasible simplex pivot).
struct IntegerTableau<I: FractionFreeInteger>: Sendable {
  let rows: Int
  let dimension: Int
  /// Row-major, `rows × (dimension + rows + 1)`; the last column is the right-hand side.
  var entries: [I]
  var basis: [Int]
  /// `rowOf[v]` is the row where variable `v` is basic, or -1.
  var rowOf: [Int]
  var det: I
  var basicSet: LabelSet

  var stride: Int { dimension + rows + 1 }
  var variableCount: Int { dimension + rows }

  /// The slack basis at `z = 0`. `c` is `k × d`.
  init(constraints c: [[I]], dimension d: Int) {
    let k = c.count
    rows = k
    dimension = d
    let s = d + k + 1
    let zero = I(0), one = I(1)
    entries = [I](repeating: zero, count: k * s)
    for r in 0..<k {
      for j in 0..<d { entries[r * s + j] = c[r][j] }
      entries[r * s + d + r] = one
      entries[r * s + d + k] = one
    }
    basis = (0..<k).map { d + $0 }
    rowOf = [Int](repeating: -1, count: d + k)
    basicSet = LabelSet()
    for r in 0..<k { rowOf[d + r] = r; basicSet.insert(d + r) }
    det = one
  }

  @inline(__always)
  func entry(_ r: Int, _ c: Int) -> I { entries[r * stride + c] }

  @inline(__always)
  func rhs(_ r: Int) -> I { entries[r * stride + dimension + rows] }

  /// The unique leaving row by the lexicographic minimum-ratio rule: ties in
  /// `rhs / entry` are broken by the columns of the initial slack basis in order,
  /// which never cycles (Dantzig, Orden and Wolfe 1955; von Stengel 2002, §2.6).
  /// `nil` when no entry in `column` is positive (an unbounded ray).
  func lexicographicMinimumRatioRow(entering column: Int) -> Int? {
    let s = stride, rc = dimension + rows
    return entries.withUnsafeBufferPointer { t -> Int? in
      var best: Int? = nil
      for r in 0..<rows where t[r * s + column].sgn > 0 {
        guard let b = best else { best = r; continue }
        let tr = t[r * s + column], tb = t[b * s + column]
        var cmp = I.compareProducts(t[r * s + rc], tb, t[b * s + rc], tr)
        var c = dimension
        while cmp == 0 && c < rc {
          cmp = I.compareProducts(t[r * s + c], tb, t[b * s + c], tr)
          c += 1
        }
        if cmp < 0 { best = r }
      }
      return best
    }
  }

  /// Pivots `column` into the basis in place of the variable basic in `row`.
  /// Returns `false` when an entry overflows `I` (the tableau is then unusable).
  ///
  /// Steps (fraction-free, Edmonds 1967): 1. every entry outside the pivot row and
  /// the two exchanged columns becomes `(t·p − t_rq·t_pc) / det`; 2. the entering
  /// column becomes `p·e_row`; 3. the leaving column becomes `−t_rq` off the pivot
  /// row; 4. other basic columns scale to the new determinant `p`.
  mutating func pivot(row p: Int, column q: Int) -> Bool {
    let s = stride, k = rows, rc = dimension + rows
    let leaving = basis[p]
    let oldDet = I.exactDivisor(det)
    let piv = entries[p * s + q]
    var ok = true
    rowOf.withUnsafeBufferPointer { rowOf in
      basis.withUnsafeBufferPointer { basis in
        entries.withUnsafeMutableBufferPointer { t in
          let pbase = p * s
          for r in 0..<k where r != p {
            let trq = t[r * s + q]
            let base = r * s
            // Non-basic columns other than q, then the right-hand side.
            for c in 0...rc where c == rc || (rowOf[c] < 0 && c != q) {
              guard let v = I.fractionFree(t[base + c], piv, trq, t[pbase + c], oldDet) else { ok = false; return }
              t[base + c] = v
            }
            guard let l = trq.negated else { ok = false; return }
            t[base + leaving] = l
            t[base + q] = I(0)
            t[base + basis[r]] = piv
          }
        }
      }
    }
    guard ok else { return false }
    det = piv
    basis[p] = q
    rowOf[leaving] = -1
    rowOf[q] = p
    basicSet.remove(leaving)
    basicSet.insert(q)
    return true
  }

  /// The variables at zero: the non-basic ones and the basic ones with `rhs = 0`
  /// (more than `dimension` of them at a degenerate vertex).
  var tightSet: LabelSet {
    var set = LabelSet()
    for v in 0..<variableCount {
      let r = rowOf[v]
      if r < 0 || rhs(r).sgn == 0 { set.insert(v) }
    }
    return set
  }

  /// The coordinates `z` up to the positive factor `1 / det`.
  var scaledPoint: [I] {
    (0..<dimension).map { v in rowOf[v] < 0 ? I(0) : rhs(rowOf[v]) }
  }
}
