/// Which extreme equilibria belong together: maximal Nash subsets and the
/// connected components of the equilibrium set.
///
/// Reference: Avis, Rosenberg, Savani and von Stengel (2010), *Economic Theory* 42,
/// §6; Audet, Hansen, Jaumard and Savard (2001), "Enumeration of all extreme
/// equilibria of bimatrix games", *SIAM J. Sci. Comput.* 23. Extreme equilibria
/// `(x, y)` form a bipartite graph between the `x`-parts and the `y`-parts; a set
/// `X × Y` of them all being equilibria (a biclique) spans a convex set of
/// equilibria (the convex hulls of `X` and `Y` interchange), and the maximal ones
/// are the maximal Nash subsets. Two equilibria sharing `x` (or `y`) lie in the
/// biclique `{x} × {y, y'}`, so the union of overlapping maximal Nash subsets — a
/// connected component of the equilibrium set — is a connected component of that
/// bipartite graph.
extension VertexEnumeration {
  /// Connected components of the equilibrium set, as lists of indices into
  /// `equilibria` (each list increasing, lists ordered by their first index).
  ///
  /// - Precondition: `equilibria` are the extreme equilibria of `game` (as from
  ///   `extremeEquilibria(of:)`), so that shared parts mean shared components.
  public static func components(of equilibria: [Equilibrium], in game: Bimatrix) -> [[Int]] {
    var parent = Array(equilibria.indices)
    func find(_ i: Int) -> Int {
      var i = i
      while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
      return i
    }
    // 1. Union equilibria that share a row-player or a column-player part.
    for player in 0..<2 {
      var first = [[Rational]: Int]()
      for (k, e) in equilibria.enumerated() {
        if let j = first[e.profile[player]] {
          let a = find(j), b = find(k)
          if a != b { parent[max(a, b)] = min(a, b) }
        } else {
          first[e.profile[player]] = k
        }
      }
    }
    // 2. Collect the classes in order of their smallest member.
    var byRoot = [Int: Int]()
    var result = [[Int]]()
    for k in equilibria.indices {
      let r = find(k)
      if let slot = byRoot[r] { result[slot].append(k) } else {
        byRoot[r] = result.count
        result.append([k])
      }
    }
    return result
  }

  /// The maximal Nash subsets: maximal sets `X × Y` of extreme equilibria, each
  /// given as the indices into `equilibria` of all pairs in `X × Y`.
  ///
  /// Steps (the closure system of the bipartite graph, Audet et al. 2001): 1. the
  /// candidate `Y`-sets are the neighbourhoods of each `x`; 2. close them under
  /// intersection; 3. each closed, non-empty `Y` with `X` = the common neighbours of
  /// `Y` is a maximal biclique. Output sorted.
  ///
  /// - Complexity: exponential in the worst case (a game can have exponentially many
  ///   maximal Nash subsets); fine for the handful found in practice.
  public static func nashSubsets(of equilibria: [Equilibrium]) -> [[Int]] {
    // Index the distinct parts.
    var xIndex = [[Rational]: Int](), yIndex = [[Rational]: Int]()
    var edges = [(Int, Int)]()
    for e in equilibria {
      let x = xIndex[e.profile[0]] ?? { let k = xIndex.count; xIndex[e.profile[0]] = k; return k }()
      let y = yIndex[e.profile[1]] ?? { let k = yIndex.count; yIndex[e.profile[1]] = k; return k }()
      edges.append((x, y))
    }
    var neighboursOfX = [Set<Int>](repeating: [], count: xIndex.count)
    var neighboursOfY = [Set<Int>](repeating: [], count: yIndex.count)
    for (x, y) in edges { neighboursOfX[x].insert(y); neighboursOfY[y].insert(x) }
    // 1–2. Close the Y-neighbourhoods under intersection.
    var closed = Set(neighboursOfX)
    var frontier = Array(closed)
    while let s = frontier.popLast() {
      for t in neighboursOfX {
        let u = s.intersection(t)
        if !u.isEmpty && closed.insert(u).inserted { frontier.append(u) }
      }
    }
    // 3. Pair each with its common X-neighbours and list the equilibria inside.
    var edgeIndex = [Int: [Int: Int]]()
    for (k, (x, y)) in edges.enumerated() { edgeIndex[x, default: [:]][y] = k }
    var result = [[Int]]()
    for ys in closed {
      var xs = Set(0..<xIndex.count)
      for y in ys { xs.formIntersection(neighboursOfY[y]) }
      var members = [Int]()
      for x in xs { for y in ys { members.append(edgeIndex[x]![y]!) } }
      result.append(members.sorted())
    }
    return result.sorted { $0.lexicographicallyPrecedes($1) }
  }
}
