/// Where a value sits in a JSON text (RFC 8259), so that a diagnostic about a shard
/// file points at the field, not at the file's first character.
///
/// Why our own scan: `JSONDecoder` reports a coding path but no position, and on
/// Linux it reports a number that does not fit its field (`1.5` or `1e30` for an
/// `Int`) as "not valid JSON" with no path at all. One pass over the UTF-8 bytes
/// finds a value by its path, the first syntax error, or the first number that is
/// not a whole 64-bit integer. Nesting is capped (`maximumDepth`) so that a hostile
/// file cannot exhaust the stack.
public struct JSONLocator: Sendable {
  /// One step of a path: an object member or an array element.
  public enum Step: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  /// What is wrong at `offset` (UTF-8 bytes from the start), found at `path`.
  public struct Problem: Sendable, Equatable {
    public var offset: Int
    public var path: [Step]
    public var message: String
  }

  /// Deeper nesting is a problem, not a recursion (the shard formats nest 6 deep).
  public static let maximumDepth = 256

  let bytes: [UInt8]

  public init(_ text: String) { bytes = Array(text.utf8) }

  /// The offset of the value at `path`; nil when the text has no such value or is
  /// not JSON before it.
  public func offset(of path: [Step]) -> Int? {
    var scan = Scan(bytes: bytes, target: path, fractionKeys: [])
    do { try scan.document() } catch .found(let at) { return at } catch { return nil }
    return nil
  }

  /// The first syntax error, or else the first number that is not a whole number
  /// from −2⁶³ to 2⁶⁴ − 1, skipping numbers under a key in `fractionKeys` (fields
  /// that hold fractions). Nil when there is neither.
  public func firstProblem(fractionKeys: Set<String> = []) -> Problem? {
    var scan = Scan(bytes: bytes, target: nil, fractionKeys: fractionKeys)
    do { try scan.document() } catch .problem(let p) { return p } catch { return nil }
    return nil
  }

  /// Line and column (from 1; columns count Unicode scalars, as `SourceLocation`) of `offset`.
  public func location(of offset: Int, file: String) -> SourceLocation {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var column = 1
    for b in bytes[..<end] {
      if b == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(file: file, line: line, column: column)
  }

  /// `statistics.occupancy[0][2]`: keys joined by dots, indices in brackets.
  public static func describe(_ path: [Step]) -> String {
    var out = ""
    for step in path {
      switch step {
      case .key(let k): out += out.isEmpty ? k : ".\(k)"
      case .index(let i): out += "[\(i)]"
      }
    }
    return out
  }

  /// The path a decoding error names (integer keys are array indices).
  public static func path(_ codingPath: [any CodingKey]) -> [Step] {
    codingPath.map { key in key.intValue.map(Step.index) ?? .key(key.stringValue) }
  }

  /// Reads back `describe`'s form (`a.b[2].c`); a malformed part ends the path there.
  public static func path(field: String) -> [Step] {
    var steps = [Step]()
    for part in field.split(separator: ".", omittingEmptySubsequences: false) {
      var rest = Substring(part)
      let name = rest.prefix { $0 != "[" }
      if !name.isEmpty { steps.append(.key(String(name))) }
      rest = rest.dropFirst(name.count)
      while rest.first == "[", let close = rest.firstIndex(of: "]"), let i = Int(rest[rest.index(after: rest.startIndex)..<close]) {
        steps.append(.index(i))
        rest = rest[rest.index(after: close)...]
      }
      guard rest.isEmpty else { return steps }
    }
    return steps
  }
}

extension JSONLocator {
  enum Stop: Error {
    case found(Int)
    case problem(Problem)
  }

  /// A recursive-descent pass (RFC 8259 §2–7), stopping at the target or a problem.
  struct Scan {
    let bytes: [UInt8]
    let target: [Step]?
    let fractionKeys: Set<String>
    var i = 0
    var path = [Step]()

    init(bytes: [UInt8], target: [Step]?, fractionKeys: Set<String>) {
      self.bytes = bytes
      self.target = target
      self.fractionKeys = fractionKeys
    }

    func fail(_ message: String, at offset: Int? = nil) -> Stop {
      .problem(Problem(offset: offset ?? i, path: path, message: message))
    }

    var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpace() {
      while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 }
    }

    mutating func document() throws(Stop) {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
      try value(depth: 0)
      skipSpace()
      if current != nil { throw fail("unexpected text after the JSON value") }
    }

    mutating func value(depth: Int) throws(Stop) {
      skipSpace()
      if let target, target == path { throw .found(i) }
      guard depth < JSONLocator.maximumDepth else { throw fail("nested more than \(JSONLocator.maximumDepth) deep") }
      guard let b = current else { throw fail("the text ends where a value should be") }
      switch b {
      case UInt8(ascii: "{"): try object(depth: depth)
      case UInt8(ascii: "["): try array(depth: depth)
      case UInt8(ascii: "\""): _ = try string()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      default: throw fail("expected a value")
      }
    }

