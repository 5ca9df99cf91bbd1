import BigInt
import Testing

@testable import BrinkCore

/// Lehmer's gcd must equal BigInt's own (Stein's) gcd exactly, on every shape of input
/// its branches treat differently: one word and many, shared factors, a large quotient
/// (the long-division step), consecutive Fibonacci numbers (all quotients 1, the longest
/// run of emulated steps), zero, one, equal numbers and powers of two.
@Suite struct LehmerGCDTests {
  /// A random natural of exactly `bits` bits (0 for 0 bits).
  static func random(bits: Int, _ rng: inout SplitMix64) -> BigUInt {
    guard bits > 0 else { return 0 }
    var words = (0..<((bits + 63) / 64)).map { _ in UInt(rng.next()) }
    let top = bits % 64
    if top != 0 { words[words.count - 1] &= (1 << UInt(top)) - 1 }
    words[words.count - 1] |= 1 << UInt((bits - 1) % 64)
    return BigUInt(words: words)
  }

  func check(_ a: BigUInt, _ b: BigUInt, sourceLocation: SourceLocation = #_sourceLocation) {
    let expected = a.greatestCommonDivisor(with: b)
    #expect(LehmerGCD.gcd(a, b) == expected, "gcd(\(a), \(b))", sourceLocation: sourceLocation)
    #expect(LehmerGCD.gcd(b, a) == expected, "gcd(\(b), \(a))", sourceLocation: sourceLocation)
  }

  @Test func randomInputsFromOneToTwoThousandBits() {
    var rng = SplitMix64(seed: 4_5_2)
    for _ in 0..<3000 {
      let a = Self.random(bits: 1 + Int(rng.next() % 2000), &rng)
      let b = Self.random(bits: 1 + Int(rng.next() % 2000), &rng)
      check(a, b)
    }
  }

  @Test func inputsOfSimilarSizeWithSharedFactors() {
    var rng = SplitMix64(seed: 19)
    for _ in 0..<2000 {
      let size = 1 + Int(rng.next() % 1500)
      let common = Self.random(bits: 1 + Int(rng.next() % 500), &rng)
      let a = Self.random(bits: size, &rng) * common
      let b = Self.random(bits: size + Int(rng.next() % 3), &rng) * common
      check(a, b)
      #expect(LehmerGCD.gcd(a, b) % common == 0)
    }
  }

  @Test func discountAndTrembleDenominators() {
    // Products of 2, 3, 5, 19 as backward induction with discount 19/20 builds them.
    var rng = SplitMix64(seed: 20)
    let primes: [BigUInt] = [2, 3, 5, 19, 20]
    for _ in 0..<1000 {
      var a = BigUInt(rng.next() | 1), b = BigUInt(1)
      for _ in 0..<Int(rng.next() % 200) { a *= primes[Int(rng.next() % 5)] }
      for _ in 0..<Int(rng.next() % 200) { b *= primes[Int(rng.next() % 5)] }
      check(a, b)
    }
  }

  @Test func largeQuotientsTakeTheLongDivisionStep() {
    var rng = SplitMix64(seed: 7)
    for _ in 0..<500 {
      let v = Self.random(bits: 65 + Int(rng.next() % 600), &rng)
      let q = Self.random(bits: 1 + Int(rng.next() % 700), &rng)
      let r = Self.random(bits: Int(rng.next() % UInt64(v.bitWidth)), &rng)
      check(v * q + r, v)
    }
  }

  @Test func consecutiveFibonacciNumbersAreCoprime() {
    var (a, b) = (BigUInt(0), BigUInt(1))
    for i in 0..<2500 {
      (a, b) = (b, a + b)
      if i % 50 == 0 {
        check(b, a)
        #expect(LehmerGCD.gcd(b, a) == 1)
      }
    }
  }

  @Test func edgeCases() {
    var rng = SplitMix64(seed: 1)
    #expect(LehmerGCD.gcd(BigUInt(0), BigUInt(0)) == 0)
    for bits in [1, 2, 63, 64, 65, 127, 128, 129, 640, 2000] {
      let x = Self.random(bits: bits, &rng)
      check(x, 0)
      check(x, 1)
      check(x, x)
      check(x, x * 3)
      #expect(LehmerGCD.gcd(x, 0) == x && LehmerGCD.gcd(x, x) == x && LehmerGCD.gcd(x, 1) == 1)
    }
    for i in stride(from: 0, through: 2000, by: 37) {
      for j in stride(from: 0, through: 2000, by: 151) {
        check(BigUInt(1) << i, BigUInt(1) << j)
        check((BigUInt(1) << i) * 3, (BigUInt(1) << j) - 1)
      }
    }
    check(BigUInt(UInt64.max), BigUInt(UInt64.max - 1))
    check(BigUInt(UInt64.max) * BigUInt(UInt64.max), BigUInt(UInt64.max))
  }

  @Test func signedGCDIsOfMagnitudes() {
    #expect(LehmerGCD.gcd(BigInt(-12), BigInt(18)) == 6)
    #expect(LehmerGCD.gcd(BigInt(-12), BigInt(-18)) == 6)
    #expect(LehmerGCD.gcd(BigInt(0), BigInt(-5)) == 5)
  }
}
