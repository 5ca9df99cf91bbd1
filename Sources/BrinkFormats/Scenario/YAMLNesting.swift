/// A pre-check on scenario text: YAML nested deeper than `maximumDepth` is a
/// diagnostic at the line and column where the limit is crossed, before the text
/// reaches libyaml's composer and the recursive readers above it (which would
/// otherwise recurse once per level: `[[[[…` a million deep overflows the stack).
///
/// The depth counted is the YAML 1.2 notion of a node inside a collection
/// (YAML 1.2 §3.2.1): each block level (a deeper indentation, or a `- ` sequence
/// entry) and each open flow collection (`[` or `{`) adds one. It is a scan of the
/// text, not a parse: quoted scalars and comments are skipped so their brackets do
/// not count, and block scalars (`|`, `>`) count at most one level. It may count a
/// level where a parser would not, never fewer, so nothing deep gets through.
enum YAMLNesting {
  /// Far deeper than any scenario (the built-in one nests 7 levels).
  static let maximumDepth = 64

  /// True when the text nests no deeper than `limit`; otherwise reports once to `sink`.
  ///
  /// The scan reads the text's UTF-8 bytes: every character it looks for is ASCII,
  /// and no byte of a longer scalar's encoding is ASCII, so a lead byte stands for
  /// its scalar and continuation bytes are passed over; columns count scalars, as
  /// diagnostics do. (Splitting the text into `Character` lines and each line into
  /// an array of scalars was 8 % of the scenario fuzz target's time; perf,
  /// 7 December 2026.) Lines end at an LF that does not follow a CR, where a split
  /// on the `Character` "\n" ends them (CR LF is one `Character`); the reader
  /// gives text whose breaks are all LF (`LineBreaks`).
  static func check(_ text: String, sink: DiagnosticSink, limit: Int = maximumDepth) -> Bool {
    var text = text
    return text.withUTF8 { check($0, sink: sink, limit: limit) }
  }

  private static func check(_ bytes: UnsafeBufferPointer<UInt8>, sink: DiagnosticSink, limit: Int) -> Bool {
    let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#"), dash = UInt8(ascii: "-")
    let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), double = UInt8(ascii: "\""), single = UInt8(ascii: "'")
    let openSquare = UInt8(ascii: "["), openCurly = UInt8(ascii: "{"), closeSquare = UInt8(ascii: "]")
    let closeCurly = UInt8(ascii: "}"), comma = UInt8(ascii: ","), colon = UInt8(ascii: ":")
    var blockIndents: [Int] = []  // columns of the open block levels
    var flowDepth = 0
    var quote: UInt8? = nil
    var lineNumber = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      // The line is bytes[lineStart..<lineEnd]; the next starts after its LF.
      var lineEnd = lineStart
      while lineEnd < bytes.count, !(bytes[lineEnd] == lf && (lineEnd == 0 || bytes[lineEnd - 1] != cr)) { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      var i = lineStart  // the byte read next
      var column = 0  // the scalars before it on the line
      // 1. Block structure: only outside flow collections and quotes.
      if flowDepth == 0 && quote == nil {
        while i < lineEnd, bytes[i] == space { i += 1; column += 1 }
        if i == lineEnd || bytes[i] == hash || bytes[i] == cr { continue }
        while let last = blockIndents.last, last > column { blockIndents.removeLast() }
        if blockIndents.last != column { blockIndents.append(column) }
        if blockIndents.count > limit { return report(sink, line: lineNumber, column: column + 1, limit: limit) }
        // Each `- ` at the start of the content opens one more level ("- - - a").
        while i + 1 < lineEnd, bytes[i] == dash, bytes[i + 1] == space {
          if blockIndents.count + 1 > limit { return report(sink, line: lineNumber, column: column + 1, limit: limit) }
          i += 2; column += 2
          while i < lineEnd, bytes[i] == space { i += 1; column += 1 }
          blockIndents.append(column)
        }
      }
      // 2. Flow collections, skipping quoted text and comments.
      var previous = space
      while i < lineEnd {
        let c = bytes[i]
        i += 1
        if c & 0xC0 == 0x80 { continue }  // inside a scalar begun by its lead byte
        if let q = quote {
          if c == q { quote = nil }
        } else if c == double || c == single {
          if previous == space || previous == openSquare || previous == openCurly || previous == comma || previous == colon {
            quote = c
          }
        } else if c == hash, previous == space || previous == tab {
          break
        } else if c == openSquare || c == openCurly {
          flowDepth += 1
          if blockIndents.count + flowDepth > limit {
            return report(sink, line: lineNumber, column: column + 1, limit: limit)
          }
        } else if c == closeSquare || c == closeCurly {
          flowDepth = max(0, flowDepth - 1)
        }
        previous = c
        column += 1
      }
      // An apostrophe inside plain text ("China's") is not a quote; a single-quoted
      // scalar is taken to end with its line, so a stray one cannot hide the rest.
      if quote == single { quote = nil }
    }
    return true
  }

  static func report(_ sink: DiagnosticSink, line: Int, column: Int, limit: Int) -> Bool {
    sink.error(at: SourceLocation(file: sink.file, line: line, column: column),
               "the YAML is nested more than \(limit) levels deep",
               notes: ["a scenario needs only a few levels; check for a runaway '[' or indentation"])
    return false
  }
}
