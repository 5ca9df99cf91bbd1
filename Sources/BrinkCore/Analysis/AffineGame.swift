/// A bimatrix game whose every payoff is an affine function of one parameter t:
/// `A(t) = A₀ + t·A₁`, `B(t) = B₀ + t·B₁`.
///
/// Two sweeps give such a game: varying one payoff x (then `A₁` or `B₁` is 1 at
/// that cell and 0 elsewhere), and varying a transition probability p when the
/// continuation values do not depend on p (then each folded payoff
/// `u + δ·Σ P(next)·V(next)` is affine in p, since each branch's probability is).
public struct AffineGame: Sendable {
  /// `A₀` and `B₀`, with the names of the players and moves.
  public var base: Bimatrix
  public var slopeA: [[Rational]]
  public var slopeB: [[Rational]]

  public init(base: Bimatrix, slopeA: [[Rational]], slopeB: [[Rational]]) {
    self.base = base
    self.slopeA = slopeA
    self.slopeB = slopeB
  }

  /// The game at `t`.
  public func at(_ t: Rational) -> Bimatrix {
    var g = base
    for i in 0..<g.rows {
      for j in 0..<g.columns {
        // Most slopes are zero (one moving cell in a payoff sweep of a big game).
        if !slopeA[i][j].isZero { g.a[i][j] += t * slopeA[i][j] }
        if !slopeB[i][j].isZero { g.b[i][j] += t * slopeB[i][j] }
      }
    }
    return g
  }

  /// One payoff of `game` is the parameter itself: player `player`'s payoff at
  /// (`row`, `column`).
  public static func payoff(of game: Bimatrix, row: Int, column: Int, player: Int) -> AffineGame {
    var base = game
    let zeros = game.a.map { $0.map { _ in Rational.zero } }
    var slopeA = zeros, slopeB = zeros
    if player == 0 {
      base.a[row][column] = .zero
      slopeA[row][column] = .one
    } else {
      base.b[row][column] = .zero
      slopeB[row][column] = .one
    }
    return AffineGame(base: base, slopeA: slopeA, slopeB: slopeB)
  }

  /// The affine game through `g0` at `t0` and `g1` at `t1` (`t0 ≠ t1`, same shape).
  public static func through(_ g0: Bimatrix, at t0: Rational, _ g1: Bimatrix, at t1: Rational) -> AffineGame {
    let span = t1 - t0
    func line(_ m0: [[Rational]], _ m1: [[Rational]]) -> (base: [[Rational]], slope: [[Rational]]) {
      let slope = zip(m0, m1).map { r0, r1 in zip(r0, r1).map { ($1 - $0) / span } }
      let base = zip(m0, slope).map { r0, s in zip(r0, s).map { $0 - t0 * $1 } }
      return (base, slope)
    }
    let a = line(g0.a, g1.a), b = line(g0.b, g1.b)
    var base = g0
    base.a = a.base
    base.b = b.base
    return AffineGame(base: base, slopeA: a.slope, slopeB: b.slope)
  }
}

extension AffineGame {
  /// Where `fitted` evaluates: two inner points (where every branch of a lottery
  /// is present) and a third between them to check.
  public static let probes = (first: Rational(1, 3), second: Rational(2, 3), check: Rational(1, 2))

  /// The affine game through `first` (the game at `probes.first`) and the game at
  /// `probes.second`, when the game at `probes.check` lies on that line too; nil
  /// when it does not, so the games are not affine in the parameter.
  ///
  /// `sweep probability` uses it on folded stage games: they are affine in a
  /// transition probability exactly when the continuation values do not depend on
  /// it; three points decide, since two affine games that agree at three points of
  /// a line agree on all of it (a failed check proves non-affinity; a passed one is
  /// what the caller has argued, e.g. by `LadderGraph.reachesAgain`).
  public static func fitted<E: Error>(first: Bimatrix, evaluate: (Rational) throws(E) -> Bimatrix) throws(E) -> AffineGame? {
    let line = through(first, at: probes.first, try evaluate(probes.second), at: probes.second)
    let check = try evaluate(probes.check), expected = line.at(probes.check)
    return check.a == expected.a && check.b == expected.b ? line : nil
  }
}
