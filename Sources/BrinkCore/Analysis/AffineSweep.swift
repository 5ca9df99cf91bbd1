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
///    other pieces are merged.
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
  /// constant, or a break point (a cut where the shape differs there or across it).
  public enum Entry: Equatable, Sendable {
    /// From `low` to `high`; `closedLow`/`closedHigh` say whether each end belongs to it.
    case interval(low: Rational, high: Rational, closedLow: Bool, closedHigh: Bool, shape: EquilibriumShape)
    case breakPoint(Rational, shape: EquilibriumShape)
  }

  /// Steps 2 and 3 on `[from, to]`: the intervals and break points in order.
  /// Returns nil when `shouldContinue` turns false (each piece solves the game
  /// once, so a big game's sweep is long: Ctrl-C and `--timeout` stop it between pieces).
  public func entries(from: Rational, to: Rational, shouldContinue: () -> Bool = { true }) -> [Entry]? {
    // Step 2: cut [from, to] at the candidates inside it; take each open piece
    // (at its midpoint) and each cut point.
    let inside = candidates.filter { $0 > from && $0 < to }
    let bounds = [from] + inside + [to]
    var pieces = [(lo: Rational, hi: Rational, shape: EquilibriumShape)]()
    var points = [(x: Rational, shape: EquilibriumShape)]()
    for k in 0..<(bounds.count - 1) {
      guard shouldContinue() else { return nil }
      pieces.append((bounds[k], bounds[k + 1], shape(at: (bounds[k] + bounds[k + 1]) / Rational(2))))
      if k > 0 { points.append((bounds[k], shape(at: bounds[k]))) }
    }
    // Step 3: a cut is a break point only if something differs there; merge the rest.
    var entries = [Entry]()
    var lo = pieces[0].lo
    for k in 0..<pieces.count {
      let last = k == pieces.count - 1
      let isBreak = !last && (points[k].shape != pieces[k].shape || pieces[k + 1].shape != pieces[k].shape)
      if last || isBreak {
        entries.append(.interval(low: lo, high: pieces[k].hi, closedLow: lo == from, closedHigh: last, shape: pieces[k].shape))
      }
      if isBreak {
        entries.append(.breakPoint(points[k].x, shape: points[k].shape))
        lo = points[k].x
      }
    }
    return entries
  }
}
