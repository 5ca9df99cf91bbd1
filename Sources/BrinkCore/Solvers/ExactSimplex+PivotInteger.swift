import BigInt

/// The integer operations fraction-free pivoting needs. `Int64` reports overflow
/// (returns `nil`), so a solve can start fast and restart on `BigInt` when needed.
protocol PivotInteger: Sendable, Comparable {
  static var zeroValue: Self { get }
  init?(fitting big: BigInt)
  var bigValue: BigInt { get }
  var sign: Int { get }
  /// `(a·b − c·d) / e`, where the division is known to be exact; `nil` on overflow.
  static func crossDivide(_ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self) -> Self?
  /// The sign of `a·b − c·d`, exactly.
  static func pivotCompareProducts(_ a: Self, _ b: Self, _ c: Self, _ d: Self) -> Int
  /// `a·b + c`; `nil` on overflow.
  static func pivotMultiplyAdd(_ a: Self, _ b: Self, _ c: Self) -> Self?
  /// `−a`; `nil` on overflow.
  static func negate(_ a: Self) -> Self?
}

extension Int64: PivotInteger {
  static var zeroValue: Int64 { 0 }
  init?(fitting big: BigInt) {
    guard let v = Int64(exactly: big) else { return nil }
    self = v
  }
  var bigValue: BigInt { BigInt(self) }
  var sign: Int { self == 0 ? 0 : (self < 0 ? -1 : 1) }

  static func crossDivide(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64, _ e: Int64) -> Int64? {
    let (ab, o1) = a.multipliedReportingOverflow(by: b)
    let (cd, o2) = c.multipliedReportingOverflow(by: d)
    if !o1 && !o2 {
      let (diff, o3) = ab.subtractingReportingOverflow(cd)
      if !o3 {
        let (q, o4) = diff.dividedReportingOverflow(by: e)
        return o4 ? nil : q
      }
    }
    // The products overflow but the exact quotient may still fit: use 128 bits.
    if #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) {
      let (diff, o) = (Int128(a) * Int128(b)).subtractingReportingOverflow(Int128(c) * Int128(d))
      return o ? nil : Int64(exactly: diff / Int128(e))
    }
    return nil
  }

  static func pivotCompareProducts(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Int {
    let x = a.multipliedFullWidth(by: b), y = c.multipliedFullWidth(by: d)
    if x.high != y.high { return x.high < y.high ? -1 : 1 }
    return x.low == y.low ? 0 : (x.low < y.low ? -1 : 1)
  }

  static func pivotMultiplyAdd(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64? {
    let (ab, o1) = a.multipliedReportingOverflow(by: b)
    let (s, o2) = ab.addingReportingOverflow(c)
    return o1 || o2 ? nil : s
  }

  static func negate(_ a: Int64) -> Int64? { a == .min ? nil : -a }
}

extension BigInt: PivotInteger {
  static var zeroValue: BigInt { 0 }
  init?(fitting big: BigInt) { self = big }
  var bigValue: BigInt { self }
  var sign: Int { signum() == 0 ? 0 : (signum() < 0 ? -1 : 1) }

  static func crossDivide(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt, _ e: BigInt) -> BigInt? {
    (a * b - c * d) / e
  }

  static func pivotCompareProducts(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt) -> Int {
    let x = a * b, y = c * d
    return x == y ? 0 : (x < y ? -1 : 1)
  }

  static func pivotMultiplyAdd(_ a: BigInt, _ b: BigInt, _ c: BigInt) -> BigInt? { a * b + c }
  static func negate(_ a: BigInt) -> BigInt? { -a }
}
