import BigInt
import Testing
@testable import BrinkCore

/// `FactoredDenominator.reduced` against `Rational(N, D)` (Lehmer's gcd): the same
/// lowest terms for numerators that share every kind of factor with `D`.
@Suite struct FactoredDenominatorTests {
  /// `value` in `width` two's-complement words.
  func reduced(_ value: BigInt, over d: FactoredDenominator, width: Int) -> Rational {
    var words = [UInt](repeating: 0, count: width)
    words.withUnsafeMutableBufferPointer { TwosComplementWords.store(value, into: $0.baseAddress!, width: width) }
    return words.withUnsafeBufferPointer { d.reduced($0.baseAddress!, width: width) }
  }

  /// Denominators of small primes (powers past one word), a prime above the trial
  /// limit, and a composite cofactor of two such primes; numerators that are
  /// multiples of parts of them, of both signs, small and of several words.
  @Test func sameLowestTermsAsRational() {
    let factorings: [[Int64]] = [
      [20, 60, 20, 60, 20, 60, 20, 60, 20, 60, 20, 60, 20, 60, 20, 60],
      [1 << 62, 3 * 3 * 3, 1 << 40],
      [19 * 19 * 19, 5, 1_000_003],
      [1009 * 1013, 1009 * 1013, 7],
      [1],
      [Int64.max],
    ]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return seed
    }
    var checked = 0
    for factors in factorings {
      var d = FactoredDenominator()
      for f in factors { d = d.multiplied(by: f) }
      let D = factors.reduce(BigInt(1)) { $0 * BigInt($1) }
      #expect(d.value == D)
      let width = D.magnitude.bitWidth / 64 + 4
      for k in 0..<200 {
        // A random part of D times a random number (1 to 2 words), signed.
        var common = BigInt(1)
        for f in factors where next() % 2 == 0 {
          common *= BigInt(f) / BigInt(Int64(next() % 3 == 0 ? 1 : gcdOf(f, Int64(next() % 1000 + 1))))
        }
        var other = BigInt(next() >> 1)
        if k % 3 == 0 { other = other * BigInt(next() >> 1) + 1 }
        if k % 7 == 0 { other = 0 }
        let n = (k % 2 == 0 ? 1 : -1) * common * other
        #expect(reduced(n, over: d, width: width) == Rational(n, D), "\(n) / \(D)")
        checked += 1
      }
    }
    #expect(checked == 1200)
  }

  func gcdOf(_ a: Int64, _ b: Int64) -> Int64 {
    var a = a, b = b
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }
}
