import BigInt

/// Signed integers of a fixed number of 64-bit words, in two's complement, held
/// side by side in one flat `[UInt]` (little-endian words): the numerators of a
/// round of backward induction over one common denominator
/// (`CommonDenominatorSweep`).
///
/// Why not `BigInt`: the sweep's inner step is `x += k·y` with `k` a machine
/// integer, about a hundred times per node. With `BigInt` each step allocates a
/// result and retains and releases its words; here it is one pass over `width`
/// words with no allocation, the "multiply by a single-precision number and add"
/// of Knuth, *The Art of Computer Programming*, vol. 2 (3rd ed.), §4.3.1,
/// exercise 13. Arithmetic is modulo 2^(64·width): every intermediate sum may wrap,
/// and the final value is exact as long as it fits in `width` words with its sign
/// bit, which the caller guarantees from bounds on its operands (Knuth §4.3.1 on
/// complement notation).
enum TwosComplementWords {
  /// `x[0..<width] += k · y[0..<width]` modulo 2^(64·width).
  /// - Complexity: O(width), no allocation.
  @inline(__always)
  static func multiplyAdd(_ x: UnsafeMutablePointer<UInt>, _ y: UnsafePointer<UInt>, by k: Int64, width: Int) {
    if k == 0 { return }
    let m = UInt(k.magnitude)
    var carry: UInt = 0
    if k > 0 {
      for i in 0..<width {
        let (hi, lo) = m.multipliedFullWidth(by: y[i])
        let (s1, c1) = lo.addingReportingOverflow(carry)
        let (s2, c2) = x[i].addingReportingOverflow(s1)
        x[i] = s2
        carry = hi &+ (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
      }
    } else {
      var borrow: UInt = 0
      for i in 0..<width {
        let (hi, lo) = m.multipliedFullWidth(by: y[i])
        let (p, c1) = lo.addingReportingOverflow(carry)
        carry = hi &+ (c1 ? 1 : 0)
        let (d1, b1) = x[i].subtractingReportingOverflow(p)
        let (d2, b2) = d1.subtractingReportingOverflow(borrow)
        x[i] = d2
        borrow = (b1 || b2) ? 1 : 0
      }
    }
  }

  /// Writes `value` into `width` words; the caller has checked that it fits with its sign bit.
  static func store(_ value: BigInt, into x: UnsafeMutablePointer<UInt>, width: Int) {
    let words = Array(value.magnitude.words)
    for i in 0..<width { x[i] = i < words.count ? words[i] : 0 }
    if value.signum() < 0 { negate(x, width: width) }
  }

  /// The signed number in `width` words.
  static func load(_ x: UnsafePointer<UInt>, width: Int) -> BigInt {
    var words = Array(UnsafeBufferPointer(start: x, count: width))
    let negative = width > 0 && words[width - 1] >> 63 == 1
    if negative { words.withUnsafeMutableBufferPointer { negate($0.baseAddress!, width: width) } }
    let magnitude = BigUInt(words: words)
    return negative ? -BigInt(magnitude) : BigInt(magnitude)
  }

  /// The number in `width` words as an `Int64`, when it fits.
  static func int64(_ x: UnsafePointer<UInt>, width: Int) -> Int64? {
    let low = Int64(bitPattern: UInt64(x[0]))
    let fill: UInt = low < 0 ? .max : 0
    for i in 1..<max(width, 1) where x[i] != fill { return nil }
    return low
  }

  /// `x ← −x` modulo 2^(64·width).
  static func negate(_ x: UnsafeMutablePointer<UInt>, width: Int) {
    var carry: UInt = 1
    for i in 0..<width {
      let (s, c) = (~x[i]).addingReportingOverflow(carry)
      x[i] = s
      carry = c ? 1 : 0
    }
  }

  /// Copies `count` numbers of `from` words into numbers of `to ≥ from` words,
  /// extending each sign.
  static func widened(_ x: [UInt], count: Int, from: Int, to: Int) -> [UInt] {
    if from == to { return x }
    var out = [UInt](repeating: 0, count: count * to)
    for k in 0..<count {
      for i in 0..<from { out[k * to + i] = x[k * from + i] }
      if from > 0, x[k * from + from - 1] >> 63 == 1 {
        for i in from..<to { out[k * to + i] = .max }
      }
    }
    return out
  }
}
