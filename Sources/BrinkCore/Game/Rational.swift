import BigInt

/// An exact rational number, always in lowest terms with a positive denominator.
///
/// Payoffs read from text (`3`, `-0.25`, `1/3`) are held exactly so that solvers can
/// report `1/3` rather than `0.333…` and so that an equilibrium check is a proof,
/// not an approximation.
///
/// Storage is hybrid: a pair of `Int64`s while both fit, and `BigInt`s once an
/// operation would overflow. Every result is normalised back to the small form when
/// it fits, so the common case stays allocation-free.
///
/// - Postcondition: `denominator > 0` and `gcd(numerator, denominator) == 1`.
public struct Rational: Sendable {
  @usableFromInline
  enum Storage: Sendable {
    case small(Int64, Int64)
    case big(BigInt, BigInt)
  }

  @usableFromInline
  var storage: Storage

  @inlinable
  init(storage: Storage) { self.storage = storage }

  /// Creates the integer `value`.
  @inlinable
  public init(_ value: Int) { storage = .small(Int64(value), 1) }

  /// Creates `numerator / denominator` in lowest terms.
  /// - Precondition: `denominator != 0`.
  public init(_ numerator: Int, _ denominator: Int) {
    precondition(denominator != 0, "Rational with zero denominator")
    self = Rational.normalized(BigInt(numerator), BigInt(denominator))
  }

  /// Creates `numerator / denominator` in lowest terms from big integers.
  /// - Precondition: `denominator != 0`.
  public init(_ numerator: BigInt, _ denominator: BigInt = 1) {
    precondition(!denominator.isZero, "Rational with zero denominator")
    self = Rational.normalized(numerator, denominator)
  }

  public static let zero = Rational(0)
  public static let one = Rational(1)

  /// The numerator in lowest terms; its sign is the sign of the number.
  public var numerator: BigInt {
    switch storage {
    case .small(let n, _): return BigInt(n)
    case .big(let n, _): return n
    }
  }

  /// The denominator in lowest terms; always positive.
  public var denominator: BigInt {
    switch storage {
    case .small(_, let d): return BigInt(d)
    case .big(_, let d): return d
    }
  }

  /// The `Int64` numerator and denominator, when the value fits in them.
  @inlinable
  public var smallParts: (numerator: Int64, denominator: Int64)? {
    if case .small(let n, let d) = storage { return (n, d) }
    return nil
  }

  public var isZero: Bool {
    if case .small(let n, _) = storage { return n == 0 }
    return false  // big storage is only used for values that do not fit, never 0
  }

  public var isInteger: Bool {
    switch storage {
    case .small(_, let d): return d == 1
    case .big(_, let d): return d == 1
    }
  }

  /// -1, 0 or 1.
  public var signum: Int {
    switch storage {
    case .small(let n, _): return n == 0 ? 0 : (n < 0 ? -1 : 1)
    case .big(let n, _): return n.signum() == 0 ? 0 : (n.signum() < 0 ? -1 : 1)
    }
  }

  /// The nearest `Double` (for display and for simulation tables, never for decisions).
  public var doubleValue: Double {
    switch storage {
    case .small(let n, let d): return Double(n) / Double(d)
    case .big(let n, let d):
      // Scale so that both fit in a Double's range before dividing.
      let shift = max(0, max(n.magnitude.bitWidth, d.bitWidth) - 1000)
      guard shift == 0 else { return Double(n >> shift) / Double(d >> shift) }
      let magnitude = Rational.bigIntDouble(n.magnitude) / Rational.bigIntDouble(d.magnitude)
      return n.signum() < 0 ? -magnitude : magnitude
    }
  }

  /// `Double(BigInt(x))` as the BigInt package rounds it (its
  /// `BinaryFloatingPoint.init(_: BigInt)`: 53 bits and one more, rounded up only when
  /// both of the last two are set, the bits below ignored), read off the top word
  /// instead of through that generic initialiser's shifts of the whole number (a
  /// fifth of assembling the 2018–19 tariff rounds' solve, issue 11). The same
  /// bits: `RationalDoubleTests` compares the two on many widths.
  @usableFromInline
  static func bigIntDouble(_ x: BigUInt) -> Double {
    let width = x.bitWidth
    guard width > 0 else { return 0 }
    let words = x.words
    // The top 64 bits, the highest set bit at bit 63.
    let top: UInt64
    if width <= 64 {
      top = UInt64(words[words.startIndex]) << (64 - width)
    } else {
      let low = width - 64, word = low / 64, bit = low % 64
      let w0 = UInt64(words[words.startIndex + word])
      let w1 = word + 1 < words.count ? UInt64(words[words.startIndex + word + 1]) : 0
      top = bit == 0 ? w0 : (w0 >> UInt64(bit)) | (w1 << UInt64(64 - bit))
    }
    // The package's 54 bits are `x >> (width - 54)`, the top 64 bits shifted by 10.
    let bits54 = top >> 10
    var exponent = width - 1
    var significand: UInt64
    if bits54 & 3 == 3 {
      significand = (bits54 >> 1) + 1
      if significand.trailingZeroBitCount >= 52 { exponent += 1 }
    } else {
      significand = bits54 >> 1
    }
    guard exponent <= 1023 else { return .infinity }
    return Double(sign: .plus, exponentBitPattern: UInt(1023 + exponent),
                  significandBitPattern: significand & (1 << 52 - 1))
  }

  /// Reduces and stores a fraction, choosing the small form when it fits.
  static func normalized(_ n: BigInt, _ d: BigInt) -> Rational {
    var n = n, d = d
    if d.signum() < 0 { n = -n; d = -d }
    let g = LehmerGCD.gcd(n, d)
    if g > 1 { n /= g; d /= g }
    return stored(n, d)
  }

  /// Stores a fraction already in lowest terms with a positive denominator.
  static func stored(_ n: BigInt, _ d: BigInt) -> Rational {
    if n.isZero { return Rational(storage: .small(0, 1)) }
    if let sn = Int64(exactly: n), let sd = Int64(exactly: d) {
      return Rational(storage: .small(sn, sd))
    }
    return Rational(storage: .big(n, d))
  }
}

extension BigInt {
  var isZero: Bool { signum() == 0 }
}

@inlinable
func gcd64(_ a: Int64, _ b: Int64) -> Int64 {
  var a = a.magnitude, b = b.magnitude
  while b != 0 { (a, b) = (b, a % b) }
  return Int64(truncatingIfNeeded: a)
}
