/// A JSON document with ordered object keys, written by hand so that output is
/// byte-for-byte stable: keys in the order given, a fixed layout, exact strings.
///
/// Layout: two-space indentation; an array whose elements are all scalars stays on
/// one line (`["1/3", "2/3"]`); other arrays and all non-empty objects put one
/// element per line. Strings are escaped per RFC 8259 §7 (quote, backslash and the
/// control characters); everything else is written as UTF-8.
public indirect enum JSONValue: Sendable, Hashable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// The document as text, without a trailing newline.
  public func rendered() -> String {
    var out = ""
    write(to: &out, indent: 0)
    return out
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .int(let n): out += String(n)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      if items.allSatisfy(\.isScalar) {
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += ", " }
          item.write(to: &out, indent: indent)
        }
        out += "]"
        return
      }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(to: &out, indent: indent + 1)
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      if members.isEmpty { out += "{}"; return }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "{\n"
      for (i, (key, value)) in members.enumerated() {
        out += pad
        JSONValue.writeString(key, to: &out)
        out += ": "
        value.write(to: &out, indent: indent + 1)
        out += i + 1 < members.count ? ",\n" : "\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// `s` as a JSON string literal (RFC 8259 §7): quotes, backslashes and control
  /// characters escaped. Public for the fuzz merge target's writer of edited shards.
  public static func writeString(_ s: String, to out: inout String) {
    out += "\""
    // Most strings (names, exact numbers) need no escape: appended whole, not
    // scalar by scalar (a tenth of `brink solve --json`'s time, issue 11).
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      out += s
      out += "\""
      return
    }
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case _ where c.value < 0x20 || c.value == 0x7F:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(c)
      }
    }
    out += "\""
  }
}
