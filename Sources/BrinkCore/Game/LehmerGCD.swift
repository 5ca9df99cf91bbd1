import BigInt

/// Greatest common divisors of big naturals by Lehmer's algorithm.
///
/// Backward induction with a discount and trembles builds rationals whose numerators and
/// denominators run to hundreds of bits, and every sum or product reduces them with a gcd.
/// BigInt's own gcd is Stein's binary algorithm: one shift-and-subtract of the whole
/// number per bit of progress. Lehmer's algorithm runs Euclid's algorithm on the leading
/// 62 bits in machine words, collects the quotients in a 2×2 cofactor matrix, and only then
/// touches the long numbers, once per ~30 bits of progress.
///
/// Algorithm L of Knuth, *The Art of Computer Programming*, vol. 2 (3rd ed.), §4.5.2,
/// with `u ≥ v` held as little-endian arrays of 64-bit words:
///
/// 1. [Small cases.] If `v = 0`, the answer is `u`. If `u` fits in one word, finish with
///    Euclid's algorithm on words. If `v` fits in one word, take `u mod v` by short
///    division and finish on words.
/// 2. [Leading digits.] Let `û`, `v̂` be `u` and `v` shifted right by the same amount so
///    that `û` has 62 bits. Set `A ← 1, B ← 0, C ← 0, D ← 1`.
/// 3. [Test quotient.] If `v̂ + C` or `v̂ + D` is 0, go to step 5. Otherwise
///    `q ← ⌊(û + A)/(v̂ + C)⌋`; if `q ≠ ⌊(û + B)/(v̂ + D)⌋`, go to step 5. (The two bounds
///    bracket the true quotient `⌊u/v⌋`, so when they agree `q` is that quotient.)
/// 4. [Emulate Euclid.] `(A, C) ← (C, A − qC)`, `(B, D) ← (D, B − qD)`,
///    `(û, v̂) ← (v̂, û − qv̂)`; go to step 3.
/// 5. [Multiprecision step.] If `B = 0` no quotient was found: do one long division,
///    `(u, v) ← (v, u mod v)`. Otherwise `(u, v) ← (Au + Bv, Cu + Dv)`, which is the pair
///    Euclid's algorithm would reach after the emulated steps. Go to step 1.
///
/// The cofactors alternate in sign and are bounded by `û < 2⁶²`, so they fit in `Int64`.
///
/// - Complexity: O(n²) word operations for n-word inputs, like Stein's, but with a
///   constant about 30 times smaller.
/// - Postcondition: the result equals `a.greatestCommonDivisor(with: b)`; `gcd(0, 0) = 0`.
enum LehmerGCD {
  /// Bits of the leading digits `û`, `v̂`: two below the word so that `û + A` and the
  /// cofactors stay inside `Int64`.
  static let leadingBits = 62

