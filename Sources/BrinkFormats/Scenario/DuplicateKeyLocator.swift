/// Finds the *second* occurrence of a duplicated mapping key, which is where the
/// mistake is: libyaml (through Yams) reports only the first occurrence's position,
/// but a user who pasted a block twice, or added a key that was already set further
/// up, needs to be shown the line they just wrote.
///
/// Steps (positions are 1-based, as libyaml's marks):
/// 1. Flow style: on the first key's own line, after it, the key again after a `{`
///    or `,` and followed by `:` (`{a: 1, a: 2}`).
/// 2. Block style: the following lines, while they are indented at least as far as
///    the key (blank and comment lines skipped): a line indented exactly as far
///    that starts with the key, bare or quoted, followed by `:`.
/// Returns nil when neither finds it (the caller then points at the first one).
enum DuplicateKeyLocator {
  static func secondOccurrence(of key: String, firstLine: Int, firstColumn: Int, in text: String) -> (line: Int, column: Int)? {
    // Columns count Unicode scalars, as libyaml's do.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    guard firstLine >= 1, firstLine <= lines.count, firstColumn >= 1 else { return nil }
    let spellings = [key, "'\(key)'", "\"\(key)\""]

    // Step 1.
    let first = lines[firstLine - 1]
    var i = firstColumn - 1 + 1
    var depth = 0
    while i < first.count {
      let c = first[i]
      if c == "{" || c == "[" { depth += 1 } else if c == "}" || c == "]" { depth -= 1; if depth < 0 { break } }
      if c == "," && depth == 0 {
        var j = i + 1
        while j < first.count, first[j] == " " { j += 1 }
        if startsWithKey(first, at: j, spellings) { return (firstLine, j + 1) }
      }
      i += 1
    }

    // Step 2.
    let indent = firstColumn - 1
    for n in firstLine..<lines.count {
      let line = lines[n]
      let content = line.firstIndex { $0 != " " } ?? line.count
      if content == line.count || line[content] == "#" || line[content] == "\r" { continue }
      if content < indent { return nil }
      if content == indent, startsWithKey(line, at: content, spellings) { return (n + 1, content + 1) }
    }
    return nil
  }

  private static func startsWithKey(_ line: [Unicode.Scalar], at start: Int, _ spellings: [String]) -> Bool {
    for spelling in spellings {
      let k = Array(spelling.unicodeScalars)
      guard start + k.count <= line.count, Array(line[start..<start + k.count]) == k else { continue }
      var j = start + k.count
      while j < line.count, line[j] == " " { j += 1 }
      if j < line.count, line[j] == ":" { return true }
    }
    return false
  }
}
