/// All vertices of a bounded polytope `{ z ≥ 0 : C z ≤ 1 }` (with `C > 0`), exactly,
/// including degenerate ones, by a search of the graph of feasible bases.
///
/// Why this finds every vertex: the origin is a vertex with the single (slack) basis,
/// and Bland's simplex method minimising `Σ z` walks from any feasible basis to it by
/// simplex pivots; the reverse of a simplex pivot is again a simplex pivot (with ties
/// in the ratio test allowed). So searching from the slack basis over *every*
/// entering column and *every* tied leaving row reaches every feasible basis, hence
/// every vertex (Avis and Fukuda 1992, "A pivoting algorithm for convex hulls and
/// vertex enumeration of arrangements and polyhedra", *Discrete Comput. Geom.* 8).
///
/// Steps: 1. start at the slack basis; 2. pop a basis, record its vertex by the set
/// of tight inequalities (a degenerate vertex has many bases, one tight set);
/// 3. for each non-basic column and each row passing the ratio test, push the
/// neighbouring basis unless it was seen.
///
/// - Complexity: one pivot, O(k·(d+1)), per feasible basis; memory for the set of
///   bases seen. Nondegenerate polytopes have one basis per vertex.
struct PolytopeVertices<I: FractionFreeInteger> {
  struct Vertex {
    /// Variables at zero: `z_i = 0` for `i < d`, slack `d + r` for a tight row `r`.
    var tight: LabelSet
    /// The vertex up to a positive factor (`z` times the basis determinant).
    var scaledPoint: [I]
  }

  struct Result {
    var vertices: [Vertex]
    /// False when `shouldContinue` stopped the search early.
    var complete: Bool
  }

  /// - Returns: `nil` when the arithmetic overflows `I`.
  static func enumerate(constraints c: [[I]], dimension d: Int,
                        shouldContinue: () -> Bool) -> Result? {
    let start = IntegerTableau(constraints: c, dimension: d)
    var seenBases: Set<LabelSet> = [start.basicSet]
    var vertexIndex = [LabelSet: Int]()
    var vertices = [Vertex]()
    var stack = [start]
    var steps = 0
    var leaving = [Int]()
    while let t = stack.popLast() {
      steps += 1
      if !shouldContinue() { return Result(vertices: vertices, complete: false) }
      let tight = t.tightSet
      if vertexIndex[tight] == nil {
        vertexIndex[tight] = vertices.count
        vertices.append(Vertex(tight: tight, scaledPoint: t.scaledPoint))
      }
      for q in 0..<t.variableCount where t.rowOf[q] < 0 {
        t.minimumRatioRows(entering: q, into: &leaving)
        for p in leaving {
          var next = t.basicSet
          next.remove(t.basis[p])
          next.insert(q)
          guard seenBases.insert(next).inserted else { continue }
          var u = t
          guard u.pivot(row: p, column: q) else { return nil }
          stack.append(u)
        }
      }
    }
    return Result(vertices: vertices, complete: true)
  }
}
