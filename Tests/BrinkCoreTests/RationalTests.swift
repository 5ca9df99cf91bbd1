import Foundation
import BigInt
import Testing

@testable import BrinkCore

@Suite struct RationalTests {
  @Test func parsesIntegersDecimalsAndFractions() {
    #expect(Rational("7") == Rational(7))
    #expect(Rational("-0.25") == Rational(-1, 4))
    #expect(Rational("1/3") == Rational(1, 3))
    #expect(Rational("2.5E-2") == Rational(1, 40))
    #expect(Rational("") == nil)
    #expect(Rational("1/0") == nil)
    #expect(Rational("abc") == nil)
    #expect(Rational("1.2.3") == nil)
  }

  /// The `Int64` fast path of `parseDecimal` (numbers of up to 18 digits, powers of
  /// ten up to 10¹⁸) stores exactly what the `BigInt` path stores: the same lowest
  /// terms, in the small form. Checked at its edges and just past them.
  @Test(arguments: ["0", "-0", "0.000", "7", "-3", "+4", "10.50", "-0.25", "1e-3", "2.5E-2", "1e17",
                    "999999999999999999", "-999999999999999999", "0.000000000000000001", "-1e-18",
                    "123456789.123456789", "1e18", "1e-19", "9999999999999999999", "12345678901234567.8e1"])
  func parsingTakesTheSmallPathOnlyWhereItIsExact(_ text: String) throws {
    let parsed = try #require(Rational(text))
    var digits = text.lowercased(), exponent = 0
    if let e = digits.firstIndex(of: "e") {
      exponent = Int(digits[digits.index(after: e)...])!
      digits = String(digits[..<e])
    }
    let negative = digits.hasPrefix("-")
    digits = digits.trimmingPrefix { $0 == "-" || $0 == "+" }.description
    let fraction = digits.firstIndex(of: ".").map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
    var n = BigInt(digits.replacingOccurrences(of: ".", with: ""))!
    if negative { n = -n }
    let scale = exponent - fraction
    let expected = scale >= 0 ? Rational(n * BigInt(10).power(scale), 1) : Rational(n, BigInt(10).power(-scale))
    #expect(parsed == expected)
    #expect((parsed.smallParts != nil) == (expected.smallParts != nil))
    if let small = parsed.smallParts, let other = expected.smallParts { #expect(small == other) }
  }

  @Test func arithmeticIsExactAndReduced() {
    let third = Rational(1, 3)
    #expect(third + third + third == .one)
    #expect((Rational(2, 4)).description == "1/2")
    #expect(Rational(-3, -6).description == "1/2")
    #expect(Rational(1, 3) * Rational(3, 7) == Rational(1, 7))
    #expect(Rational(1, 3) - Rational(1, 2) == Rational(-1, 6))
    #expect(Rational(5) / Rational(10) == Rational(1, 2))
    #expect(Rational(1, 3) < Rational(1, 2))
    #expect(Rational(-1, 2) < Rational(-1, 3))
  }

  /// A big fraction's `description` writes its digits itself (issue 11): the same
  /// text as `BigInt`'s conversion, across chunk boundaries (10^19, runs of zeros
  /// inside a chunk, powers of two and ten), signs and sizes up to 40 words.
  @Test func bigDescriptionMatchesBigIntText() {
    var generator = SystemRandomNumberGenerator()
    var numbers: [BigInt] = [BigInt(10).power(19), BigInt(10).power(19) - 1, BigInt(10).power(19) + 1,
                             BigInt(10).power(38), BigInt(10).power(57) + 7, BigInt(1) << 64, (BigInt(1) << 64) - 1,
                             BigInt(1) << 1000, BigInt(10).power(200) * 3 + 1]
    for words in 1...40 {
      var magnitude = BigUInt(0)
      for _ in 0..<words { magnitude = (magnitude << 64) + BigUInt(UInt.random(in: 0...UInt.max, using: &generator)) }
      numbers.append(BigInt(magnitude))
    }
    for n in numbers where n > BigInt(Int64.max) {
      for sign in [BigInt(1), BigInt(-1)] {
        let x = sign * n
        let odd = BigInt(10).power(30) + 1
        #expect(Rational(x, 1).description == "\(x)")
        let r = Rational(x, odd)
        #expect(r.description == (r.isInteger ? "\(r.numerator)" : "\(r.numerator)/\(r.denominator)"))
        #expect(Rational(1, x).description == (sign < 0 ? "-1/\(n)" : "1/\(n)"))
      }
    }
  }

  @Test func overflowFallsBackToBigIntegers() {
    let big = Rational(Int(Int64.max))
    let sum = big + big
    #expect(sum.description == "18446744073709551614")
    #expect(sum - big == big)
    let tiny = Rational(1, Int(Int64.max))
    #expect((tiny * tiny).description == "1/85070591730234615847396907784232501249")
    #expect((tiny * tiny) * Rational(Int(Int64.max)) * Rational(Int(Int64.max)) == .one)
    #expect(-Rational(Int(Int64.min)) > .zero)
  }

  /// Big sums and products by Henrici's method equal the schoolbook result reduced by
  /// one gcd, stay in lowest terms, and keep a positive denominator. Denominators
  /// share factors (powers of 2, 3, 5, 19, 20 as a discount and trembles produce) so
  /// the cancelling paths run, not only the coprime ones.
  @Test func henriciSumsAndProductsMatchTheSchoolbook() {
    var rng = SplitMix64(seed: 20)
    let primes: [BigInt] = [2, 3, 5, 19, 20, 7]
    func big() -> (BigInt, BigInt) {
      var n = BigInt(Int64(bitPattern: rng.next()) >> Int64(rng.next() % 60))
      var d = BigInt(1)
      for _ in 0..<Int(rng.next() % 40) { d *= primes[Int(rng.next() % UInt64(primes.count))] }
      for _ in 0..<Int(rng.next() % 20) { n *= primes[Int(rng.next() % UInt64(primes.count))] }
      if rng.next() % 2 == 0 { n = -n }
      return (n, d)
    }
    for _ in 0..<2000 {
      let (a, b) = big(), (c, d) = big()
      let x = Rational.normalized(a, b), y = Rational.normalized(c, d)
      let sum = Rational.normalized(a * d + c * b, b * d)
      let product = Rational.normalized(a * c, b * d)
      #expect(Rational.bigSum(x.numerator, x.denominator, y.numerator, y.denominator) == sum)
      #expect(Rational.bigProduct(x.numerator, x.denominator, y.numerator, y.denominator) == product)
      for r in [x + y, x * y, x - y] {
        #expect(r.denominator > 0)
        #expect(r.numerator.greatestCommonDivisor(with: r.denominator) == 1 || r.isZero)
      }
      #expect(x + y == sum && x * y == product)
    }
  }

  @Test func decimalRendering() {
    #expect(Rational(1, 3).decimalString() == "0.3333")
    #expect(Rational(2, 3).decimalString() == "0.6667")
    #expect(Rational(-1, 8).decimalString(places: 2) == "-0.13")
    #expect(Rational(5).decimalString() == "5")
    #expect(Rational(-1, 100000).decimalString() == "0")
  }

  /// A big fraction is rounded from its `Double` when that cannot be wrong, else by
  /// exact division (issue 11): the digits match exact division everywhere,
  /// including a hair either side of a rounding half and far from it.
  @Test func bigDecimalRenderingMatchesExactDivision() {
    let d = BigInt(3).power(150)  // 238 bits: stored big
    var cases = [Rational]()
    for q in [0, 1, 7, 12_345, 758_273, 99_999_999] as [BigInt] {
      for sign in [BigInt(1), -1] {
        // (q + 1/2)/10^4 ± 1/(2·10^4·d): just either side of the half.
        cases.append(Rational(sign * ((2 * q + 1) * d + 1), 20_000 * d))
        cases.append(Rational(sign * ((2 * q + 1) * d - 1), 20_000 * d))
        // Well inside the interval: the shortcut's case.
        cases.append(Rational(sign * (q * d + d / 3 + 1), 10_000 * d))
      }
    }
    var seed: UInt64 = 2018
    for _ in 0..<200 {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      let n = BigInt(Int64(bitPattern: seed) >> 8) * d / BigInt(1 << 20) + 1
      cases.append(Rational(n, d))
    }
    for x in cases {
      #expect(x.smallParts == nil || x.isZero)
      #expect(x.decimalString(places: 4) == Self.exactDecimal(x, places: 4), "\(x)")
    }
  }

  /// `decimalString` by exact division alone, for comparison.
  static func exactDecimal(_ x: Rational, places: Int) -> String {
    let scaled = x.numerator.magnitude * BigInt(10).power(places).magnitude
    var (q, r) = scaled.quotientAndRemainder(dividingBy: x.denominator.magnitude)
    if r * 2 >= x.denominator.magnitude { q += 1 }
    var digits = String(q)
    let sign = x.signum < 0 && digits != "0" ? "-" : ""
    if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
    let whole = digits.prefix(digits.count - places)
    var fraction = digits.suffix(places)
    while fraction.last == "0" { fraction = fraction.dropLast() }
    return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
