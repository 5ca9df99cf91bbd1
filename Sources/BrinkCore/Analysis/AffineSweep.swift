/// Where the equilibria of a bimatrix game change as its payoffs move along a
/// line, `A(t) = A₀ + t·A₁`, `B(t) = B₀ + t·B₁` (`AffineGame`): the exact break
/// points of `sweep payoff` (one payoff is t) and of `sweep probability` (the
/// folded payoffs are affine in the probability).
///
/// Steps:
/// 1. Candidates. A pure equilibrium appears or disappears only where two payoffs
///    a player compares tie: for the row player two rows in the same column, for
///    the column player two columns in the same row. Each difference is affine in
///    t; where its slope is not zero, its root is a candidate. In a 2×2 game the
///    completely mixed equilibrium (Osborne, *An Introduction to Game Theory*, 2004,
///    §4.3) has q = (a₁₁ − a₀₁)/D with D = a₀₀ − a₀₁ − a₁₀ + a₁₁; q leaves (0, 1)
///    only through 0 or 1, i.e. where a₁₁ − a₀₁ or a₀₀ − a₁₀ vanishes (both ties
///    above); where D vanishes q passes through infinity, outside (0, 1) on both
///    sides, so D's root is kept only as a harmless cut (as before the sweep was
///    generalised); likewise for p and the column player.
/// 2. Cut the range at the candidates inside it. Between two candidates nothing a
///    player compares changes sign, so the equilibria keep the same shape: solve
///    each open piece once, at its midpoint, and each cut point.
/// 3. A cut is a break point only if the shape differs there or across it; the
///    other pieces are merged. Both ends are listed as points too, with whether
///    the shape changes there (a sweep from a tie starts at one).
/// 4. At every break point and end the text lists every equilibrium, exactly as
///    `solve` would there (`equilibria(at:)`), continua included.
///
/// The shape is the pure equilibria and, in a 2×2 game, whether the completely
/// mixed one exists (`StageAnalysis`, `EquilibriumShape`). In larger games the supports of mixed
/// equilibria depend on t through determinants (polynomials of higher degree), so
/// only the pure equilibria are followed there.
public struct AffineSweep: Sendable {
  public var game: AffineGame

  public init(game: AffineGame) { self.game = game }

  /// Candidate break points (step 1), sorted and distinct.
  public var candidates: [Rational] {
    var points = Set<Rational>()
    func root(_ c: Rational, _ s: Rational) { if !s.isZero { points.insert(-c / s) } }
    let g = game.base, (sa, sb) = (game.slopeA, game.slopeB)
    // Only pairs where some payoff moves can tie at a single t, so each pair is
    // taken from a moving cell: O(moving cells × moves), not all pairs of a big game.
    for j in 0..<g.columns {
      for k in 0..<g.rows where !sa[k][j].isZero {
        for l in 0..<g.rows where l != k && (l > k || sa[l][j].isZero) { root(g.a[k][j] - g.a[l][j], sa[k][j] - sa[l][j]) }
      }
    }
    for i in 0..<g.rows {
      for k in 0..<g.columns where !sb[i][k].isZero {
        for l in 0..<g.columns where l != k && (l > k || sb[i][l].isZero) { root(g.b[i][k] - g.b[i][l], sb[i][k] - sb[i][l]) }
      }
    }
    if g.rows == 2 && g.columns == 2 {
      func denominator(_ m: [[Rational]]) -> Rational { m[0][0] - m[0][1] - m[1][0] + m[1][1] }
      root(denominator(g.a), denominator(sa))
      root(denominator(g.b), denominator(sb))
    }
    return points.sorted()
  }

  /// The shape of the equilibria at t.
  public func shape(at t: Rational) -> EquilibriumShape {
    EquilibriumShape(of: game.at(t))
  }

  /// One line of the sweep's answer: an interval of t on which the shape is
  /// constant, a break point (a cut where the shape differs there or across it),
  /// or an end of the range.
  public enum Entry: Equatable, Sendable {
    /// From `low` to `high`; `closedLow`/`closedHigh` say whether each end belongs
    /// to it (never, since the ends are listed as points of their own).
    case interval(low: Rational, high: Rational, closedLow: Bool, closedHigh: Bool, shape: EquilibriumShape)
    case breakPoint(Rational, shape: EquilibriumShape)
    /// FROM or TO; `changes` when the shape there differs from the interval beside
    /// it (stag hunt's P = T = 0: at the end a continuum joins).
    case endPoint(Rational, shape: EquilibriumShape, changes: Bool)

