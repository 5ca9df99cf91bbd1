/// The completely mixed equilibrium of a 2×2 bimatrix game, by the indifference
/// conditions: each player mixes so that the other is indifferent between its two
/// moves (Osborne, *An Introduction to Game Theory*, 2004, §4.3).
///
/// Steps:
/// 1. Column's probability `q` of column 0 makes row indifferent:
///    `a00·q + a01·(1−q) = a10·q + a11·(1−q)`, so `q = (a11 − a01) / (a00 − a01 − a10 + a11)`.
/// 2. Row's probability `p` of row 0 makes column indifferent:
///    `p = (b11 − b10) / (b00 − b10 − b01 + b11)`.
/// 3. It is an equilibrium with full support when both denominators are non-zero
///    and both `p` and `q` lie strictly between 0 and 1.
///
/// Edge cases: returns `nil` for other shapes, zero denominators (a player
/// indifferent everywhere or nowhere), or probabilities outside (0, 1).
enum MixedEquilibrium2x2 {
  static func solve(_ g: Bimatrix) -> Equilibrium? {
    guard g.rows == 2, g.columns == 2 else { return nil }
    let a = g.a, b = g.b
    let dq = a[0][0] - a[0][1] - a[1][0] + a[1][1]
    let dp = b[0][0] - b[1][0] - b[0][1] + b[1][1]
    guard !dq.isZero, !dp.isZero else { return nil }
    let q = (a[1][1] - a[0][1]) / dq
    let p = (b[1][1] - b[1][0]) / dp
    guard p.signum > 0, p < .one, q.signum > 0, q < .one else { return nil }
    let x = [p, .one - p], y = [q, .one - q]
    let (u, v) = g.expectedPayoffs(x, y)
    return Equilibrium(profile: [x, y], payoffs: [u, v])
  }
}
