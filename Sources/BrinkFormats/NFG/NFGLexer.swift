import BrinkCore

/// Splits the text of a `.nfg` file into tokens, tracking line and column.
///
/// Whitespace separates tokens and is otherwise insignificant (Gambit's
/// "Game representation formats", conventions common to all formats). Inside
/// double quotes every character counts; `\"` stands for a quote and `\\` for a
/// backslash; any other backslash is kept as written, as Gambit's reader does.
///
/// Numbers are read as a maximal run of characters up to whitespace, a brace, a
/// comma or a quote, then parsed exactly by `Rational(String)`, so `1/3`, `0.1`,
/// `-2.5e3` and `.80` are all exact and `3x` is reported as one bad number rather
/// than as a number followed by a stray word.
struct NFGLexer {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1
  private var column = 1
  private let file: String

  init(_ text: String, file: String) {
    self.scalars = Array(text.unicodeScalars)
    self.file = file
  }

  /// All tokens up to and including `.endOfFile`.
  /// - Throws: a `Diagnostic` for an unterminated string.
  mutating func tokens(shouldContinue: () -> Bool = { true }) throws -> [NFGToken] {
    var result = [NFGToken]()
    while true {
      if result.count & 4095 == 4095, !shouldContinue() { throw NFGReader.Cancelled() }
      let token = try next()
      result.append(token)
      if token.kind == .endOfFile { return result }
    }
  }

  private mutating func next() throws -> NFGToken {
    skipWhitespace()
    let startLine = line, startColumn = column, start = index
    guard index < scalars.count else {
      return NFGToken(kind: .endOfFile, line: line, column: column, length: 1)
    }
    let c = scalars[index]
    func token(_ kind: NFGToken.Kind) -> NFGToken {
      NFGToken(kind: kind, line: startLine, column: startColumn, length: index - start)
    }
    switch c {
    case "{": advance(); return token(.leftBrace)
    case "}": advance(); return token(.rightBrace)
    case ",": advance(); return token(.comma)
    case "\"": return try readString(line: startLine, column: startColumn)
    default:
      var word = ""
      while index < scalars.count, !Self.isDelimiter(scalars[index]) {
        word.unicodeScalars.append(scalars[index])
        advance()
      }
      if Self.startsNumber(c) {
        return token(.number(word, value: Rational(word)))
      }
      return token(.symbol(word))
    }
  }

  private mutating func readString(line startLine: Int, column startColumn: Int) throws -> NFGToken {
    let start = index
    advance()  // the opening quote
    var value = ""
    while index < scalars.count {
      let c = scalars[index]
      if c == "\"" {
        advance()
        return NFGToken(kind: .text(value), line: startLine, column: startColumn, length: index - start)
      }
      if c == "\\", index + 1 < scalars.count, scalars[index + 1] == "\"" || scalars[index + 1] == "\\" {
        advance()
        value.unicodeScalars.append(scalars[index])
        advance()
        continue
      }
      value.unicodeScalars.append(c)
      advance()
    }
    throw Diagnostic(
      at: SourceLocation(file: file, line: startLine, column: startColumn),
      "unterminated string: no closing '\"' before the end of the file")
  }

  private mutating func skipWhitespace() {
    while index < scalars.count, Self.isWhitespace(scalars[index]) { advance() }
  }

  private mutating func advance() {
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
  }

  static func isDelimiter(_ c: Unicode.Scalar) -> Bool {
    isWhitespace(c) || c == "{" || c == "}" || c == "," || c == "\""
  }

  static func startsNumber(_ c: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(c) || c == "-" || c == "+" || c == "."
  }
}
