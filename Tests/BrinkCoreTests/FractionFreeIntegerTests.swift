import BigInt
import Testing
@testable import BrinkCore

/// The integer arithmetic behind fraction-free pivoting (`FractionFreeInteger`), shared
/// by vertex enumeration and the exact simplex method: exact where the answer fits in
/// 64 bits, `nil` (never a trap or a wrapped value) where it does not.
@Suite struct FractionFreeIntegerTests {
  /// The 64-bit fraction-free step (exact division by a modular inverse) agrees
  /// with big integers, and reports overflow instead of a wrong quotient.
  @Test func fractionFreeStepMatchesBigIntegers() {
    var rng = SplitMix64(seed: 1967)
    var exact = 0
    for round in 0..<20_000 {
      let bits = Int64(1) << Int64(1 + round % 62)
      func draw() -> Int64 { Int64.random(in: -bits...bits, using: &rng) }
      var e = draw() >> Int64.random(in: 0...40, using: &rng)
      if e == 0 { e = 1 }
      e <<= Int64.random(in: 0...3, using: &rng)  // even divisors too
      var (a, b, c, d) = (draw(), draw(), draw(), draw())
      if round % 2 == 0 {
        // Make the division exact: a·1 − c·d = e·k.
        let k = draw() >> 3
        guard let a1 = Int64(exactly: BigInt(e) * BigInt(k) + BigInt(c) * BigInt(d)) else { continue }
        (a, b) = (a1, 1)
      }
      let n = BigInt(a) * BigInt(b) - BigInt(c) * BigInt(d)
      let (q, r) = n.quotientAndRemainder(dividingBy: BigInt(e))
      let expected: Int64? = r == 0 ? Int64(exactly: q) : nil
      if expected != nil { exact += 1 }
      #expect(Int64.fractionFree(a, b, c, d, Int64.exactDivisor(e)) == expected, "\(a) \(b) \(c) \(d) \(e)")
    }
    #expect(exact > 5_000)
    // A quotient beyond 64 bits is reported, not wrapped.
    #expect(Int64.fractionFree(Int64.max, 4, 0, 0, Int64.exactDivisor(2)) == nil)
    #expect(Int64.fractionFree(Int64.max, 4, 0, 0, Int64.exactDivisor(4)) == Int64.max)
    #expect(Int64.fractionFree(Int64.min, 2, 0, 0, Int64.exactDivisor(-2)) == nil)
    #expect(Int64.fractionFree(Int64.min, 2, 0, 0, Int64.exactDivisor(2)) == Int64.min)
  }

  @Test func int64FractionFreeIsExactOrReportsOverflow() {
    #expect(Int64.fractionFree(6, 7, 2, 3, Int64.exactDivisor(4)) == 9)           // (42 − 6) / 4
    let big = Int64.max / 2
    // Products overflow 64 bits but the quotient fits: 128-bit path.
    #expect(Int64.fractionFree(big, 4, big, 2, Int64.exactDivisor(2)) == big)     // (4b − 2b) / 2 = b
    // The quotient itself does not fit: nil, never a trap.
    #expect(Int64.fractionFree(big, 8, 0, 0, Int64.exactDivisor(1)) == nil)
    #expect(BigInt.fractionFree(BigInt(big), 8, 0, 0, BigInt.exactDivisor(1)) == BigInt(big) * 8)
  }

  @Test func int64CompareProductsIsExactBeyond64Bits() {
    let m = Int64.max
    #expect(Int64.compareProducts(m, m, m, m - 1) == 1)
    #expect(Int64.compareProducts(-m, m, m, m) == -1)
    #expect(Int64.compareProducts(Int64.min, Int64.min, m, m) == 1)
    #expect(Int64.compareProducts(3, 4, 6, 2) == 0)
  }

  @Test func conversionsAndNegation() {
    #expect(Int64(exactly: BigInt(Int64.max)) == Int64.max)
    #expect(Int64(exactly: BigInt(Int64.min)) == Int64.min)
    #expect(Int64(exactly: BigInt(Int64.max) + 1) == nil)
    #expect(Int64.min.negated == nil && Int64(5).negated == -5)
    // multiplyAdd(acc, a, b) = acc + a·b (the old pivotMultiplyAdd(a, b, c) was a·b + c).
    #expect(Int64.multiplyAdd(0, .max, 2) == nil && Int64.multiplyAdd(5, 3, 4) == 17)
  }
}
