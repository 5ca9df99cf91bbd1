import BrinkCore
import Yams

/// The condition language of `when:` and `available_when:` (Docs/scenario-format.md,
/// "Conditions"), a third small language inside scalars.
///
/// Grammar (whitespace ignored; `and`, `or`, `not` and `date` are reserved words):
/// ```
/// condition  := conjunct ('or' conjunct)*
/// conjunct   := unary ('and' unary)*
/// unary      := 'not' unary | '(' condition ')' | comparison
/// comparison := side REL side          REL := < | <= | > | >= | == | !=
/// side       := 'date' | YYYY-MM-DD | expression   (the payoff grammar)
/// ```
/// A comparison with `date` on one side has a date on the other; otherwise both
/// sides are expressions of the variables. `and` binds tighter than `or`.
extension ScenarioParser {
  /// Reads a condition scalar; reports at the offending column and returns nil
  /// when it does not follow the grammar.
  func condition(_ node: Yams.Node, for what: String) -> WhenSyntax? {
    guard let text = read.scalarText(node), !text.value.trimmingSpaces.isEmpty else {
      read.typeError(node, expected: "a condition such as 'date < 2025-11-03'", for: what)
      return nil
    }
    var quoted = false
    if case .scalar(let s) = node, s.style == .singleQuoted || s.style == .doubleQuoted { quoted = true }
    var parser = ConditionTextParser(text: text.value, base: text.location, columnOffset: quoted ? 1 : 0)
    do {
      let c = try parser.parse()
      return WhenSyntax(condition: c, text: text)
    } catch {
      sink.error(at: error.location, "\(error.message) in the condition of \(what)", length: error.length,
                 notes: ["a condition compares 'date' with a day (date < 2025-11-03) or expressions of variables (us_tariff >= 100), joined by 'and', 'or', 'not' and parentheses"])
      return nil
    }
  }
}

/// A syntax error inside a condition, with where it is.
struct ConditionTextError: Error {
  var message: String
  var location: SourceLocation
  var length: Int
}

/// Recursive descent over the tokens of one condition (see the grammar above).
struct ConditionTextParser {
  enum Token: Equatable {
    case open, close, and, or, not
    case relation(Condition.Relation)
    /// A comparison side: its text, trimmed.
    case side(String)
  }

  var tokens: [(token: Token, offset: Int, length: Int)] = []
  var position = 0
  let base: SourceLocation
  let columnOffset: Int
  let end: Int

  init(text: String, base: SourceLocation, columnOffset: Int) {
    self.base = base
    self.columnOffset = columnOffset
    let scalars = Array(text.unicodeScalars)
    end = scalars.count
    // 1. Split at parentheses and relations; 2. split the rest at whole-word keywords.
    var i = 0, chunk = "", chunkStart = 0
    var out: [(Token, Int, Int)] = []
    func flush() {
      // Words of the chunk, keeping offsets; keywords become tokens, the rest sides.
      let cs = Array(chunk.unicodeScalars)
      var word = "", wordStart = 0, sideStart = -1, sideEnd = 0
      func endSide() {
        if sideStart >= 0 {
          var side = ""
          side.unicodeScalars.append(contentsOf: cs[(sideStart - chunkStart)..<(sideEnd - chunkStart)])
          out.append((.side(side), sideStart, sideEnd - sideStart))
        }
        sideStart = -1
      }
      func endWord(at k: Int) {
        guard !word.isEmpty else { return }
        switch word {
        case "and": endSide(); out.append((.and, wordStart, 3))
        case "or": endSide(); out.append((.or, wordStart, 2))
        case "not": endSide(); out.append((.not, wordStart, 3))
        default:
          if sideStart < 0 { sideStart = wordStart }
          sideEnd = k
        }
        word = ""
      }
      for (k, c) in cs.enumerated() {
        if c == " " || c == "\t" { endWord(at: chunkStart + k) } else {
          if word.isEmpty { wordStart = chunkStart + k }
          word.unicodeScalars.append(c)
        }
      }
      endWord(at: chunkStart + cs.count)
      endSide()
      chunk = ""
    }
    while i < scalars.count {
      let c = scalars[i]
      let next = i + 1 < scalars.count ? scalars[i + 1] : " "
      if c == "(" || c == ")" {
        flush(); out.append((c == "(" ? .open : .close, i, 1)); i += 1; chunkStart = i
      } else if c == "<" || c == ">" || c == "=" || c == "!" {
        flush()
        let two = next == "="
        let text = String(c) + (two ? "=" : "")
        let relation = Condition.Relation(rawValue: text) ?? (text == "=" ? .equal : nil)
        out.append((relation.map { .relation($0) } ?? .side(text), i, two ? 2 : 1))
        i += two ? 2 : 1
        chunkStart = i
      } else {
        if chunk.isEmpty { chunkStart = i }
        chunk.unicodeScalars.append(c)
        i += 1
      }
    }
    flush()
    tokens = out.map { ($0.0, $0.1, $0.2) }
  }

