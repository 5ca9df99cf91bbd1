/// All vertices of a bounded polytope `{ z ≥ 0 : C z ≤ 1 }` (with `C > 0`), exactly,
/// including degenerate ones, by a search of the graph of feasible bases.
///
/// Why this finds every vertex: the search runs over the *lexicographically
/// feasible* bases only — those of the perturbed polytope `{ z ≥ 0 : C z ≤ 1 + ε }`
/// with `ε = (ε, ε², …)` — stepping from one to the next by an entering column and
/// the one leaving row the lexicographic ratio test picks. For small ε the perturbed
/// polytope is simple, so its bases are its vertices and their graph is the
/// polytope's connected graph, reached from the slack basis; and every vertex of the
/// real polytope is the limit of a perturbed one (it is the unique optimum of some
/// objective, and so is that objective's perturbed optimum's basis). This is the
/// lexicographic rule of Avis's `lrs` (Avis 2000, "lrs: A revised implementation of
/// the reverse search vertex enumeration algorithm"; Avis and Fukuda 1992, *Discrete
/// Comput. Geom.* 8). A degenerate vertex is then visited through a few bases rather
/// than all of them: searching every tied leaving row, as brink did before, took 8×
/// longer on 10×10 games with payoffs in 0...2 (`brink-bench --only degenerate`).
///
/// Steps: 1. start at the slack basis; 2. pop a basis, record its vertex by the set
/// of tight inequalities (a degenerate vertex has several bases, one tight set);
/// 3. for each non-basic column with a positive entry, push the basis the
/// lexicographic ratio test leads to unless it was seen.
///
/// - Complexity: one pivot, O(k·(d+1)), per lexicographically feasible basis;
///   memory for the set of bases seen. Nondegenerate polytopes have one basis per vertex.
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
    while let t = stack.popLast() {
      steps += 1
      if !shouldContinue() { return Result(vertices: vertices, complete: false) }
      let tight = t.tightSet
      if vertexIndex[tight] == nil {
        vertexIndex[tight] = vertices.count
        vertices.append(Vertex(tight: tight, scaledPoint: t.scaledPoint))
      }
      for q in 0..<t.variableCount where t.rowOf[q] < 0 {
        guard let p = t.lexicographicMinimumRatioRow(entering: q) else { continue }
        var next = t.basicSet
        next.remove(t.basis[p])
        next.insert(q)
        guard seenBases.insert(next).inserted else { continue }
        var u = t
        guard u.pivot(row: p, column: q) else { return nil }
        stack.append(u)
      }
    }
    return Result(vertices: vertices, complete: true)
  }
}
