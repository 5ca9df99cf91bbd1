import BrinkCore

/// One lexical unit of a Gambit `.nfg` file, with where it starts.
///
/// The kinds follow the lexer of Gambit's own reader (`src/games/file.cc`):
/// braces, commas, quoted text, numbers and bare symbols such as `NFG` and `R`.
struct NFGToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case leftBrace
    case rightBrace
    case comma
    /// A quoted label, with its escapes resolved.
    case text(String)
    /// Text that looks like a number; `value` is nil when it is not a valid one
    /// (`1/0`, `1.2.3`), so the parser can report it where a number is expected.
    case number(String, value: Rational?)
    /// A bare word: `NFG`, `R`, or stray input such as `x1`.
    case symbol(String)
    case endOfFile
  }

  var kind: Kind
  var line: Int
  var column: Int
  /// The number of characters the token spans in the source (for the caret).
  var length: Int

  /// How the token is quoted in messages: `'{'`, `"Player 1"`, `'x1'`, `end of file`.
  var quoted: String {
    switch kind {
    case .leftBrace: return "'{'"
    case .rightBrace: return "'}'"
    case .comma: return "','"
    case .text(let s): return "\"\(s)\""
    case .number(let s, _): return "'\(s)'"
    case .symbol(let s): return "'\(s)'"
    case .endOfFile: return "end of file"
    }
  }
}
