import BigInt
import Testing

@testable import BrinkCore

/// `Rational.bigIntDouble` reads a big integer's `Double` off its top word; it must
/// give the bits the BigInt package's `Double(_: BigInt)` gives (which `doubleValue`
/// used before, and which every printed decimal of a big value rests on).
@Suite struct RationalDoubleTests {
  /// Numbers of 1 to 1,000 bits: random words, and the patterns where rounding
  /// decides (the two bits below the 53 kept set or not, a carry into a new power
  /// of two, a lone bit far below, all ones).
  @Test func bigIntDoubleHasThePackagesBits() {
    var random = SplitMix64(seed: 11)
    var cases = [BigUInt]()
    for width in 1...1000 {
      var x = BigUInt(0)
      for _ in 0..<((width + 63) / 64) { x = (x << 64) + BigUInt(random.next()) }
      x &= (BigUInt(1) << width) - 1
      x |= BigUInt(1) << (width - 1)
      cases.append(x)
      let ones = (BigUInt(1) << width) - 1
      cases.append(ones)
      if width > 54 {
        let shift = width - 54
        // The kept part's last bit and the one below: each of 00, 01, 10, 11, with
        // and without a bit further down.
        for low in [BigUInt(0), BigUInt(1), BigUInt(2), BigUInt(3)] {
          let base = (BigUInt(1) << 53 | low) << shift
          cases.append(base)
          cases.append(base | 1)
        }
        cases.append(((BigUInt(1) << 54) - 1) << shift)
      }
    }
    for x in cases {
      let package = Double(BigInt(x))
      #expect(Rational.bigIntDouble(x).bitPattern == package.bitPattern, "\(x)")
    }
  }

  /// A big fraction's `doubleValue` through the fast path is the package's quotient,
  /// with the sign of the numerator.
  @Test func bigFractionsKeepTheirDoubles() {
    var random = SplitMix64(seed: 12)
    for _ in 0..<200 {
      var n = BigInt(0), d = BigInt(0)
      for _ in 0..<Int(random.next() % 8 + 1) { n = (n << 64) + BigInt(random.next()) }
      for _ in 0..<Int(random.next() % 8 + 2) { d = (d << 64) + BigInt(random.next()) }
      if random.next() % 2 == 0 { n = -n }
      let x = Rational(n, d)
      guard x.smallParts == nil else { continue }
      #expect(x.doubleValue.bitPattern == (Double(x.numerator) / Double(x.denominator)).bitPattern)
    }
  }
}