    mutating func object(depth: Int) throws(Stop) {
      i += 1
      skipSpace()
      if current == UInt8(ascii: "}") { i += 1; return }
      while true {
        skipSpace()
        guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
        let key = try string()
        skipSpace()
        guard current == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
        i += 1
        path.append(.key(key))
        try value(depth: depth + 1)
        path.removeLast()
        skipSpace()
        switch current {
        case UInt8(ascii: ","): i += 1
        case UInt8(ascii: "}"): i += 1; return
        default: throw fail("expected ',' or '}'")
        }
      }
    }

    mutating func array(depth: Int) throws(Stop) {
      i += 1
      skipSpace()
      if current == UInt8(ascii: "]") { i += 1; return }
      var index = 0
      while true {
        path.append(.index(index))
        try value(depth: depth + 1)
        path.removeLast()
        index += 1
        skipSpace()
        switch current {
        case UInt8(ascii: ","): i += 1
        case UInt8(ascii: "]"): i += 1; return
        default: throw fail("expected ',' or ']'")
        }
      }
    }

    /// A string's text; escapes are decoded only as far as a key comparison needs
    /// (`\uXXXX` outside ASCII is kept as its scalar; surrogate pairs as two).
    mutating func string() throws(Stop) -> String {
      let start = i
      i += 1
      var scalars = String.UnicodeScalarView()
      var raw = [UInt8]()
      while true {
        guard let b = current else { throw fail("a string is not closed", at: start) }
        if b == UInt8(ascii: "\"") { i += 1; break }
        if b < 0x20 { throw fail("a control character inside a string") }
        if b == UInt8(ascii: "\\") {
          scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
          raw.removeAll()
          i += 1
          guard let e = current else { throw fail("a string is not closed", at: start) }
          i += 1
          switch e {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(e))
          case UInt8(ascii: "b"): scalars.append("\u{8}")
          case UInt8(ascii: "f"): scalars.append("\u{C}")
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "u"):
            guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
              throw fail("a bad \\u escape", at: i - 2)
            }
            i += 4
            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
          default: throw fail("a bad escape in a string", at: i - 2)
          }
        } else {
          raw.append(b)
          i += 1
        }
      }
      scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
      return String(scalars)
    }

    mutating func literal(_ word: StaticString) throws(Stop) {
      let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
      guard bytes.count - i >= expected.count, bytes[i..<(i + expected.count)].elementsEqual(expected) else {
        throw fail("expected a value")
      }
      i += expected.count
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, then, unless the key allows
    /// fractions, whether it is a whole number a 64-bit integer holds.
    mutating func number() throws(Stop) {
      let start = i
      let negative = current == UInt8(ascii: "-")
      if negative { i += 1 }
      func digits(_ scan: inout Scan) -> [UInt8] {
        let from = scan.i
        while let b = scan.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) { scan.i += 1 }
        return Array(scan.bytes[from..<scan.i])
      }
      let whole = digits(&self)
      guard !whole.isEmpty, whole.count == 1 || whole[0] != UInt8(ascii: "0") else { throw fail("a malformed number", at: start) }
      var fraction = [UInt8]()
      if current == UInt8(ascii: ".") {
        i += 1
        fraction = digits(&self)
        guard !fraction.isEmpty else { throw fail("a malformed number", at: start) }
      }
      var exponent = 0
      if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
        i += 1
        var sign = 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { sign = current == UInt8(ascii: "-") ? -1 : 1; i += 1 }
        let e = digits(&self)
        guard !e.isEmpty else { throw fail("a malformed number", at: start) }
        exponent = sign * (e.count > 6 ? 1_000_000 : Int(String(decoding: e, as: UTF8.self))!)
      }
      if case .key(let k)? = path.last(where: { if case .key = $0 { true } else { false } }), fractionKeys.contains(k) { return }
      guard target == nil else { return }
      let text = String(decoding: bytes[start..<i], as: UTF8.self)
      if !Self.isWholeInt64Range(digits: whole + fraction, exponent: exponent - fraction.count, negative: negative) {
        throw fail("\(text) is not a whole number that fits 64 bits", at: start)
      }
    }

    /// Whether `digits × 10^exponent` (with its sign) is whole and in −2⁶³...2⁶⁴ − 1.
    static func isWholeInt64Range(digits: [UInt8], exponent: Int, negative: Bool) -> Bool {
      var d = digits.drop { $0 == UInt8(ascii: "0") }
      var e = exponent
      guard !d.isEmpty else { return true }
      while d.last == UInt8(ascii: "0") { d.removeLast(); e += 1 }
      guard e >= 0, d.count + e <= 20 else { return false }
      let text = String(decoding: d, as: UTF8.self) + String(repeating: "0", count: e)
      return negative ? Int64("-" + text) != nil : UInt64(text) != nil
    }
  }
}
