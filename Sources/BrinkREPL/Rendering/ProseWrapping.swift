/// Wraps prose to a width at word boundaries, leaving tables and charts alone
/// (issue 12: `help set` was one 1,088-character line, and the terminal broke words
/// in the middle).
///
/// Renderers write a paragraph as one line; the outermost loop wraps it to the
/// terminal (`Console.wrapWidth`), so a pipe or a file still gets whole lines.
/// Each line is one of:
///
/// 1. **A table or chart**: box-drawing characters, an ASCII frame (`|`, `+-` first),
///    or two or more gaps of two spaces between columns. Left as it is: a table
///    wrapped at words is no longer a table.
/// 2. **A list item**: `- `, `* `, `• `, `1. ` after the indent. Continuation
///    lines hang under the item's text.
/// 3. **A definition**: `term  text` (one gap of two or more spaces, as `help`
///    lists the commands). Continuation lines hang under the text.
/// 4. **A paragraph**: continuation lines keep its indent; a `usage: ` line hangs
///    under its first alternative.
///
/// A usage (`a | b | c`) breaks between its alternatives. A word longer than the room left is put on a line of its own, never broken, so
/// a path or a URL can still be copied. ANSI colour sequences take no columns.
///
/// Complexity: O(n) in the length of the text.
public enum ProseWrapping {
  /// `text` with every prose line longer than `width` columns wrapped.
  public static func wrap(_ text: String, width: Int) -> String {
    guard width > 0 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { wrapLine(String($0), width: width) }
      .joined(separator: "\n")
  }

  /// One line, wrapped (see the type's doc comment for the kinds of line).
  static func wrapLine(_ line: String, width: Int) -> String {
    guard columns(line) > width, let hang = hangingIndent(line) else { return line }
    // Too deep a hang leaves no room for the text: fall back to the line's indent.
    let indent = line.prefix { $0 == " " }.count
    let margin = hang * 2 > width ? indent : hang
    let head = String(line.prefix(hang))
    let words = pieces(line.dropFirst(hang), room: width - margin)
    var lines = [String]()
    var current = head
    var currentColumns = columns(head)
    var hasWord = false
    for word in words {
      let wordColumns = columns(word)
      if hasWord, currentColumns + 1 + wordColumns > width {
        lines.append(current)
        current = String(repeating: " ", count: margin) + word
        currentColumns = margin + wordColumns
      } else {
        current += (hasWord ? " " : "") + word
        currentColumns += (hasWord ? 1 : 0) + wordColumns
      }
      hasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// The unbreakable pieces of `text`: its words, a lone `|` kept with the word
  /// before it; when the text is a list of alternatives (`a b | c d`) that each fit
  /// in `room`, its alternatives, so a usage breaks only between them.
  static func pieces(_ text: Substring, room: Int) -> [Substring] {
    var words = [Substring]()
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if word == "|", let last = words.popLast() {
        words.append(text[last.startIndex..<word.endIndex])
      } else {
        words.append(word)
      }
    }
    guard words.contains(where: { $0.hasSuffix(" |") }) else { return words }
    var alternatives = [Substring](), start: Substring.Index?
    for word in words {
      let first = start ?? word.startIndex
      if word.hasSuffix(" |") || word.endIndex == words.last?.endIndex {
        alternatives.append(text[first..<word.endIndex])
        start = nil
      } else {
        start = first
      }
    }
    return alternatives.allSatisfy({ columns($0) <= room }) ? alternatives : words
  }

  /// Where continuation lines start, or nil for a table or chart (not wrapped).
  static func hangingIndent(_ line: String) -> Int? {
    if line.unicodeScalars.contains(where: { (0x2500...0x259F).contains($0.value) }) { return nil }
    let indent = line.prefix { $0 == " " }.count
    let content = line.dropFirst(indent)
    if content.hasPrefix("|") || content.hasPrefix("+-") { return nil }
    let gaps = gapEnds(content)
    if gaps.count > 1 { return nil }
    for marker in ["- ", "* ", "• "] where content.hasPrefix(marker) { return indent + marker.count }
    let digits = content.prefix { $0.isASCII && $0.isNumber }.count
    if digits > 0, digits < 4, content.dropFirst(digits).hasPrefix(". ") { return indent + digits + 2 }
    if let gap = gaps.first { return indent + gap }
    if content.hasPrefix("usage: ") { return indent + "usage: ".count }
    return indent
  }

  /// The offsets just after each run of two or more spaces inside `content`.
  private static func gapEnds(_ content: Substring) -> [Int] {
    var ends = [Int](), run = 0, offset = 0
    for character in content {
      if character == " " {
        run += 1
      } else {
        if run >= 2 { ends.append(offset) }
        run = 0
      }
      offset += 1
    }
    return ends
  }

  /// The columns `text` takes: its characters, without ANSI SGR sequences
  /// (`ESC [ … m`).
  static func columns<S: StringProtocol>(_ text: S) -> Int {
    var count = 0, inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else if scalar.properties.generalCategory != .nonspacingMark {
        count += 1
      }
    }
    return count
  }
}
