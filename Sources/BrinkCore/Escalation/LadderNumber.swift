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
}

extension Rational: LadderNumber {
  public static func from(_ exact: Rational) -> Rational { exact }
  public var rationalValue: Rational { self }
}

extension Double: LadderNumber {
  public static var one: Double { 1 }
  public static func from(_ exact: Rational) -> Double { exact.doubleValue }
  public var doubleValue: Double { self }
  public var rationalValue: Rational { Rational(approximating: self) }
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
