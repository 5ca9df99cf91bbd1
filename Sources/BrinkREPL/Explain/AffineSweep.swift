import BrinkCore

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
/// mixed one exists (`StageAnalysis`). In larger games the supports of mixed
/// equilibria depend on t through determinants (polynomials of higher degree), so
/// only the pure equilibria are followed there.
struct AffineSweep {
  var game: AffineGame

  /// Candidate break points (step 1), sorted and distinct.
  var candidates: [Rational] {
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

  /// A short description of the equilibria's shape at t: the pure cells and
  /// whether a completely mixed one exists.
  func shape(at t: Rational) -> String {
    Self.shape(of: game.at(t))
  }

  static func shape(of g: Bimatrix) -> String {
    let analysis = StageAnalysis(g)
    var parts = analysis.pureCells.map { "(\(g.rowStrategies[$0.0]), \(g.columnStrategies[$0.1]))" }
    if analysis.mixed2x2 != nil { parts.append("mixed") }
    return parts.isEmpty ? "no equilibrium found" : parts.joined(separator: " ")
  }

  /// Stops early (returning "") when `shouldContinue` turns false; the caller
  /// reports the interruption. Each piece solves the game once, so a big game's
  /// sweep is long: Ctrl-C and `--timeout` stop it between pieces.
  /// - Parameter variable: the parameter's name in the lines, e.g. `x` or `p`.
  func render(from: Rational, to: Rational, label: String, variable: String = "x",
              shouldContinue: () -> Bool = { true }) -> String {
    // Step 2: cut [from, to] at the candidates inside it; describe each open piece
    // (at its midpoint) and each cut point.
    let inside = candidates.filter { $0 > from && $0 < to }
    let bounds = [from] + inside + [to]
    var pieces = [(lo: Rational, hi: Rational, shape: String)]()
    var points = [(x: Rational, shape: String)]()
    for k in 0..<(bounds.count - 1) {
      guard shouldContinue() else { return "" }
      pieces.append((bounds[k], bounds[k + 1], shape(at: (bounds[k] + bounds[k + 1]) / Rational(2))))
      if k > 0 { points.append((bounds[k], shape(at: bounds[k]))) }
    }
    // Step 3: a cut is a break point only if something differs there; merge the rest.
    var lines = ["Sweeping \(label) from \(from) to \(to):"]
    var lo = pieces[0].lo
    var breaks = 0
    for k in 0..<pieces.count {
      let last = k == pieces.count - 1
      let isBreak = !last && (points[k].shape != pieces[k].shape || pieces[k + 1].shape != pieces[k].shape)
      if last || isBreak {
        let open = lo == from ? "[" : "("
        let close = last ? "]" : ")"
        lines.append("  \(variable) in \(open)\(lo), \(pieces[k].hi)\(close)".padded(to: 24) + pieces[k].shape)
      }
      if isBreak {
        breaks += 1
        lines.append("  \(variable) = \(points[k].x)".padded(to: 24) + points[k].shape + "   <- break point")
        lo = points[k].x
      }
    }
    if breaks == 0 { lines.append("No break points in this range: the equilibria keep the same shape throughout.") }
    return lines.joined(separator: "\n")
  }
}
