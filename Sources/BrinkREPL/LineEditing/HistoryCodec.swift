/// The two formats a history file may be in, read and written line by line so
/// that sessions can append to one file without rewriting it:
/// - libedit's (`H_SAVE`): the header `_HiStOrY_V2_`, then one entry a line with
///   blanks, backslashes and control characters encoded by `strvis(3)` with
///   `VIS_WHITE` (`\040` for a space, `\\` for a backslash; `\M-` and `\^`
///   forms are decoded too);
/// - plain: one entry a line, as typed (a file written by hand or by another tool).
/// A file brink creates is in libedit's format, so older brinks (which load it
/// with `H_LOAD`) still read it.
enum HistoryCodec {
  static let header = "_HiStOrY_V2_"

  /// The entries of a history file's text, oldest first.
  static func decode(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    guard lines.first == header else { return lines.filter { !$0.isEmpty } }
    lines.removeFirst()
    return lines.map(unvis).filter { !$0.isEmpty }
  }

  /// One entry as a line of a file in the given format (without the newline).
  static func encode(_ entry: String, libedit: Bool) -> String {
    guard libedit else { return entry.replacingControlCharacters() }
    var result: [UInt8] = []
    for byte in entry.utf8 {
      switch byte {
      case UInt8(ascii: "\\"):
        result += [byte, byte]
      case 0..<0x21, 0x7f:  // blanks and controls as `\ooo`; UTF-8 passes through
        result += [UInt8(ascii: "\\"), 0x30 + (byte >> 6), 0x30 + ((byte >> 3) & 7), 0x30 + (byte & 7)]
      default:
        result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// `strunvis(3)` of one line: octal `\ooo`, `\\`, C escapes, `\M-x`, `\^x`.
  static func unvis(_ line: String) -> String {
    let b = Array(line.utf8)
    var out: [UInt8] = []
    var i = 0
    func octal(_ c: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(c) }
    while i < b.count {
      guard b[i] == UInt8(ascii: "\\"), i + 1 < b.count else {
        out.append(b[i])
        i += 1
        continue
      }
      let c = b[i + 1]
      if octal(c) {
        var value = 0, n = 0
        while n < 3, i + 1 + n < b.count, octal(b[i + 1 + n]) {
          value = value * 8 + Int(b[i + 1 + n] - UInt8(ascii: "0"))
          n += 1
        }
        out.append(UInt8(truncatingIfNeeded: value))
        i += 1 + n
        continue
      }
      switch c {
      case UInt8(ascii: "s"): out.append(0x20)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "n"): out.append(0x0a)
      case UInt8(ascii: "r"): out.append(0x0d)
      case UInt8(ascii: "M") where i + 3 < b.count && b[i + 2] == UInt8(ascii: "-"):
        out.append(b[i + 3] | 0x80)
        i += 4
        continue
      case UInt8(ascii: "M") where i + 3 < b.count && b[i + 2] == UInt8(ascii: "^"):
        out.append((b[i + 3] == UInt8(ascii: "?") ? 0x7f : b[i + 3] & 0x1f) | 0x80)
        i += 4
        continue
      case UInt8(ascii: "^") where i + 2 < b.count:
        out.append(b[i + 2] == UInt8(ascii: "?") ? 0x7f : b[i + 2] & 0x1f)
        i += 3
        continue
      default: out.append(c)  // `\\` and any other escaped character
      }
      i += 2
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  /// Control characters (which would break a plain line) as spaces.
  fileprivate func replacingControlCharacters() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? " " : $0 }))
  }
}
