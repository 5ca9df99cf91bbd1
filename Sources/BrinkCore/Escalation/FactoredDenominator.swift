import BigInt

/// A denominator kept as the product of the machine integers it was built from,
/// factored, so that a numerator over it is put in lowest terms without a
/// multi-word gcd (`CommonDenominatorSweep`, step 5).
///
/// The sweep's denominator `D` is a product of machine integers (the horizon's
/// scale and each round's `G_t` and `S_t`), and in practice of a few small primes
/// (a discount of 19/20 and trembles of 1/20 make `D = 2^a·3^b·5^c·19^d`). Lehmer's
/// gcd of a 400-bit numerator with `D` was most of the sweep's time (issue 11);
/// here each factor costs one pass of single-word divisions over the numerator:
///
/// 1. Each factor is split by trial division by 2 and the odd numbers up to
///    `trialLimit` into prime powers, and a cofactor whose primes are all larger.
/// 2. `gcd(N, a·b) = gcd(N, a) · gcd(N / gcd(N, a), b)` for any `a`, `b` (compare
///    the exponent of each prime on both sides). So `gcd(N, D)` is taken one piece
///    at a time: `g = gcd(N mod a, a)` in machine words, then `N ← N / g` and
///    `D ← D / g`, for each piece `a`.
/// 3. A prime's exponent is taken in pieces `p^k` below 2^64; once a piece's gcd
///    is less than the piece, `N` has no factor `p` left and the prime's other
///    pieces are skipped. A cofactor's pieces are each taken (it may be composite).
///
/// The result is `N / D` in lowest terms, the same `Rational` as `Rational(N, D)`.
/// - Complexity: O(pieces × words) single-word divisions per numerator, no
///   multi-word division and no allocation beyond the result.
struct FactoredDenominator: Sendable {
  /// `D`.
  private(set) var value: BigInt
  /// `D`'s magnitude words, little-endian.
  private var words: [UInt] = [1]
  /// The exponent of each prime found by trial division.
  private var primes: [UInt64: Int] = [:]
  /// Factors left after trial division (all their primes above `trialLimit`).
  private var cofactors: [UInt64] = []
  /// The pieces of step 3, in order; `group[i]`: the index of piece `i`'s prime
  /// (pieces of one prime are consecutive), -1 for a cofactor.
  private var pieces: [UInt64] = []
  private var group: [Int] = []

  static let trialLimit: UInt64 = 1000

  /// The denominator 1.
  init() { value = 1 }

  /// `D·k` (`k > 0`).
  func multiplied(by k: Int64) -> FactoredDenominator {
    precondition(k > 0, "a denominator is positive")
    var out = self
    out.value *= BigInt(k)
    out.words = Array(out.value.magnitude.words)
    out.words = Array(out.value.magnitude.words)
    var m = UInt64(k)
    var p: UInt64 = 2
    while p <= Self.trialLimit && p * p <= m {
      while m % p == 0 {
        out.primes[p, default: 0] += 1
        m /= p
      }
      p += p == 2 ? 1 : 2
    }
    if m > 1 {
      if m <= Self.trialLimit || m < p * p { out.primes[m, default: 0] += 1 } else { out.cofactors.append(m) }
    }
    out.makePieces()
    return out
  }

  /// Step 3's pieces, the primes in increasing order, then the cofactors.
  private mutating func makePieces() {
    pieces = []
    group = []
    for (index, p) in primes.keys.sorted().enumerated() {
      var left = primes[p]!
      while left > 0 {
        var piece: UInt64 = 1, k = 0
        while k < left {
          let (next, overflow) = piece.multipliedReportingOverflow(by: p)
          if overflow { break }
          piece = next
          k += 1
        }
        pieces.append(piece)
        group.append(index)
        left -= k
      }
    }
    for c in cofactors {
      pieces.append(c)
      group.append(-1)
    }
  }

  /// `x / D` in lowest terms, `x` a signed number in `width` two's-complement words.
  func reduced(_ x: UnsafePointer<UInt>, width: Int) -> Rational {
    let negative = width > 0 && x[width - 1] >> 63 == 1
    let dWords = words
    let dCount = dWords.count
    return withUnsafeTemporaryAllocation(of: UInt.self, capacity: width + dCount) { scratch in
      let n = scratch.baseAddress!, d = n + width
      for i in 0..<width { n[i] = x[i] }
      if negative { TwosComplementWords.negate(n, width: width) }
      for i in 0..<dCount { d[i] = dWords[i] }
      var nCount = width
      while nCount > 0 && n[nCount - 1] == 0 { nCount -= 1 }
      if nCount == 0 { return Rational.zero }
      // Steps 2 and 3.
      var skip = -2
      for (i, piece) in pieces.enumerated() where group[i] < 0 || group[i] != skip {
        let g = gcd(remainder(n, nCount, dividingBy: piece), piece)
        if g > 1 {
          divide(n, nCount, by: g)
          divide(d, dCount, by: g)
          while nCount > 0 && n[nCount - 1] == 0 { nCount -= 1 }
        }
        if g < piece && group[i] >= 0 { skip = group[i] }
      }
      var dTop = dCount
      while dTop > 1 && d[dTop - 1] == 0 { dTop -= 1 }
      if nCount <= 1, dTop == 1, n[0] <= UInt(Int64.max), d[0] <= UInt(Int64.max) {
        let small = Int64(n[0])
        return Rational(storage: .small(negative ? -small : small, Int64(d[0])))
      }
      let numerator = BigInt(sign: negative ? .minus : .plus, magnitude: bigUInt(n, count: nCount))
      let denominator = BigInt(sign: .plus, magnitude: bigUInt(d, count: dTop))
      // Past the small form above, only -2^63 over a one-word denominator still
      // fits in it (`Rational.stored` decides); anything else is stored big as it is.
      if negative, nCount == 1, dTop == 1, n[0] == UInt(1) << 63 { return Rational.stored(numerator, denominator) }
      return Rational(storage: .big(numerator, denominator))
    }
  }
}

/// The `count`-word magnitude at `x`, stored as `BigUInt(words:)` stores it. Past
/// two words that initialiser copies the words into an array, one element at a
/// time through the generic `Sequence` (a sixth of the sweep, issue 11): here the
/// array is copied at once and given to the array initialiser it ends in.
private func bigUInt(_ x: UnsafeMutablePointer<UInt>, count: Int) -> BigUInt {
  let words = UnsafeBufferPointer(start: x, count: count)
  return count > 2 ? BigUInt(words: Array(words)) : BigUInt(words: words)
}

/// `x mod m` for the `count`-word magnitude `x`.
private func remainder(_ x: UnsafeMutablePointer<UInt>, _ count: Int, dividingBy m: UInt64) -> UInt64 {
  var r: UInt = 0
  let divisor = UInt(m)
  for i in stride(from: count - 1, through: 0, by: -1) {
    r = divisor.dividingFullWidth((r, x[i])).remainder
  }
  return UInt64(r)
}

/// `x ← x / m` for the `count`-word magnitude `x`, `m` dividing it.
private func divide(_ x: UnsafeMutablePointer<UInt>, _ count: Int, by m: UInt64) {
  var r: UInt = 0
  let divisor = UInt(m)
  for i in stride(from: count - 1, through: 0, by: -1) {
    let (q, rest) = divisor.dividingFullWidth((r, x[i]))
    x[i] = q
    r = rest
  }
}

private func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
  var a = a, b = b
  while b != 0 { (a, b) = (b, a % b) }
  return a
}
