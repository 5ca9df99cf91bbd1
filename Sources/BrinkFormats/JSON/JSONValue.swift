import BrinkCore

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
  /// A value already written (`JSONText`): a large part of a document that is
  /// faster written straight to bytes than built as a tree and then walked.
  case text(JSONText)

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// The document as text, without a trailing newline.
  public func rendered() -> String {
    var out = JSONBytes()
    write(to: &out, indent: 0)
    return out.string
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object, .text: return false
    default: return true
    }
  }

  /// Writes the value at `indent` levels (the line it starts on is already padded).
  func write(to out: inout JSONBytes, indent: Int) {
    switch self {
    case .text(let text): text.write(to: &out, indent: indent)
    case .string(let s): out.appendString(s)
    case .int(let n): out.append(String(n))
    case .bool(let b): out.append(b ? "true" : "false")
    case .null: out.append("null")
    case .array(let items):
      if items.isEmpty { out.append("[]"); return }
      if items.allSatisfy(\.isScalar) {
        out.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
          if i > 0 { out.append(", ") }
          item.write(to: &out, indent: indent)
        }
        out.append(UInt8(ascii: "]"))
        return
      }
      out.append("[\n")
      for (i, item) in items.enumerated() {
        out.pad(indent + 1)
        item.write(to: &out, indent: indent + 1)
        out.append(i + 1 < items.count ? ",\n" : "\n")
      }
      out.pad(indent)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty { out.append("{}"); return }
      out.append("{\n")
      for (i, (key, value)) in members.enumerated() {
        out.pad(indent + 1)
        out.appendString(key)
        out.append(": ")
        value.write(to: &out, indent: indent + 1)
        out.append(i + 1 < members.count ? ",\n" : "\n")
      }
      out.pad(indent)
      out.append(UInt8(ascii: "}"))
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

/// The UTF-8 bytes of a JSON document being written (`JSONValue.rendered`): bytes
/// appended to an array and made a `String` once, rather than a `String` grown
/// piece by piece (each append checks uniqueness, capacity and breadcrumbs: half of
/// writing `brink solve --json`'s 2.5 MB for the 2018–19 tariff rounds, issue 11).
struct JSONBytes {
  private(set) var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(1 << 12) }

  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ other: JSONBytes) { bytes.append(contentsOf: other.bytes) }

  mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

  /// Two spaces per level.
  mutating func pad(_ levels: Int) {
    for _ in 0..<(2 * levels) { bytes.append(UInt8(ascii: " ")) }
  }

  /// `s` as a JSON string literal (`JSONValue.writeString`).
  mutating func appendString(_ s: String) {
    var s = s
    let plain = s.withUTF8 { utf8 -> Bool in
      guard !utf8.contains(where: JSONBytes.needsEscape) else { return false }
      bytes.append(UInt8(ascii: "\""))
      bytes.append(contentsOf: utf8)
      bytes.append(UInt8(ascii: "\""))
      return true
    }
    if plain { return }
    var text = ""
    JSONValue.writeString(s, to: &text)
    append(text)
  }

  static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// `x.description` as a JSON string literal (digits, `-` and `/` need no escape),
  /// a big denominator's digits shared through `denominators`.
  mutating func appendExact(_ x: Rational, denominators: inout Rational.DenominatorTexts) {
    bytes.append(UInt8(ascii: "\""))
    x.appendDescription(to: &bytes, denominators: &denominators)
    bytes.append(UInt8(ascii: "\""))
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }
}
