import Testing
@testable import BrinkCore

/// Random test games from the seeded generator: same seed, same games.
extension SplitMix64 {
  /// An `m × n` game with integer payoffs uniform in `range`.
  mutating func game(_ m: Int, _ n: Int, payoffs range: ClosedRange<Int>) -> Bimatrix {
    func matrix() -> [[Int]] { (0..<m).map { _ in (0..<n).map { _ in Int.random(in: range, using: &self) } } }
    return Bimatrix(a: matrix(), b: matrix())
  }
}

/// An independent, slow reference: every vertex of each best-response polytope by
/// solving every `d × d` system of tight inequalities in exact rationals
/// (the definition of a vertex), then every completely labelled pair. Exponential,
/// so only for small games — but it shares no code with the pivoting solver.
enum BruteForceVertexEnumeration {
  static func extremeEquilibria(_ game: Bimatrix) -> Set<MixedProfile> {
    let m = game.rows, n = game.columns
    let a = shiftedPositive(game.a), b = shiftedPositive(game.b)
    // P: rows are x_i ≥ 0 (label i), then (Bᵀx)_j ≤ 1 (label m+j).
    let p = vertices(dimension: m, rows: (0..<n).map { j in (0..<m).map { i in b[i][j] } })
    // Q: (Ay)_i ≤ 1 (label i), y_j ≥ 0 (label m+j).
    let q = vertices(dimension: n, rows: a)
    var result = Set<MixedProfile>()
    for (x, lx) in p where x.contains(where: { !$0.isZero }) {
      for (y, ly) in q where y.contains(where: { !$0.isZero }) {
        // Relabel Q: variable j → m+j, inequality i → i.
        let labelsY = Set(ly.map { $0 < n ? m + $0 : $0 - n })
        if lx.union(labelsY).count == m + n { result.insert([normalise(x), normalise(y)]) }
      }
    }
    return result
  }

  static func shiftedPositive(_ matrix: [[Rational]]) -> [[Rational]] {
    let least = matrix.joined().min()!
    return matrix.map { $0.map { $0 - least + 1 } }
  }

  static func normalise(_ v: [Rational]) -> [Rational] {
    let total = v.reduce(Rational.zero, +)
    return v.map { $0 / total }
  }

  /// Vertices of `{z ≥ 0 : rows·z ≤ 1}` with their tight sets (variable `i` for
  /// `zᵢ = 0`, `d + r` for row `r`).
  static func vertices(dimension d: Int, rows: [[Rational]]) -> [([Rational], Set<Int>)] {
    let k = rows.count
    // Inequality `c` as (coefficients, bound): c < d is −z_c ≤ 0, else rows[c − d]·z ≤ 1.
    func inequality(_ c: Int) -> ([Rational], Rational) {
      c < d ? ((0..<d).map { $0 == c ? Rational(-1) : .zero }, .zero) : (rows[c - d], .one)
    }
    var found = [[Rational]: Set<Int>]()
    for subset in combinations(d + k, d) {
      guard let z = solve(subset.map(inequality)) else { continue }
      var tight = Set<Int>(), feasible = true
      for c in 0..<(d + k) {
        let (coefficients, bound) = inequality(c)
        let lhs = zip(coefficients, z).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
        if lhs > bound { feasible = false; break }
        if lhs == bound { tight.insert(c) }
      }
      if feasible { found[z] = tight }
    }
    return found.map { ($0.key, $0.value) }
  }

  /// The unique solution of a square system by Gauss–Jordan elimination, or nil.
  static func solve(_ equations: [([Rational], Rational)]) -> [Rational]? {
    var rows = equations.map { $0.0 + [$0.1] }
    let d = rows.count
    for col in 0..<d {
      guard let pivot = (col..<d).first(where: { !rows[$0][col].isZero }) else { return nil }
      rows.swapAt(col, pivot)
      let p = rows[col][col]
      rows[col] = rows[col].map { $0 / p }
      for r in 0..<d where r != col && !rows[r][col].isZero {
        let f = rows[r][col]
        rows[r] = zip(rows[r], rows[col]).map { $0 - f * $1 }
      }
    }
    return rows.map { $0[d] }
  }

  static func combinations(_ n: Int, _ k: Int) -> [[Int]] {
    if k == 0 { return [[]] }
    if n < k { return [] }
    return combinations(n - 1, k) + combinations(n - 1, k - 1).map { $0 + [n - 1] }
  }
}

/// The solvers checked against each other, against the exact oracle and against
/// the brute-force reference above, on seeded random games.
@Suite struct SolverCrossCheckTests {
  /// Random games of assorted sizes, generic (wide payoff range) and degenerate
  /// (payoffs in 0...2, so ties abound).
  static func randomGames() -> [(name: String, game: Bimatrix)] {
    var rng = SplitMix64(seed: 20_100_422)
    var games = [(String, Bimatrix)]()
    let sizes = [(1, 1), (1, 4), (4, 1), (2, 2), (2, 3), (3, 2), (3, 3), (2, 5), (4, 3), (4, 4), (5, 5), (6, 4), (6, 6)]
    for k in 0..<100 {
      let (m, n) = sizes[k % sizes.count]
      let range = k % 3 == 2 ? 0...2 : -10...10
      games.append(("#\(k) \(m)x\(n) \(range)", rng.game(m, n, payoffs: range)))
    }
    return games
  }

  @Test func everyEquilibriumPassesTheOracle() {
    for (name, game) in Self.randomGames() {
      let found = VertexEnumeration.extremeEquilibria(of: game)
      #expect(!found.isEmpty, "\(name)")
      #expect(Set(found).count == found.count, "duplicates in \(name)")
      #expect(found == found.sorted(by: Equilibrium.lexicographicallyPrecedes), "\(name)")
      let strategic = game.strategicGame
      for e in found {
        #expect(EquilibriumOracle.isEquilibrium(e.profile, of: strategic), "\(name) \(e.profile)")
        #expect(EquilibriumOracle.expectedPayoffs(e.profile, of: strategic) == e.payoffs, "\(name)")
      }
    }
  }

