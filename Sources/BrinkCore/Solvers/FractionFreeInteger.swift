import BigInt

/// The integer arithmetic that fraction-free (integer) pivoting needs, so the
/// tableau code can run on machine words and, when they overflow, on big integers.
///
/// Fraction-free pivoting (Edmonds 1967, "Systems of distinct representatives and
/// linear algebra", J. Res. NBS 71B; Bareiss 1968; the form used by Avis's `lrs`)
/// keeps every tableau entry an integer: after each pivot the new entry is
/// `(a·b − c·d) / e`, and the division is always exact because `e` is the previous
/// pivot (a subdeterminant that divides the numerator, by Sylvester's identity).
///
/// `Int64` reports overflow by returning `nil` (its intermediate products are formed
/// in 128 bits, so only a result that does not fit fails); `BigInt` never does.
/// A solver runs on `Int64` first and repeats the work on `BigInt` on overflow.
///
/// Two solvers use it: vertex enumeration (`IntegerTableau`) and the exact simplex
/// method (`SimplexTableau`). `Comparable` is there for the simplex method, whose
/// Dantzig rule picks the most negative reduced cost (every reduced cost is scaled by
/// the same positive determinant, so comparing the integers compares the true costs).
protocol FractionFreeInteger: Hashable, Comparable, Sendable {
  init(_ value: Int64)
  init?(exactly value: BigInt)
  var bigIntValue: BigInt { get }
  /// -1, 0 or 1.
  var sgn: Int { get }

  /// A divisor prepared for many exact divisions (one pivot step divides every
  /// entry by the same previous pivot).
  associatedtype ExactDivisor
  static func exactDivisor(_ e: Self) -> ExactDivisor

  /// `(a·b − c·d) / e`, where the division is known to be exact; `nil` on overflow.
  static func fractionFree(_ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: ExactDivisor) -> Self?

  /// The sign of `a·b − c·d`, exactly (never overflows).
  static func compareProducts(_ a: Self, _ b: Self, _ c: Self, _ d: Self) -> Int

  /// `−self`; `nil` on overflow.
  var negated: Self? { get }

  /// `a + b`; `nil` on overflow.
  static func sum(_ a: Self, _ b: Self) -> Self?

  /// `acc + a·b`; `nil` on overflow.
  static func multiplyAdd(_ acc: Self, _ a: Self, _ b: Self) -> Self?
}

extension Int64: FractionFreeInteger {
  var bigIntValue: BigInt { BigInt(self) }

  @inline(__always)
  var sgn: Int { self > 0 ? 1 : (self < 0 ? -1 : 0) }

  /// Exact division by multiplication (Jebelean 1993, "An algorithm for exact
  /// division", *J. Symbolic Computation* 15; GMP's `divexact`): with `e = 2ᵏ·e′`,
  /// `e′` odd, the exact quotient `N / e` is `(N >> k) · e′⁻¹ mod 2⁶⁴` whenever it
  /// fits in 64 bits — no division instruction, and no software 128-by-64 division
  /// for a 128-bit `N`. A final `q·e = N` check in 128 bits rejects quotients that
  /// do not fit (and would reject an inexact division).
  struct Divisor {
    var value: Int64
    var shift: UInt64
    var inverse: UInt64
  }

  @inline(__always)
  static func exactDivisor(_ e: Int64) -> Divisor {
    precondition(e != 0, "division by zero in fraction-free pivoting")
    let k = UInt64(e.trailingZeroBitCount)
    let odd = UInt64(bitPattern: e >> Int64(k))
    // Newton's iteration doubles the correct low bits: 3 → 6 → 12 → 24 → 48 → 96.
    var inverse = odd
    for _ in 0..<5 { inverse = inverse &* (2 &- odd &* inverse) }
    return Divisor(value: e, shift: k, inverse: inverse)
  }

  @inline(__always)
  static func fractionFree(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64, _ e: Divisor) -> Int64? {
    // N = a·b − c·d in 128 bits (|a·b|, |c·d| ≤ 2¹²⁶, so the difference fits).
    let p = a.multipliedFullWidth(by: b)
    let q = c.multipliedFullWidth(by: d)
    let (low, borrow) = p.low.subtractingReportingOverflow(q.low)
    let high = p.high &- q.high &- (borrow ? 1 : 0)
    let shifted = e.shift == 0 ? low : (low >> e.shift) | (UInt64(bitPattern: high) << (64 &- e.shift))
    let quotient = Int64(bitPattern: shifted &* e.inverse)
    let check = quotient.multipliedFullWidth(by: e.value)
    guard check.high == high && check.low == low else { return nil }
    return quotient
  }

  @inline(__always)
  static func compareProducts(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Int {
    let p = a.multipliedFullWidth(by: b)
    let q = c.multipliedFullWidth(by: d)
    if p.high != q.high { return p.high < q.high ? -1 : 1 }
    return p.low == q.low ? 0 : (p.low < q.low ? -1 : 1)
  }

  @inline(__always)
  var negated: Int64? { self == .min ? nil : -self }

  @inline(__always)
  static func sum(_ a: Int64, _ b: Int64) -> Int64? {
    let (s, o) = a.addingReportingOverflow(b)
    return o ? nil : s
  }

  @inline(__always)
  static func multiplyAdd(_ acc: Int64, _ a: Int64, _ b: Int64) -> Int64? {
    let (p, o1) = a.multipliedReportingOverflow(by: b)
    let (s, o2) = acc.addingReportingOverflow(p)
    return o1 || o2 ? nil : s
  }
}

extension BigInt: FractionFreeInteger {
  var bigIntValue: BigInt { self }

  var sgn: Int { Int(signum()) }

  static func exactDivisor(_ e: BigInt) -> BigInt { e }

  static func fractionFree(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt, _ e: BigInt) -> BigInt? {
    (a * b - c * d) / e
  }

  static func compareProducts(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt) -> Int {
    let l = a * b, r = c * d
    return l == r ? 0 : (l < r ? -1 : 1)
  }

  var negated: BigInt? { -self }

  static func sum(_ a: BigInt, _ b: BigInt) -> BigInt? { a + b }

  static func multiplyAdd(_ acc: BigInt, _ a: BigInt, _ b: BigInt) -> BigInt? { acc + a * b }
}
