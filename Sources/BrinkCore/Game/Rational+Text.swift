import BigInt

/// Reading and writing exact numbers as text: `7`, `-3`, `0.1`, `-2.50`, `1/3`, `+4`,
/// `1e3`, `2.5E-2`.
extension Rational: LosslessStringConvertible, CustomStringConvertible {
  /// Parses an integer, a decimal (with optional exponent) or a fraction `p/q`.
  ///
  /// Edge cases: returns `nil` for an empty string, a zero denominator, stray
  /// characters, or an exponent beyond ±10,000 (which would build huge integers).
  public init?(_ text: String) {
    let s = Substring(text)
    if let slash = s.firstIndex(of: "/") {
      guard let n = Rational.parseDecimal(s[..<slash]),
        let d = Rational.parseDecimal(s[s.index(after: slash)...]),
        !d.isZero
      else { return nil }
      self = n / d
    } else {
      guard let v = Rational.parseDecimal(s) else { return nil }
      self = v
    }
  }

  /// Parses `[+-]digits[.digits][(e|E)[+-]digits]`.
  static func parseDecimal(_ s: Substring) -> Rational? {
    var chars = s.utf8[...]
    guard !chars.isEmpty else { return nil }
    var negative = false
    if let c = chars.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
      negative = c == UInt8(ascii: "-")
      chars = chars.dropFirst()
    }
    var digits = [UInt8]()
    var fractionDigits = 0
    var seenPoint = false
    var seenDigit = false
    while let c = chars.first {
      if c >= 48 && c <= 57 {
        digits.append(c - 48)
        if seenPoint { fractionDigits += 1 }
        seenDigit = true
      } else if c == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else {
        break
      }
      chars = chars.dropFirst()
    }
    guard seenDigit else { return nil }
    var exponent = 0
    if let c = chars.first, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
      chars = chars.dropFirst()
      var expNegative = false
      if let c = chars.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
        expNegative = c == UInt8(ascii: "-")
        chars = chars.dropFirst()
      }
      guard !chars.isEmpty, chars.count <= 5 else { return nil }
      var e = 0
      for c in chars {
        guard c >= 48 && c <= 57 else { return nil }
        e = e * 10 + Int(c - 48)
      }
      guard e <= 10_000 else { return nil }
      exponent = expNegative ? -e : e
      chars = chars[chars.endIndex...]
    }
    guard chars.isEmpty, digits.count <= 10_000 else { return nil }
    let scale = exponent - fractionDigits
    // The common case (`3`, `-0.25`, `1e-3`): numerator and power of ten both below
    // 10¹⁸, so the value is built in `Int64` and reduced with `gcd64`, to the same
    // lowest terms `normalized` would store, without a `BigInt` (which made number
    // parsing most of the time `brink check` takes on a large file).
    if digits.count <= 18, scale >= -18, scale <= 18 - digits.count {
      var n: Int64 = 0
      for d in digits { n = n * 10 + Int64(d) }
      if negative { n = -n }
      var power: Int64 = 1
      for _ in 0..<abs(scale) { power *= 10 }
      if scale >= 0 { return Rational(storage: .small(n * power, 1)) }
      let g = gcd64(n, power)
      return Rational(storage: .small(n / g, power / g))
    }
    var n = BigInt(0)
    for d in digits { n = n * 10 + BigInt(d) }
    if negative { n = -n }
    if scale >= 0 {
      return Rational(n * BigInt(10).power(scale), 1)
    }
    return Rational(n, BigInt(10).power(-scale))
  }

  /// `3`, `-1/3`: the exact form, as written back to files and JSON.
  public var description: String {
    switch storage {
    case .small(let n, let d): return d == 1 ? "\(n)" : "\(n)/\(d)"
    case .big(let n, let d):
      // Written digit by digit into bytes: `brink solve --json` writes thousands of
      // fractions of hundreds of digits, and `BigInt`'s own conversion made a
      // `String` per 19 digits (a tenth of its time on the 2018–19 tariff rounds,
      // issue 11). Same text: `-`, the digits, and `/` and the denominator's.
      var bytes = [UInt8]()
      bytes.reserveCapacity((n.magnitude.bitWidth + d.magnitude.bitWidth) * 30 / 99 + 4)
      Rational.appendDecimal(n, to: &bytes)
      // `d != 1` without making a `BigInt` of the literal (the denominator is positive).
      if d.magnitude.bitWidth != 1 {
        bytes.append(UInt8(ascii: "/"))
        Rational.appendDecimal(d, to: &bytes)
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Big denominators' digits, each written once (`appendDescription(to:denominators:)`).
  public struct DenominatorTexts {
    var digits = [BigInt: [UInt8]]()
    public init() {}
  }

  /// `description`'s UTF-8 appended to `bytes`, a big denominator's digits taken from
  /// `denominators` once written there: the thousands of values of a solve share a
  /// few hundred denominators (the 2018–19 tariff rounds: 7,612 values, 235
  /// denominators), and writing each again was half of writing the values (issue 11).
  public func appendDescription(to bytes: inout [UInt8], denominators: inout DenominatorTexts) {
    guard case .big(let n, let d) = storage else {
      bytes.append(contentsOf: description.utf8)
      return
    }
    Rational.appendDecimal(n, to: &bytes)
    // `d != 1` without making a `BigInt` of the literal, as `description` does.
    guard d.magnitude.bitWidth != 1 else { return }
    bytes.append(UInt8(ascii: "/"))
    if let digits = denominators.digits[d] {
      bytes.append(contentsOf: digits)
    } else {
      var digits = [UInt8]()
      Rational.appendDecimal(d, to: &digits)
      denominators.digits[d] = digits
      bytes.append(contentsOf: digits)
    }
  }

  /// `x` in decimal, as `"\(x)"` writes it: repeated division of its words by
  /// 10^19 in place, then the chunks from the top, each but the first padded to 19 digits.
  static func appendDecimal(_ x: BigInt, to bytes: inout [UInt8]) {
    if x.signum() < 0 { bytes.append(UInt8(ascii: "-")) }
    var words = Array(x.magnitude.words)
    var top = words.count
    while top > 0 && words[top - 1] == 0 { top -= 1 }
    if top == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    let chunk: UInt = 10_000_000_000_000_000_000
    var chunks = [UInt]()
    chunks.reserveCapacity(top * 64 / 63 + 1)
    while top > 0 {
      var r: UInt = 0
      for i in stride(from: top - 1, through: 0, by: -1) {
        (words[i], r) = chunk.dividingFullWidth((r, words[i]))
      }
      chunks.append(r)
      while top > 0 && words[top - 1] == 0 { top -= 1 }
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 19) { digits in
      for (k, c) in chunks.reversed().enumerated() {
        var c = c, count = 0
        repeat {
          digits[18 - count] = UInt8(ascii: "0") + UInt8(c % 10)
          c /= 10
          count += 1
        } while c > 0
        if k > 0 {
          while count < 19 {
            digits[18 - count] = UInt8(ascii: "0")
            count += 1
          }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(19 - count)...]))
      }
    }
  }

  /// A decimal rendering for reading, e.g. `0.3333` for 1/3 with 4 places.
  /// Trailing zeros are dropped; integers print without a point.
  /// - Parameter nearest: `doubleValue`, when the caller already has it (a solved
  ///   node keeps it beside the exact value): converting a fraction of hundreds of
  ///   digits again was a third of `brink solve`'s rendering (issue 11).
  public func decimalString(places: Int = 4, nearest: Double? = nil) -> String {
    assert(nearest == nil || nearest!.bitPattern == doubleValue.bitPattern, "nearest is not this number's doubleValue")
    // |x|·10^places rounded half away from zero, in words when it fits (`brink
    // solve` prints thousands of these), else in big integers.
    var digits: String
    if let q = roundedScaledMagnitude(places: places) ?? boundedScaledMagnitude(places: places, nearest: nearest) {
      if places <= 18 { return Rational.decimal(q, places: places, negative: signum < 0) }
      digits = String(q)
    } else {
      let scale = BigInt(10).power(places)
      let scaled = numerator.magnitude * scale.magnitude
      var (q, r) = scaled.quotientAndRemainder(dividingBy: denominator.magnitude)
      if r * 2 >= denominator.magnitude { q += 1 }  // round half away from zero
      digits = String(q)
    }
    let roundsToZero = digits == "0"
    if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
    let intPart = digits.prefix(digits.count - places)
    var frac = digits.suffix(places)
    while frac.last == "0" { frac = frac.dropLast() }
    let sign = (signum < 0 && !roundsToZero) ? "-" : ""
    return frac.isEmpty ? "\(sign)\(intPart)" : "\(sign)\(intPart).\(frac)"
  }

  /// The text `decimalString` makes of `q = round(|x|·10^places)`, written in bytes
  /// (`brink solve` writes thousands, issue 11): the integer part, then the
  /// fraction's digits without trailing zeros, and a minus unless it rounds to 0.
  private static func decimal(_ q: UInt64, places: Int, negative: Bool) -> String {
    var scale: UInt64 = 1
    for _ in 0..<places { scale *= 10 }
    var whole = q / scale, fraction = q % scale
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
      var end = 48
      var places = places
      // The fraction's digits, trailing zeros dropped.
      while places > 0 && fraction % 10 == 0 {
        fraction /= 10
        places -= 1
      }
      if places > 0 {
        for _ in 0..<places {
          end -= 1
          buffer[end] = UInt8(ascii: "0") + UInt8(fraction % 10)
          fraction /= 10
        }
        end -= 1
        buffer[end] = UInt8(ascii: ".")
      }
      repeat {
        end -= 1
        buffer[end] = UInt8(ascii: "0") + UInt8(whole % 10)
        whole /= 10
      } while whole > 0
      if negative && q != 0 {
        end -= 1
        buffer[end] = UInt8(ascii: "-")
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
    }
  }

  /// `round(|x|·10^places)`, half away from zero, from the nearest `Double`, when
  /// that cannot be wrong: |x|·10^places below 10^9 (so the `Double`'s error, a few
  /// parts in 10^16 of it, stays under 10^-6) and its fraction more than 10^-4 from
  /// one half, the only place where rounding jumps. Else nil, and the caller divides
  /// exactly. A 20-round ladder's values are fractions of hundreds of digits; `brink
  /// solve` prints thousands of them to 4 places (issue 11), and a big division each
  /// was a tenth of its time.
  private func boundedScaledMagnitude(places: Int, nearest: Double?) -> UInt64? {
    guard places >= 0, places <= 8 else { return nil }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let q = (nearest ?? doubleValue).magnitude * scale
    guard q.isFinite, q < 1e9 else { return nil }
    let fraction = q - q.rounded(.down)
    guard abs(fraction - 0.5) > 1e-4 else { return nil }
    return UInt64(q.rounded(.toNearestOrAwayFromZero))
  }

  /// `round(|x|·10^places)`, half away from zero, when `x` is stored small and the
  /// result fits in a word; else nil.
  private func roundedScaledMagnitude(places: Int) -> UInt64? {
    guard case .small(let n, let d) = storage, places >= 0, places <= 19 else { return nil }
    var scale: UInt64 = 1
    for _ in 0..<places { scale *= 10 }
    let (high, low) = n.magnitude.multipliedFullWidth(by: scale)
    let divisor = UInt64(d)
    guard high < divisor else { return nil }
    let (q, r) = divisor.dividingFullWidth((high, low))
    if r >= divisor - r {
      guard q < .max else { return nil }
      return q + 1
    }
    return q
  }
}

extension Rational: ExpressibleByIntegerLiteral {}
