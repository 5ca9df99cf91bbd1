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
protocol FractionFreeInteger: Hashable, Sendable {
  init(_ value: Int64)
  init?(exactly value: BigInt)
  var bigIntValue: BigInt { get }
  /// -1, 0 or 1.
  var sgn: Int { get }

  /// `(a·b − c·d) / e`, where the division is known to be exact; `nil` on overflow.
  static func fractionFree(_ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self) -> Self?

  /// The sign of `a·b − c·d`, exactly (never overflows).
  static func compareProducts(_ a: Self, _ b: Self, _ c: Self, _ d: Self) -> Int

  /// `−self`; `nil` on overflow.
  var negated: Self? { get }

  /// `a + b`; `nil` on overflow.
  static func sum(_ a: Self, _ b: Self) -> Self?
}

extension Int64: FractionFreeInteger {
  var bigIntValue: BigInt { BigInt(self) }

  @inline(__always)
  var sgn: Int { self > 0 ? 1 : (self < 0 ? -1 : 0) }

  @inline(__always)
  static func fractionFree(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64, _ e: Int64) -> Int64? {
    // 1. Fast path: everything fits in 64 bits.
    let (ab, o1) = a.multipliedReportingOverflow(by: b)
    let (cd, o2) = c.multipliedReportingOverflow(by: d)
    if !o1 && !o2 {
      let (diff, o3) = ab.subtractingReportingOverflow(cd)
      if !o3 { return diff / e }
    }
    // 2. Slow path: a 128-bit numerator divided by a 64-bit divisor.
    return wideFractionFree(a, b, c, d, e)
  }

  @inline(never)
  static func wideFractionFree(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64, _ e: Int64) -> Int64? {
    let p = Wide128(a.multipliedFullWidth(by: b))
    let q = Wide128(c.multipliedFullWidth(by: d))
    let diff = p.subtracting(q)  // |a·b|, |c·d| < 2^126, so this cannot overflow
    let negative = diff.isNegative != (e < 0)
    let magnitude = diff.magnitude
    let divisor = e.magnitude
    guard magnitude.high < divisor else { return nil }  // quotient would not fit in 64 bits
    let (quotient, _) = divisor.dividingFullWidth((magnitude.high, magnitude.low))
    if negative {
      guard quotient <= UInt64(Int64.max) + 1 else { return nil }
      return quotient == UInt64(Int64.max) + 1 ? Int64.min : -Int64(quotient)
    }
    guard quotient <= UInt64(Int64.max) else { return nil }
    return Int64(quotient)
  }

  @inline(__always)
  static func compareProducts(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Int {
    let (ab, o1) = a.multipliedReportingOverflow(by: b)
    let (cd, o2) = c.multipliedReportingOverflow(by: d)
    if !o1 && !o2 { return ab == cd ? 0 : (ab < cd ? -1 : 1) }
    let p = Wide128(a.multipliedFullWidth(by: b))
    let q = Wide128(c.multipliedFullWidth(by: d))
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
}

/// A signed 128-bit value as two's complement (high word signed), just enough for
/// the slow path above.
struct Wide128 {
  var high: Int64
  var low: UInt64

  init(_ parts: (high: Int64, low: UInt64)) { high = parts.high; low = parts.low }
  init(high: Int64, low: UInt64) { self.high = high; self.low = low }

  var isNegative: Bool { high < 0 }

  func subtracting(_ other: Wide128) -> Wide128 {
    let (lo, borrow) = low.subtractingReportingOverflow(other.low)
    let hi = high &- other.high &- (borrow ? 1 : 0)
    return Wide128(high: hi, low: lo)
  }

  /// The absolute value as an unsigned (high, low) pair.
  var magnitude: (high: UInt64, low: UInt64) {
    if !isNegative { return (UInt64(bitPattern: high), low) }
    let lo = ~low &+ 1
    let hi = ~UInt64(bitPattern: high) &+ (lo == 0 ? 1 : 0)
    return (hi, lo)
  }
}

extension BigInt: FractionFreeInteger {
  var bigIntValue: BigInt { self }

  var sgn: Int { Int(signum()) }

  static func fractionFree(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt, _ e: BigInt) -> BigInt? {
    (a * b - c * d) / e
  }

  static func compareProducts(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt) -> Int {
    let l = a * b, r = c * d
    return l == r ? 0 : (l < r ? -1 : 1)
  }

  var negated: BigInt? { -self }

  static func sum(_ a: BigInt, _ b: BigInt) -> BigInt? { a + b }
}
