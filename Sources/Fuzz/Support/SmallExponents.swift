/// Input text with every decimal exponent of three digits or more that brink would
/// accept (100 to 10,000, as in `1e9999`) cut to its last two digits (`1e99`),
/// for the targets that read numbers (`fuzz-nfg`, `fuzz-scenario`).
///
/// `Rational` reads such a number exactly, and 10^9999 is a 33,000-bit integer
/// built by repeated squaring, then reduced, written and read again: milliseconds
/// a number with the fuzzer's comparison tracing in `BigInt`'s loops. The fuzzer
/// keeps such inputs (each is new coverage of the big-integer code) and mutates
/// them, so in the campaign of 7 December 2026 `fuzz-nfg` ran 157 inputs a second
/// where it runs thousands, most of its time in `BigUInt.power` under
/// `Rational.parseDecimal` (perf, `fuzz-nfg` on the campaign's corpus); cut to
/// three digits, `1e999` still took a fifth of it. An exponent of two digits
/// (beyond the 18 that fit in an `Int64`) takes the same paths in the reader, the
/// writer and the big-integer code at a small part of the cost; exponents beyond
/// the limit (`1e10001`, refused without building anything) and the mantissa are
/// kept.
public enum SmallExponents {
  /// `bytes` with each such exponent shortened; the same array when there is none.
  public static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      out.append(c)
      i += 1
      // An exponent marker after a digit or a point.
      guard c == UInt8(ascii: "e") || c == UInt8(ascii: "E"), i >= 2, isDigitOrPoint(bytes[i - 2]) else { continue }
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
        out.append(bytes[i])
        i += 1
      }
      var end = i
      var value = 0
      while end < bytes.count, isDigit(bytes[end]) {
        if value <= 10_000 { value = value * 10 + Int(bytes[end] - 48) }
        end += 1
      }
      if end - i >= 3 && value >= 100 && value <= 10_000 { i = end - 2 }
    }
    return out
  }

  static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
  static func isDigitOrPoint(_ c: UInt8) -> Bool { isDigit(c) || c == UInt8(ascii: ".") }

  /// `cut` as text (invalid UTF-8 replaced, as the targets read their inputs).
  public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: cut(UnsafeBufferPointer(start: data, count: size)), as: UTF8.self)
  }
}
