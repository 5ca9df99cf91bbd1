import BigInt

/// Field operations. Each tries `Int64` with overflow checks first and falls back to
/// `BigInt` only when a product or sum would not fit.
extension Rational: AdditiveArithmetic, Numeric {
  public typealias Magnitude = Rational
  public var magnitude: Rational { signum < 0 ? -self : self }

  public init?<T: BinaryInteger>(exactly source: T) {
    self.init(BigInt(source))
  }

  public init(integerLiteral value: Int) { self.init(value) }

  public static func + (lhs: Rational, rhs: Rational) -> Rational {
    if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
      if b == d {
        let (s, o) = a.addingReportingOverflow(c)
        if !o { return reduced(s, b) }
      } else {
        let (ad, o1) = a.multipliedReportingOverflow(by: d)
        let (cb, o2) = c.multipliedReportingOverflow(by: b)
        let (bd, o3) = b.multipliedReportingOverflow(by: d)
        if !o1 && !o2 && !o3 {
          let (s, o4) = ad.addingReportingOverflow(cb)
          if !o4 { return reduced(s, bd) }
        }
      }
    }
    return bigSum(lhs.numerator, lhs.denominator, rhs.numerator, rhs.denominator)
  }

  /// a/b + c/d in lowest terms by Henrici's method (Knuth, TAOCP vol. 2, §4.5.1):
  /// with g = gcd(b, d), t = a·(d/g) + c·(b/g), the only common factor left is
  /// gcd(t, g), so the gcds are taken of numbers the size of the operands, not of
  /// their products. Backward induction with a discount and trembles builds
  /// denominators of hundreds of bits, where the gcd is most of the time spent.
  static func bigSum(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt) -> Rational {
    let g = LehmerGCD.gcd(b, d)
    if g == 1 { return stored(a * d + c * b, b * d) }
    let t = a * (d / g) + c * (b / g)
    if t.isZero { return .zero }
    let g2 = LehmerGCD.gcd(t, g)
    if g2 == 1 { return stored(t, (b / g) * d) }
    return stored(t / g2, (b / g) * (d / g2))
  }

  /// (a/b)·(c/d) in lowest terms, cancelling across before multiplying (Henrici;
  /// Knuth §4.5.1): gcd(a, d) and gcd(c, b) are all the common factors there are.
  static func bigProduct(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt) -> Rational {
    if a.isZero || c.isZero { return .zero }
    let g1 = LehmerGCD.gcd(a, d), g2 = LehmerGCD.gcd(c, b)
    let a1 = g1 == 1 ? a : a / g1, d1 = g1 == 1 ? d : d / g1
    let c1 = g2 == 1 ? c : c / g2, b1 = g2 == 1 ? b : b / g2
    return stored(a1 * c1, b1 * d1)
  }

  public static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + (-rhs) }

  public static prefix func - (x: Rational) -> Rational {
    switch x.storage {
    case .small(let n, let d):
      if n != Int64.min { return Rational(storage: .small(-n, d)) }
      return Rational.normalized(-BigInt(n), BigInt(d))
    case .big(let n, let d):
      return Rational.normalized(-n, d)
    }
  }

  public static func * (lhs: Rational, rhs: Rational) -> Rational {
    if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
      // Cross-reduce first so products stay small.
      let g1 = gcd64(a, d), g2 = gcd64(c, b)
      let a1 = g1 > 1 ? a / g1 : a, d1 = g1 > 1 ? d / g1 : d
      let c1 = g2 > 1 ? c / g2 : c, b1 = g2 > 1 ? b / g2 : b
      let (n, o1) = a1.multipliedReportingOverflow(by: c1)
      let (m, o2) = b1.multipliedReportingOverflow(by: d1)
      if !o1 && !o2 { return n == 0 ? .zero : Rational(storage: .small(n, m)) }
    }
    return bigProduct(lhs.numerator, lhs.denominator, rhs.numerator, rhs.denominator)
  }

  /// - Precondition: `rhs` is not zero.
  public static func / (lhs: Rational, rhs: Rational) -> Rational {
    precondition(!rhs.isZero, "division by zero")
    return lhs * rhs.reciprocal
  }

  /// `1 / self`. - Precondition: `self` is not zero.
  public var reciprocal: Rational {
    switch storage {
    case .small(let n, let d):
      precondition(n != 0, "division by zero")
      if n > 0 { return Rational(storage: .small(d, n)) }
      if n != Int64.min { return Rational(storage: .small(-d, -n)) }
      return Rational.normalized(BigInt(d), BigInt(n))
    case .big(let n, let d):
      return Rational.normalized(d, n)
    }
  }

  public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
  public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
  public static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }
  public static func /= (lhs: inout Rational, rhs: Rational) { lhs = lhs / rhs }

  @inline(__always)
  static func reduced(_ n: Int64, _ d: Int64) -> Rational {
    if n == 0 { return .zero }
    let g = gcd64(n, d)
    return g == 1 ? Rational(storage: .small(n, d)) : Rational(storage: .small(n / g, d / g))
  }
}

extension Rational: Comparable, Hashable {
  public static func == (lhs: Rational, rhs: Rational) -> Bool {
    switch (lhs.storage, rhs.storage) {
    case (.small(let a, let b), .small(let c, let d)): return a == c && b == d
    case (.big(let a, let b), .big(let c, let d)): return a == c && b == d
    default: return false  // normalisation makes the storage form canonical
    }
  }

  public static func < (lhs: Rational, rhs: Rational) -> Bool {
    if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
      let (ad, o1) = a.multipliedReportingOverflow(by: d)
      let (cb, o2) = c.multipliedReportingOverflow(by: b)
      if !o1 && !o2 { return ad < cb }
    }
    return lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  public func hash(into hasher: inout Hasher) {
    switch storage {
    case .small(let n, let d): hasher.combine(n); hasher.combine(d)
    case .big(let n, let d): hasher.combine(n); hasher.combine(d)
    }
  }
}
