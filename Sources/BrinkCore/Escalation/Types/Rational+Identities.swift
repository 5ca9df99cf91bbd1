/// Sums and products that skip the arithmetic when an operand is 0 or 1, for the
/// typed solve's inner loops (issue 11: the typed default's `brink solve` within 5×
/// of `brink check`).
///
/// Why. A typed stage weighs every continuation value by a chance and a belief, and
/// with pure type strategies most chances are 0 or 1 while the values, discounted
/// round after round, are fractions of hundreds of bits. `0 + v` and `1 · v` then
/// went through the big-number paths (`Rational.bigSum`, `bigProduct`: gcds and
/// allocations) to return `v`. The result is the same number in the same (lowest
/// terms) form, so the answers do not change.
extension Rational {
  /// `a + b`.
  @inline(__always)
  static func sumSkippingZero(_ a: Rational, _ b: Rational) -> Rational {
    if a.isZero { return b }
    if b.isZero { return a }
    return a + b
  }

  /// `a · b`.
  @inline(__always)
  static func productSkippingOne(_ a: Rational, _ b: Rational) -> Rational {
    if a.isOne { return b }
    if b.isOne { return a }
    return a * b
  }

  /// Whether this is 1.
  @inline(__always)
  var isOne: Bool {
    if case .small(1, 1) = storage { return true }
    return false
  }
}
