import BrinkCore

/// Where the equilibria of a bimatrix game change as one payoff x varies.
///
/// Pure equilibria depend on x only through comparisons of x with the other
/// payoffs of the same player that it is compared against (the same column for
/// the row player, the same row for the column player), so each tie is a
/// candidate break point. In a 2×2 game the completely mixed equilibrium also
/// depends on the sign of the indifference denominator, a00 − a01 − a10 + a11 (or
/// its analogue for the column player), which is linear in x with slope ±1; its
/// zero is a candidate too. Between candidates the supports cannot change.
struct PayoffSweep {
  var game: Bimatrix
  var row: Int
  var column: Int
  var player: Int

  func with(_ x: Rational) -> Bimatrix {
    var g = game
    if player == 0 { g.a[row][column] = x } else { g.b[row][column] = x }
    return g
  }

  /// Candidate break points, sorted and distinct.
  var candidates: [Rational] {
    var points = Set<Rational>()
    if player == 0 {
      for k in 0..<game.rows where k != row { points.insert(game.a[k][column]) }
      if game.rows == 2 && game.columns == 2 {
        // x − a01 − a10 + a11 = 0 with x at (row, column): solve for x with the right signs.
        let a = game.a
        let sign: Rational = (row + column) % 2 == 0 ? .one : -.one
        var rest = Rational.zero
        for r in 0..<2 { for c in 0..<2 where !(r == row && c == column) {
          let s: Rational = (r + c) % 2 == 0 ? .one : -.one
          rest += s * a[r][c]
        } }
        points.insert(-rest / sign)
      }
    } else {
      for k in 0..<game.columns where k != column { points.insert(game.b[row][k]) }
      if game.rows == 2 && game.columns == 2 {
        let b = game.b
        let sign: Rational = (row + column) % 2 == 0 ? .one : -.one
        var rest = Rational.zero
        for r in 0..<2 { for c in 0..<2 where !(r == row && c == column) {
          let s: Rational = (r + c) % 2 == 0 ? .one : -.one
          rest += s * b[r][c]
        } }
        points.insert(-rest / sign)
      }
    }
    return points.sorted()
  }

  /// A short description of the equilibria's shape at x: the pure cells and
  /// whether a completely mixed one exists.
  func shape(at x: Rational) -> String {
    let g = with(x)
    let analysis = StageAnalysis(g)
    var parts = analysis.pureCells.map { "(\(g.rowStrategies[$0.0]), \(g.columnStrategies[$0.1]))" }
    if analysis.mixed2x2 != nil { parts.append("mixed") }
    return parts.isEmpty ? "no equilibrium found" : parts.joined(separator: " ")
  }

  /// Stops early (returning what it has) when `shouldContinue` turns false; the
  /// caller reports the interruption. Each piece solves the game once, so a big
  /// game's sweep is long: Ctrl-C and `--timeout` stop it between pieces.
  func render(from: Rational, to: Rational, label: String, shouldContinue: () -> Bool = { true }) -> String {
    // 1. Cut [from, to] at the candidates inside it.
    let inside = candidates.filter { $0 > from && $0 < to }
    let bounds = [from] + inside + [to]
    // 2. Describe each open piece (at its midpoint) and each cut point.
    var pieces = [(lo: Rational, hi: Rational, shape: String)]()
    var points = [(x: Rational, shape: String)]()
    for k in 0..<(bounds.count - 1) {
      guard shouldContinue() else { return "" }
      pieces.append((bounds[k], bounds[k + 1], shape(at: (bounds[k] + bounds[k + 1]) / Rational(2))))
      if k > 0 { points.append((bounds[k], shape(at: bounds[k]))) }
    }
    // 3. A cut is a break point only if something differs there; merge the rest.
    var lines = ["Sweeping \(label) from \(from) to \(to):"]
    var lo = pieces[0].lo
    var breaks = 0
    for k in 0..<pieces.count {
      let last = k == pieces.count - 1
      let isBreak = !last && (points[k].shape != pieces[k].shape || pieces[k + 1].shape != pieces[k].shape)
      if last || isBreak {
        let open = lo == from ? "[" : "("
        let close = last ? "]" : ")"
        lines.append("  x in \(open)\(lo), \(pieces[k].hi)\(close)".padded(to: 24) + pieces[k].shape)
      }
      if isBreak {
        breaks += 1
        lines.append("  x = \(points[k].x)".padded(to: 24) + points[k].shape + "   <- break point")
        lo = points[k].x
      }
    }
    if breaks == 0 { lines.append("No break points in this range: the equilibria keep the same shape throughout.") }
    return lines.joined(separator: "\n")
  }
}
