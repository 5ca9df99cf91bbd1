import BrinkCore
import Yams

/// Payoff expressions and joint-move keys, the two small languages inside scalars.
extension ScenarioParser {
  /// A payoff: `3`, `-1/3`, `-2 - us_tariff/100`, `5 + 1/2*deal_value`.
  ///
  /// Grammar (whitespace ignored): `expr := ['+'|'-'] term (('+'|'-') term)*`,
  /// `term := number | name | number '*' name | name '*' number | name '/' number`,
  /// where `number` is anything `Rational` reads (including `p/q`).
  func expression(_ node: Yams.Node, for what: String) -> ExpressionSyntax? {
    guard let text = read.scalarText(node), !text.value.isEmpty else {
      read.typeError(node, expected: "a number", for: what)
      return nil
    }
    // Columns inside the text: a quoted scalar starts one column after its mark.
    var quoted = false
    if case .scalar(let s) = node, s.style == .singleQuoted || s.style == .doubleQuoted { quoted = true }
    let base = text.location.column + (quoted ? 1 : 0)
    guard let parsed = Self.parseExpression(text.value) else {
      sink.error(at: text.location, "expected a number or an expression like '-2 - us_tariff/100' for \(what), found '\(text.value)'",
                 length: text.length)
      return nil
    }
    guard read.withinMagnitude(parsed.constant, text: text, for: what),
      parsed.terms.allSatisfy({ read.withinMagnitude($0.coefficient, text: text, for: what) })
    else { return nil }
    var terms: [(variable: Located<String>, coefficient: Rational)] = []
    for t in parsed.terms {
      var at = text.location
      at.column = base + t.offset
      terms.append((Located(t.name, at: at, length: t.name.count), t.coefficient))
    }
    return ExpressionSyntax(constant: parsed.constant, terms: terms, location: text.location)
  }

  /// The pure part of `expression`: nil when the text does not follow the grammar.
  static func parseExpression(_ text: String) -> (constant: Rational, terms: [(name: String, offset: Int, coefficient: Rational)])? {
    if let r = Rational(text.trimmingSpaces) { return (r, []) }
    // 1. Split into signed terms at '+'/'-' (except the sign of an exponent, `1e-3`).
    var pieces: [(sign: Rational, text: String, offset: Int)] = []
    var current = "", start = 0, sign = Rational.one, sawOperator = false
    for (i, c) in text.unicodeScalars.enumerated() {
      let trimmed = current.trimmingSpaces
      let isExponentSign = (trimmed.hasSuffix("e") || trimmed.hasSuffix("E")) && Rational(String(trimmed.dropLast())) != nil
      if (c == "+" || c == "-") && !isExponentSign {
        if trimmed.isEmpty {
          // A leading sign is fine once; "3 - - x" or "3 -" are not.
          guard !sawOperator, pieces.isEmpty else { return nil }
        } else {
          let lead = current.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
          pieces.append((sign, trimmed, start + lead))
        }
        sawOperator = true
        sign = c == "-" ? -1 : 1
        current = ""
        start = i + 1
      } else {
        current.unicodeScalars.append(c)
      }
    }
    let last = current.trimmingSpaces
    guard !last.isEmpty else { return nil }
    pieces.append((sign, last, start + current.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count))
    // 2. Read each term.
    var constant = Rational.zero
    var terms: [(String, Int, Rational)] = []
    for piece in pieces {
      if let r = Rational(piece.text) { constant += piece.sign * r; continue }
      let parts = piece.text.split(separator: "*", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
      var name: String, coefficient: Rational
      if parts.count == 2 {
        if let r = Rational(parts[0]), YAMLNodeReader.isName(parts[1]) {
          (name, coefficient) = (parts[1], r)
        } else if let r = Rational(parts[1]), YAMLNodeReader.isName(parts[0]) {
          (name, coefficient) = (parts[0], r)
        } else { return nil }
      } else if parts.count == 1 {
        let slash = parts[0].split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        if slash.count == 1, YAMLNodeReader.isName(slash[0]) {
          (name, coefficient) = (slash[0], .one)
        } else if slash.count == 2, YAMLNodeReader.isName(slash[0]), let d = Rational(slash[1]), !d.isZero {
          (name, coefficient) = (slash[0], d.reciprocal)
        } else { return nil }
      } else { return nil }
      let nameOffset = piece.offset + Self.scalarOffset(of: name, in: piece.text)
      terms.append((name, nameOffset, piece.sign * coefficient))
    }
    return (constant, terms)
  }

  /// `hold/enforce`, `any/enforce`: the first player's move, a slash, the second's.
  func jointKey(_ keyNode: Yams.Node, for what: String) -> JointKeySyntax? {
    guard let key = read.scalarText(keyNode) else {
      sink.error(at: read.location(keyNode), "expected 'move/move' as a key in \(what), found \(read.describe(keyNode))")
      return nil
    }
    let parts = key.value.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
    guard parts.count == 2, parts.allSatisfy({ YAMLNodeReader.isName($0) }) else {
      sink.error(at: key.location, "expected 'move/move' (first player's move, second player's move; 'any' for every move) in \(what), found '\(key.value)'",
                 length: key.length)
      return nil
    }
    let slashOffset = key.value.unicodeScalars.firstIndex(of: "/").map { key.value.unicodeScalars.distance(from: key.value.unicodeScalars.startIndex, to: $0) } ?? 0
    var secondLocation = key.location
    secondLocation.column += slashOffset + 1
    return JointKeySyntax(
      text: key,
      first: parts[0] == "any" ? nil : Located(parts[0], at: key.location, length: parts[0].count),
      second: parts[1] == "any" ? nil : Located(parts[1], at: secondLocation, length: parts[1].count))
  }

  /// Where `needle` first starts in `haystack`, counted in Unicode scalars (0 if absent).
  static func scalarOffset(of needle: String, in haystack: String) -> Int {
    let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
    guard !n.isEmpty, h.count >= n.count else { return 0 }
    for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
    return 0
  }
}
