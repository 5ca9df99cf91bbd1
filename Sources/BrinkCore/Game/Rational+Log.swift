#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import BigInt

extension Rational {
  /// The natural logarithm, without underflow: the probability of a long record can
  /// be far below the smallest `Double` (2⁻¹⁰⁷⁴), while its logarithm is an ordinary
  /// number. When `n/d` is a normal `Double` this is `log(doubleValue)` (relative
  /// error near 10⁻¹⁶); otherwise `ln n − ln d`, each from the integer's leading 64
  /// bits and its bit length: `ln m = ln(m · 2⁻ˢ) + s · ln 2`, with `s` the number of
  /// bits shifted out (relative error near 10⁻¹⁶ per term, and no cancellation,
  /// since such an `n` and `d` differ by more than a thousand bits).
  ///
  /// - Edge cases: `0` gives −∞; a negative number gives NaN.
  public var naturalLog: Double {
    guard signum > 0 else { return signum == 0 ? -.infinity : .nan }
    let x = doubleValue
    if x.isNormal && x.isFinite { return log(x) }
    return Self.naturalLog(numerator) - Self.naturalLog(denominator)
  }

  /// `log₂` of the number (`naturalLog / ln 2`), for surprise in bits.
  public var log2: Double { naturalLog / Self.ln2 }

  /// ln 2.
  public static let ln2 = 0.693_147_180_559_945_3

  /// ln of a positive integer from its leading bits and bit length.
  static func naturalLog(_ m: BigInt) -> Double {
    let width = m.magnitude.bitWidth
    let shift = max(0, width - 64)
    return log(Double(m >> shift)) + Double(shift) * ln2
  }
}