    /// The point of a break or end entry; nil for an interval.
    public var point: Rational? {
      switch self {
      case .breakPoint(let x, _), .endPoint(let x, _, _): x
      case .interval: nil
      }
    }
  }

  /// Steps 2 and 3 on `[from, to]`: the end point FROM, then the intervals and
  /// break points in order, then TO. Returns nil when `shouldContinue` turns false
  /// (each piece solves the game once, so a big game's sweep is long: Ctrl-C and
  /// `--timeout` stop it between pieces). `progress` is told (pieces done, pieces)
  /// after each. When stopped after some pieces, `stopped` is given the entries of
  /// the part finished, `[from, reached)`: the end point FROM, then the intervals
  /// and break points found, the last interval open at `reached` (issue 12: Ctrl-C
  /// keeps what was done).
  public func entries(from: Rational, to: Rational, shouldContinue: () -> Bool = { true },
                      progress: (Int, Int) -> Void = { _, _ in },
                      stopped: (_ entries: [Entry], _ reached: Rational) -> Void = { _, _ in }) -> [Entry]? {
    // Step 2: cut [from, to] at the candidates inside it; take each open piece
    // (at its midpoint) and each cut point, the two ends included.
    let inside = candidates.filter { $0 > from && $0 < to }
    let bounds = [from] + inside + [to]
    var pieces = [(lo: Rational, hi: Rational, shape: EquilibriumShape)]()
    var points = [(x: Rational, shape: EquilibriumShape)]()
    for k in 0..<(bounds.count - 1) {
      guard shouldContinue() else {
        if !pieces.isEmpty { stopped(Self.merged(pieces, points + [(bounds[k], pieces[k - 1].shape)], to: nil), bounds[k]) }
        return nil
      }
      pieces.append((bounds[k], bounds[k + 1], shape(at: (bounds[k] + bounds[k + 1]) / Rational(2))))
      points.append((bounds[k], shape(at: bounds[k])))
      progress(k + 1, bounds.count - 1)
    }
    points.append((to, shape(at: to)))
    return Self.merged(pieces, points, to: to)
  }

  /// Step 3: a cut is a break point only if something differs there; merge the
  /// rest. `points[k]` is the left end of `pieces[k]`; the last point is the right
  /// end of the last piece: TO (an end point), or, for a sweep stopped early (`to`
  /// nil), where it stopped (given the last piece's shape; no end point is added).
  static func merged(_ pieces: [(lo: Rational, hi: Rational, shape: EquilibriumShape)],
                     _ points: [(x: Rational, shape: EquilibriumShape)], to: Rational?) -> [Entry] {
    var entries = [Entry.endPoint(points[0].x, shape: points[0].shape, changes: points[0].shape != pieces[0].shape)]
    var lo = pieces[0].lo
    for k in 0..<pieces.count {
      let last = k == pieces.count - 1
      let isBreak = !last && (points[k + 1].shape != pieces[k].shape || pieces[k + 1].shape != pieces[k].shape)
      if last || isBreak {
        entries.append(.interval(low: lo, high: pieces[k].hi, closedLow: false, closedHigh: false, shape: pieces[k].shape))
      }
      if isBreak {
        entries.append(.breakPoint(points[k + 1].x, shape: points[k + 1].shape))
        lo = points[k + 1].x
      }
    }
    guard let to else { return entries }
    let end = points[points.count - 1]
    entries.append(.endPoint(to, shape: end.shape, changes: end.shape != pieces[pieces.count - 1].shape))
    return entries
  }

  /// Every equilibrium at t, exactly as `solve` lists it there (`EquilibriumSet`:
  /// the extreme equilibria, maximal Nash subsets and components): what a sweep
  /// shows at its break points and ends. Above the enumeration limit
  /// (`GameSizeLimits`), where `solve` refuses, the pure equilibria only, as
  /// singletons.
  public func equilibria(at t: Rational, shouldContinue: () -> Bool = { true }) -> EquilibriumSet {
    let g = game.at(t)
    guard GameSizeLimits.enumerationRefusal(rows: g.rows, columns: g.columns) == nil else {
      let pure = PureEquilibria.all(of: g.strategicGame)
      return EquilibriumSet(equilibria: pure, nashSubsets: pure.indices.map { [$0] }, components: pure.indices.map { [$0] })
    }
    return EquilibriumSet(of: g, shouldContinue: shouldContinue)
  }
}