  func location(_ offset: Int) -> SourceLocation {
    var at = base
    at.column += columnOffset + offset
    return at
  }

  func fail(_ message: String, at offset: Int? = nil, length: Int = 1) -> ConditionTextError {
    let o = offset ?? (position < tokens.count ? tokens[position].offset : end)
    return ConditionTextError(message: message, location: location(o), length: length)
  }

  var peek: Token? { position < tokens.count ? tokens[position].token : nil }

  mutating func parse() throws(ConditionTextError) -> ConditionSyntax {
    let c = try disjunction()
    if position < tokens.count { throw fail("unexpected text") }
    return c
  }

  mutating func disjunction() throws(ConditionTextError) -> ConditionSyntax {
    var list = [try conjunction()]
    while peek == .or { position += 1; list.append(try conjunction()) }
    return list.count == 1 ? list[0] : .or(list)
  }

  mutating func conjunction() throws(ConditionTextError) -> ConditionSyntax {
    var list = [try unary()]
    while peek == .and { position += 1; list.append(try unary()) }
    return list.count == 1 ? list[0] : .and(list)
  }

  mutating func unary() throws(ConditionTextError) -> ConditionSyntax {
    switch peek {
    case .not?:
      position += 1
      return .not(try unary())
    case .open?:
      let open = tokens[position].offset
      position += 1
      let c = try disjunction()
      guard peek == .close else { throw fail("missing ')' for the '(' at column \(location(open).column)") }
      position += 1
      return c
    default:
      return try comparison()
    }
  }

  mutating func comparison() throws(ConditionTextError) -> ConditionSyntax {
    guard case .side(let left)? = peek else { throw fail("expected a comparison such as 'us_tariff >= 100'") }
    let l = tokens[position]
    position += 1
    guard case .relation(let r)? = peek else { throw fail("expected <, <=, >, >=, == or != after '\(left)'") }
    position += 1
    guard case .side(let right)? = peek else { throw fail("expected something to compare with after '\(r.rawValue)'") }
    let rt = tokens[position]
    position += 1
    if left == "date" || right == "date" {
      let (dayText, dayToken) = left == "date" ? (right, rt) : (left, l)
      guard dayText != "date" else { throw fail("compare 'date' with a day, not with itself", at: l.offset) }
      guard let day = CalendarDate(dayText) else {
        throw fail("expected a date (YYYY-MM-DD) to compare with 'date', found '\(dayText)'", at: dayToken.offset, length: dayToken.length)
      }
      let relation = left == "date" ? r : r.turned
      return .date(relation, Located(day, at: location(dayToken.offset), length: dayToken.length))
    }
    return .compare(try expression(left, l), r, try expression(right, rt))
  }

  func expression(_ text: String, _ token: (token: Token, offset: Int, length: Int)) throws(ConditionTextError) -> ExpressionSyntax {
    guard let parsed = ScenarioParser.parseExpression(text) else {
      throw fail("expected a number or an expression of variables, found '\(text)'", at: token.offset, length: token.length)
    }
    if let name = parsed.terms.first(where: { ["date", "and", "or", "not"].contains($0.name) }) {
      throw fail("'\(name.name)' cannot be used in an expression", at: token.offset + name.offset, length: name.name.count)
    }
    return ExpressionSyntax(
      constant: parsed.constant,
      terms: parsed.terms.map { (Located($0.name, at: location(token.offset + $0.offset), length: $0.name.count), $0.coefficient) },
      location: location(token.offset))
  }
}

extension Condition.Relation {
  /// The relation with its sides swapped: `a < b` is `b > a`.
  var turned: Condition.Relation {
    switch self {
    case .less: .greater
    case .lessOrEqual: .greaterOrEqual
    case .greater: .less
    case .greaterOrEqual: .lessOrEqual
    case .equal, .notEqual: self
    }
  }
}