  @Test func matchesBruteForceVertexEnumeration() {
    var checked = 0
    for (name, game) in Self.randomGames() where game.rows + game.columns <= 9 {
      let found = Set(VertexEnumeration.extremeEquilibria(of: game).map(\.profile))
      #expect(found == BruteForceVertexEnumeration.extremeEquilibria(game), "\(name)")
      checked += 1
    }
    #expect(checked >= 60)
  }

  /// The two ways of finding partners — solving on the complementary face and
  /// enumerating all of Q — agree (choice limit 0 forces the second for every
  /// degenerate or singular vertex).
  @Test func complementaryFaceAgreesWithEnumeratingQ() {
    for (name, game) in Self.randomGames() {
      let polytopes = BestResponsePolytopes(game)
      let c = polytopes.constraints(Int64.self)!
      let viaFace = VertexEnumeration.solve(game, polytopes, c.p, c.q, { true }, choiceLimit: 1_000)
      let viaQ = VertexEnumeration.solve(game, polytopes, c.p, c.q, { true }, choiceLimit: 0)
      #expect(viaFace != nil && viaFace == viaQ, "\(name)")
    }
  }

  /// Components are unions of maximal Nash subsets: every subset lies inside one
  /// component, every equilibrium is in some subset, and every convex combination
  /// of a subset's corners — checked at the barycentre — is an equilibrium.
  @Test func componentsAreUnionsOfNashSubsets() {
    for (name, game) in Self.randomGames() {
      let found = VertexEnumeration.extremeEquilibria(of: game)
      let components = VertexEnumeration.components(of: found, in: game)
      #expect(components.flatMap { $0 }.sorted() == Array(found.indices), "\(name)")
      var componentOf = [Int: Int]()
      for (c, members) in components.enumerated() { for k in members { componentOf[k] = c } }
      let subsets = VertexEnumeration.nashSubsets(of: found)
      #expect(Set(subsets.flatMap { $0 }) == Set(found.indices), "\(name)")
      for subset in subsets {
        #expect(Set(subset.map { componentOf[$0]! }).count == 1, "\(name)")
        let w = Rational(1, subset.count)
        let x = (0..<game.rows).map { i in subset.reduce(Rational.zero) { $0 + w * found[$1].profile[0][i] } }
        let y = (0..<game.columns).map { j in subset.reduce(Rational.zero) { $0 + w * found[$1].profile[1][j] } }
        #expect(EquilibriumOracle.isEquilibrium([x, y], of: game.strategicGame), "\(name)")
      }
    }
  }

  @Test func pureEquilibriaAreExtreme() {
    for (name, game) in Self.randomGames() {
      let extreme = Set(VertexEnumeration.extremeEquilibria(of: game))
      for e in PureEquilibria.all(of: game.strategicGame) {
        #expect(extreme.contains(e), "\(name) \(e.profile)")
      }
    }
  }

  /// Every Lemke–Howson end is a basic solution of both tableaux, hence a
  /// completely labelled vertex pair: an extreme equilibrium, degenerate games
  /// included (von Stengel 2002, §2.5–2.6).
  @Test func lemkeHowsonEndsAreExtreme() {
    for (name, game) in Self.randomGames() {
      let extreme = Set(VertexEnumeration.extremeEquilibria(of: game))
      for (label, e) in LemkeHowson.allFromEachLabel(game).enumerated() {
        #expect(extreme.contains(e), "\(name) label \(label)")
      }
    }
  }

  /// A nondegenerate game has an odd number of equilibria (Lemke and Howson 1964;
  /// Shapley 1974). Random games with a wide payoff range are almost surely
  /// nondegenerate; the filter below drops the ones with visible degeneracy.
  @Test func nondegenerateGamesHaveAnOddNumberOfEquilibria() {
    var checked = 0
    for (name, game) in Self.randomGames() where isNondegenerate(game) {
      checked += 1
      let extreme = VertexEnumeration.extremeEquilibria(of: game)
      #expect(extreme.count % 2 == 1, "\(name): \(extreme.count)")
    }
    #expect(checked >= 40)
  }

  /// Every Lemke–Howson end passes the oracle, degenerate games included.
  @Test func lemkeHowsonIsAnEquilibriumFromEveryLabel() {
    for (name, game) in Self.randomGames() {
      for e in LemkeHowson.allFromEachLabel(game) {
        #expect(EquilibriumOracle.isEquilibrium(e.profile, of: game.strategicGame), "\(name)")
        #expect(game.expectedPayoffs(e.profile[0], e.profile[1]) == (e.payoffs[0], e.payoffs[1]))
      }
    }
  }

  /// Nondegenerate: no mixed strategy on k pure strategies has more than k pure
  /// best responses. Checked here for pure strategies and for the equilibrium
  /// strategies (a necessary condition, which drops the degenerate random games).
  func isNondegenerate(_ game: Bimatrix) -> Bool {
    for c in 0..<game.columns where BestResponses.rows(of: game, against: c).count > 1 { return false }
    for r in 0..<game.rows where BestResponses.columns(of: game, against: r).count > 1 { return false }
    let strategic = game.strategicGame
    for e in VertexEnumeration.extremeEquilibria(of: game) {
      for player in 0..<2 {
        let best = BestResponses.mixed(of: strategic, player: 1 - player, against: e.profile).strategies
        if best.count > e.supports[player].count { return false }
      }
    }
    return true
  }
}
