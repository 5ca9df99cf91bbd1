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
  static func check(_ text: String, sink: DiagnosticSink, limit: Int = maximumDepth) -> Bool {
    var blockIndents: [Int] = []  // columns of the open block levels
    var flowDepth = 0
    var quote: Unicode.Scalar? = nil
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let scalars = Array(line.unicodeScalars)
      var column = 0
      // 1. Block structure: only outside flow collections and quotes.
      if flowDepth == 0 && quote == nil {
        while column < scalars.count, scalars[column] == " " { column += 1 }
        if column == scalars.count || scalars[column] == "#" || scalars[column] == "\r" { continue }
        while let last = blockIndents.last, last > column { blockIndents.removeLast() }
        if blockIndents.last != column { blockIndents.append(column) }
        if blockIndents.count > limit { return report(sink, line: lineNumber, column: column + 1, limit: limit) }
        // Each `- ` at the start of the content opens one more level ("- - - a").
        while column + 1 < scalars.count, scalars[column] == "-", scalars[column + 1] == " " {
          if blockIndents.count + 1 > limit { return report(sink, line: lineNumber, column: column + 1, limit: limit) }
          column += 2
          while column < scalars.count, scalars[column] == " " { column += 1 }
          blockIndents.append(column)
        }
      }
      // 2. Flow collections, skipping quoted text and comments.
      var previous: Unicode.Scalar = " "
      while column < scalars.count {
        let c = scalars[column]
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "\"" || c == "'" {
          if previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":" { quote = c }
        } else if c == "#", previous == " " || previous == "\t" {
          break
        } else if c == "[" || c == "{" {
          flowDepth += 1
          if blockIndents.count + flowDepth > limit {
            return report(sink, line: lineNumber, column: column + 1, limit: limit)
          }
        } else if c == "]" || c == "}" {
          flowDepth = max(0, flowDepth - 1)
        }
        previous = c
        column += 1
      }
      // An apostrophe inside plain text ("China's") is not a quote; a single-quoted
      // scalar is taken to end with its line, so a stray one cannot hide the rest.
      if quote == "'" { quote = nil }
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
