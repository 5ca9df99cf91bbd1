import BigInt

/// The numbers backward induction runs on: `Rational` (exact, for equilibrium,
/// fixed, script and tit-for-tat models) or `Double` (when a player uses the logit
/// model, whose fixed point is irrational in general).
///
/// The solver is written once, generic over this protocol; the two conformances
/// supply the one thing that differs, the choice in a strategic stage game.
public protocol LadderNumber: Sendable, Hashable, Comparable {
  static var zero: Self { get }
  static var one: Self { get }
  static func + (lhs: Self, rhs: Self) -> Self
  static func - (lhs: Self, rhs: Self) -> Self
  static func * (lhs: Self, rhs: Self) -> Self
  static func / (lhs: Self, rhs: Self) -> Self
  /// The exact number converted (Double: the nearest double).
  static func from(_ exact: Rational) -> Self
  /// For tables and display.
  var doubleValue: Double { get }
  /// Exact value, or a rational within 10⁻⁹ for a `Double` (for explanations only).
  var rationalValue: Rational { get }
  /// Multiplies `masses` by 2ᵉ and returns `e` when their sum is so small that
  /// later products would underflow (`Double`, below 2⁻⁵⁰⁰); exact numbers never
  /// underflow and return 0. A power of two scales a binary float exactly, so
  /// ratios of the masses are unchanged to the bit: Rabiner's scaling of the
  /// forward variables (*Proc. IEEE* 77, 1989, §V.A), without its rounding.
  static func rescale(_ masses: inout [Self]) -> Int
}

extension Rational: LadderNumber {
  public static func from(_ exact: Rational) -> Rational { exact }
  public var rationalValue: Rational { self }
  public static func rescale(_ masses: inout [Rational]) -> Int { 0 }
}

extension Double: LadderNumber {
  public static var one: Double { 1 }
  public static func from(_ exact: Rational) -> Double { exact.doubleValue }
  public var doubleValue: Double { self }
  public var rationalValue: Rational { Rational(approximating: self) }
  public static func rescale(_ masses: inout [Double]) -> Int {
    let sum = masses.reduce(0, +)
    guard sum > 0, sum < 0x1p-500 else { return 0 }
    let e = -Int(sum.exponent)
    let factor = Double(sign: .plus, exponent: e, significand: 1)
    for k in masses.indices { masses[k] *= factor }
    return e
  }
}

extension Rational {
  /// The multiple of 10⁻⁹ nearest to `x` (0 for NaN and infinities): a readable
  /// exact stand-in for a floating-point result, never used for decisions.
  public init(approximating x: Double) {
    guard x.isFinite else { self = .zero; return }
    let scaled = (x * 1e9).rounded()
    if abs(scaled) < 9e18 {
      self = Rational.reduced(Int64(scaled), 1_000_000_000)
    } else {
      self = Rational(BigInt(x.rounded()), 1)
    }
  }
}

extension Array where Element: LadderNumber {
  /// `Σ self[i] · other[i]`.
  func dot(_ other: [Element]) -> Element {
    var s = Element.zero
    for i in indices { s = s + self[i] * other[i] }
    return s
  }
}
