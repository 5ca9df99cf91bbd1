import BigInt

/// All extreme Nash equilibria of a bimatrix game — the vertices of its equilibrium
/// components, the set Gambit's `enummixed` reports — exactly, degenerate games
/// included.
///
/// Method: Avis, Rosenberg, Savani and von Stengel (2010), "Enumeration of Nash
/// equilibria for two-player games", *Economic Theory* 42, §2–3. With the
/// best-response polytopes `P` and `Q` (see `BestResponsePolytopes`), a pair of
/// vertices `(x, y) ≠ (0, 0)` is *completely labelled* when every label
/// `0..<m+n` is a tight inequality of `x` or of `y`; such pairs, normalised to
/// probabilities, are exactly the extreme equilibria (von Stengel 2002, §2).
///
/// Steps:
/// 1. Scale and shift both payoff matrices to positive integers.
/// 2. Enumerate every vertex of `P` (the polytope of lower dimension: the players
///    are swapped when the column player has fewer strategies) with fraction-free
///    integer pivoting (`PolytopeVertices`), in `Int64` with 128-bit intermediates,
///    repeating in `BigInt` if anything overflows. Degenerate vertices have many
///    bases; each vertex is kept once, identified by its full set of tight
///    inequalities.
/// 3. Find each vertex's partners on the complementary face of `Q`
///    (`ComplementaryFace`): (a) for a simple `x` the face is at most one point,
///    the solution of a square system on supp(x) × its best responses, and a mildly
///    degenerate `x` needs a few such systems; (b) for a very degenerate `x`, or
///    when the equations are dependent, enumerate the vertices of `Q` once and keep
///    every `y` with `L(x) ∪ L(y)` = all labels.
/// 4. Normalise (`x / Σx`, which cancels the tableau determinant), compute payoffs,
///    sort.
///
/// - Complexity: one pivot per feasible basis of `P` (exponential in the worst
///   case, as the number of equilibria can be) and one small exact linear solve per
///   vertex; degenerate games add one enumeration of `Q` and a pairwise check for
///   each degenerate vertex of `P`.
public enum VertexEnumeration {
  /// All extreme equilibria, each once, in `Equilibrium.lexicographicallyPrecedes` order.
  ///
  /// - Parameter shouldContinue: polled during the enumeration; when it returns
  ///   `false` the search stops and the equilibria among the vertices found so far
  ///   are returned.
  public static func extremeEquilibria(of game: Bimatrix, shouldContinue: () -> Bool = { true }) -> [Equilibrium] {
    // Enumerate the polytope of lower dimension (it has far fewer vertices, by the
    // upper bound theorem: both have m + n facets): swap the players if needed.
    if game.rows > game.columns {
      return extremeEquilibriaEnumeratingRows(of: game.transposed, shouldContinue: shouldContinue)
        .map { Equilibrium(profile: [$0.profile[1], $0.profile[0]], payoffs: [$0.payoffs[1], $0.payoffs[0]]) }
        .sorted(by: Equilibrium.lexicographicallyPrecedes)
    }
    return extremeEquilibriaEnumeratingRows(of: game, shouldContinue: shouldContinue)
  }

  /// Steps 1–4, enumerating the row player's polytope `P`.
  static func extremeEquilibriaEnumeratingRows(of game: Bimatrix, shouldContinue: () -> Bool) -> [Equilibrium] {
    let polytopes = BestResponsePolytopes(game)
    if let c = polytopes.constraints(Int64.self),
      let result = solve(game, polytopes, c.p, c.q, shouldContinue)
    {
      return result
    }
    let c = polytopes.constraints(BigInt.self)!
    return solve(game, polytopes, c.p, c.q, shouldContinue)!
  }

  /// Steps 2–4 in the integer type `I`; `nil` when `I` overflows. `choiceLimit`
  /// bounds the square systems tried per degenerate vertex before step 3b.
  static func solve<I: FractionFreeInteger>(_ game: Bimatrix, _ polytopes: BestResponsePolytopes,
                                            _ p: [[I]], _ q: [[I]],
                                            _ shouldContinue: () -> Bool,
                                            choiceLimit: Int = 64) -> [Equilibrium]? {
    let m = polytopes.m, n = polytopes.n
    guard let vp = PolytopeVertices<I>.enumerate(constraints: p, dimension: m, shouldContinue: shouldContinue)
    else { return nil }
    // (When stopped early, the vertices found so far are still matched.)
    let xs = vp.vertices.filter { v in v.scaledPoint.contains { $0.sgn != 0 } }
    // Step 3a. Partners on the complementary face: a square system per choice of
    // extra tight inequalities (one system when x is simple).
    // Each vertex costs an exact linear solve, so a large game polls here as well as
    // in step 2; stopped, it returns the equilibria matched so far.
    var equilibria = [Equilibrium]()
    var unmatched = [PolytopeVertices<I>.Vertex]()
    for (k, x) in xs.enumerated() {
      if k % pollInterval == 0, !shouldContinue() { return equilibria.sorted(by: Equilibrium.lexicographicallyPrecedes) }
      switch ComplementaryFace<I>.partners(ofLabels: x.tight, m: m, n: n, a: q, choiceLimit: choiceLimit) {
      case .points(let ys): for y in ys { equilibria.append(equilibrium(game, x.scaledPoint, y)) }
      case .enumerateQ: unmatched.append(x)
      case .overflow: return nil
      }
    }
    if unmatched.isEmpty { return equilibria.sorted(by: Equilibrium.lexicographicallyPrecedes) }
    // Step 3b. The rest are compared with every vertex of Q.
    guard let vq = PolytopeVertices<I>.enumerate(constraints: q, dimension: n, shouldContinue: shouldContinue)
    else { return nil }
    // P's variables are its labels; Q's are renamed (see BestResponsePolytopes).
    let ys: [(labels: LabelSet, point: [I])] = vq.vertices.compactMap { v in
      guard v.scaledPoint.contains(where: { $0.sgn != 0 }) else { return nil }
      var labels = LabelSet()
      for variable in v.tight.members { labels.insert(polytopes.labelOfQVariable(variable)) }
      return (labels, v.scaledPoint)
    }
    let all = LabelSet(fullUpTo: m + n)
    for (k, x) in unmatched.enumerated() {
      if k % pollInterval == 0, !shouldContinue() { break }
      for y in ys where x.tight.unionCovers(y.labels, all) {
        equilibria.append(equilibrium(game, x.scaledPoint, y.point))
      }
    }
    return equilibria.sorted(by: Equilibrium.lexicographicallyPrecedes)
  }

  /// Vertices matched in step 3 between two calls of `shouldContinue`.
  static let pollInterval = 16

  /// Normalises a completely labelled vertex pair into an equilibrium with payoffs.
  static func equilibrium<I: FractionFreeInteger>(_ game: Bimatrix, _ x: [I], _ y: [I]) -> Equilibrium {
    let profile = [normalised(x), normalised(y)]
    let (u, v) = game.expectedPayoffs(profile[0], profile[1])
    return Equilibrium(profile: profile, payoffs: [u, v])
  }

  /// `v / Σv` exactly (the sum is positive).
  static func normalised<I: FractionFreeInteger>(_ v: [I]) -> [Rational] {
    var total = I(0)
    for e in v {
      if let s = I.sum(total, e) { total = s } else {
        let big = v.reduce(BigInt(0)) { $0 + $1.bigIntValue }
        return v.map { Rational($0.bigIntValue, big) }
      }
    }
    return v.map { Rational(ratio: $0, total) }
  }
}
