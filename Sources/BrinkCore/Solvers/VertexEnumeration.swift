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
/// probabilities, are exactly the extreme equilibria (von Stengel 2002, Thm. 3.1).
///
/// Steps:
/// 1. Scale and shift both payoff matrices to positive integers.
/// 2. Enumerate every vertex of `P` and of `Q` with fraction-free integer pivoting
///    (`PolytopeVertices`), in `Int64` with 128-bit intermediates, repeating in
///    `BigInt` if anything overflows. Degenerate vertices have many bases; each
///    vertex is kept once, identified by its full set of tight inequalities.
/// 3. Match: `(x, y)` is an equilibrium when `L(x) ∪ L(y)` is every label. A simple
///    `x` (exactly `m` labels) pairs only with the `y` whose labels include its
///    complement — for a simple `y`, exactly the complement, found by hashing;
///    degenerate vertices are compared pair by pair.
/// 4. Normalise (`x / Σx`, which cancels the tableau determinant), compute payoffs,
///    sort.
///
/// - Complexity: one pivot per feasible basis of `P` and of `Q` (exponential in the
///   worst case, as the number of equilibria can be), plus one look-up per vertex of
///   `P` and a pairwise check for each degenerate vertex.
public enum VertexEnumeration {
  /// All extreme equilibria, each once, in `Equilibrium.lexicographicallyPrecedes` order.
  ///
  /// - Parameter shouldContinue: polled during the enumeration; when it returns
  ///   `false` the search stops and the equilibria among the vertices found so far
  ///   are returned.
  public static func extremeEquilibria(of game: Bimatrix, shouldContinue: () -> Bool = { true }) -> [Equilibrium] {
    let polytopes = BestResponsePolytopes(game)
    if let c = polytopes.constraints(Int64.self),
      let result = solve(game, polytopes, c.p, c.q, shouldContinue)
    {
      return result
    }
    let c = polytopes.constraints(BigInt.self)!
    return solve(game, polytopes, c.p, c.q, shouldContinue)!
  }

  /// Steps 2–4 in the integer type `I`; `nil` when `I` overflows.
  static func solve<I: FractionFreeInteger>(_ game: Bimatrix, _ polytopes: BestResponsePolytopes,
                                            _ p: [[I]], _ q: [[I]],
                                            _ shouldContinue: () -> Bool) -> [Equilibrium]? {
    let m = polytopes.m, n = polytopes.n
    guard let vp = PolytopeVertices<I>.enumerate(constraints: p, dimension: m, shouldContinue: shouldContinue)
    else { return nil }
    guard vp.complete else { return [] }
    guard let vq = PolytopeVertices<I>.enumerate(constraints: q, dimension: n, shouldContinue: shouldContinue)
    else { return nil }
    // P's variables are its labels; Q's are renamed (see BestResponsePolytopes).
    let xs = vp.vertices.filter { v in v.scaledPoint.contains { $0.sgn != 0 } }
    let ys: [(labels: LabelSet, point: [I])] = vq.vertices.compactMap { v in
      guard v.scaledPoint.contains(where: { $0.sgn != 0 }) else { return nil }
      var labels = LabelSet()
      for variable in v.tight.members { labels.insert(polytopes.labelOfQVariable(variable)) }
      return (labels, v.scaledPoint)
    }
    // Step 3. A vertex of Q has at least n labels; a simple one exactly n, and then a
    // simple x (exactly m labels) can only pair with the y labelled by x's
    // complement: one hash look-up. Degenerate vertices are matched by brute force.
    let all = LabelSet(fullUpTo: m + n)
    var simpleY = [LabelSet: Int]()
    var degenerateY = [Int]()
    for (k, y) in ys.enumerated() {
      if y.labels.count == n { simpleY[y.labels] = k } else { degenerateY.append(k) }
    }
    var equilibria = [Equilibrium]()
    for x in xs {
      if x.tight.count == m {
        if let k = simpleY[x.tight.complement(in: all)] { equilibria.append(equilibrium(game, x.scaledPoint, ys[k].point)) }
        for k in degenerateY where x.tight.unionCovers(ys[k].labels, all) {
          equilibria.append(equilibrium(game, x.scaledPoint, ys[k].point))
        }
      } else {
        for y in ys where x.tight.unionCovers(y.labels, all) {
          equilibria.append(equilibrium(game, x.scaledPoint, y.point))
        }
      }
    }
    return equilibria.sorted(by: Equilibrium.lexicographicallyPrecedes)
  }

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