  static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
    BigInt(gcd(a.magnitude, b.magnitude))
  }

  static func gcd(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
    guard UInt.bitWidth == 64 else { return a.greatestCommonDivisor(with: b) }
    var u = Array(a.words), v = Array(b.words)
    trim(&u)
    trim(&v)
    if compare(u, v) < 0 { swap(&u, &v) }
    return BigUInt(words: gcdOfWords(u, v))
  }

  /// gcd(u, v) for trimmed little-endian words with u ≥ v.
  static func gcdOfWords(_ u0: [UInt], _ v0: [UInt]) -> [UInt] {
    var u = u0, v = v0
    var t: [UInt] = [], w: [UInt] = []
    t.reserveCapacity(u.count + 1)
    w.reserveCapacity(u.count + 1)
    while true {
      // Step 1.
      if v.isEmpty { return u }
      if u.count == 1 { return [wordGCD(u[0], v[0])] }
      if v.count == 1 { return [wordGCD(v[0], remainder(u, dividingBy: v[0]))] }
      // Step 2.
      let shift = bitWidth(u) - leadingBits
      var uh = Int64(bitPattern: UInt64(bits(u, from: shift)))
      var vh = Int64(bitPattern: UInt64(bits(v, from: shift)))
      var A: Int64 = 1, B: Int64 = 0, C: Int64 = 0, D: Int64 = 1
      while true {
        // Step 3.
        let vc = vh + C, vd = vh + D
        if vc <= 0 || vd <= 0 { break }
        let ua = uh + A, ub = uh + B
        if ua < 0 || ub < 0 { break }
        let q = ua / vc
        if q != ub / vd { break }
        // Step 4.
        (A, C) = (C, A - q * C)
        (B, D) = (D, B - q * D)
        (uh, vh) = (vh, uh - q * vh)
      }
      // Step 5.
      if B == 0 {
        let r = BigUInt(words: u) % BigUInt(words: v)
        u = v
        v = Array(r.words)
        trim(&v)
      } else {
        linearCombination(A, u, B, v, into: &t)
        linearCombination(C, u, D, v, into: &w)
        swap(&u, &t)
        swap(&v, &w)
        if compare(u, v) < 0 { swap(&u, &v) }
      }
    }
  }

  /// Euclid's algorithm on single words.
  @inline(__always)
  static func wordGCD(_ a: UInt, _ b: UInt) -> UInt {
    var a = a, b = b
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }

  /// `u mod d` by short division, most significant word first.
  static func remainder(_ u: [UInt], dividingBy d: UInt) -> UInt {
    var r: UInt = 0
    for word in u.reversed() { r = d.dividingFullWidth((high: r, low: word)).remainder }
    return r
  }

  /// `out ← x·a + y·b` where x and y have opposite signs (or one is 0) and the result
  /// is known to be non-negative; trimmed.
  static func linearCombination(
    _ x: Int64, _ a: [UInt], _ y: Int64, _ b: [UInt], into out: inout [UInt]
  ) {
    // Arrange as p·P − m·M with p, m ≥ 0.
    precondition((x >= 0 && y <= 0) || (x <= 0 && y >= 0), "Lehmer cofactors must alternate in sign")
    let (p, P, m, M) = x >= 0 && y <= 0 ? (x.magnitude, a, y.magnitude, b) : (y.magnitude, b, x.magnitude, a)
    out.removeAll(keepingCapacity: true)
    let n = Swift.max(P.count, M.count)
    var carryP: UInt = 0, carryM: UInt = 0, borrow: UInt = 0
    for i in 0..<n {
      let wp = i < P.count ? P[i] : 0, wm = i < M.count ? M[i] : 0
      var (hp, lp) = UInt(p).multipliedFullWidth(by: wp)
      let (lp2, cp) = lp.addingReportingOverflow(carryP)
      lp = lp2
      hp &+= cp ? 1 : 0
      carryP = hp
      var (hm, lm) = UInt(m).multipliedFullWidth(by: wm)
      let (lm2, cm) = lm.addingReportingOverflow(carryM)
      lm = lm2
      hm &+= cm ? 1 : 0
      carryM = hm
      let (d1, b1) = lp.subtractingReportingOverflow(lm)
      let (d2, b2) = d1.subtractingReportingOverflow(borrow)
      borrow = (b1 || b2) ? 1 : 0
      out.append(d2)
    }
    // The top word: carryP − carryM − borrow, which is ≥ 0 because the result is.
    out.append(carryP &- carryM &- borrow)
    trim(&out)
  }

  /// The 64 bits of `u >> s` (low end), for `s ≥ 0`.
  @inline(__always)
  static func bits(_ u: [UInt], from s: Int) -> UInt {
    let i = s / 64, r = s % 64
    let low: UInt = i < u.count ? u[i] >> UInt(r) : 0
    let high: UInt = r > 0 && i + 1 < u.count ? u[i + 1] << UInt(64 - r) : 0
    return low | high
  }

  @inline(__always)
  static func bitWidth(_ u: [UInt]) -> Int {
    u.isEmpty ? 0 : u.count * 64 - u[u.count - 1].leadingZeroBitCount
  }

  /// Drops leading zero words, so that zero is the empty array.
  @inline(__always)
  static func trim(_ u: inout [UInt]) {
    while let last = u.last, last == 0 { u.removeLast() }
  }

  /// -1, 0 or 1 as trimmed `u` is below, equal to or above trimmed `v`.
  static func compare(_ u: [UInt], _ v: [UInt]) -> Int {
    if u.count != v.count { return u.count < v.count ? -1 : 1 }
    for i in stride(from: u.count - 1, through: 0, by: -1) where u[i] != v[i] {
      return u[i] < v[i] ? -1 : 1
    }
    return 0
  }
}
