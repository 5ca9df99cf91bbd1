import Yams

/// The first step of reading a scenario: YAML text to a tree of Yams nodes, each with
/// its `Mark` (line and column). Syntax errors from libyaml become diagnostics at the
/// position libyaml reports, so even a broken file gets `file:line:column: error: …`.
enum YAMLDocument {
  /// Composes `text` into a node tree. Returns nil (with a diagnostic in `sink`) when
  /// the text is not YAML, or holds no document.
  ///
  /// The encoding is given (`.utf8`, a Swift string's own), not left to Yams's
  /// `Parser.Encoding.default`, which reads the whole process environment on every
  /// parse to look for `YAMS_DEFAULT_ENCODING` (3 % of the scenario fuzz target's
  /// time, perf, 7 December 2026) and, when that is set, prints a line to standard
  /// output on every parse.
  static func compose(_ text: String, sink: DiagnosticSink) -> Yams.Node? {
    do {
      guard let root = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
        sink.error(at: SourceLocation(file: sink.file, line: 1, column: 1), "the file is empty; expected a scenario mapping")
        return nil
      }
      return root
    } catch let error as YamlError {
      let (mark, message) = describe(error)
      sink.error(at: SourceLocation(file: sink.file, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1)),
                 message)
      return nil
    } catch {
      sink.error(at: SourceLocation(file: sink.file, line: 1, column: 1), "cannot read YAML: \(error)")
      return nil
    }
  }

  /// Where libyaml stopped and what it said, in our words.
  static func describe(_ error: YamlError) -> ((line: Int, column: Int)?, String) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "invalid YAML: \(problem)"
      if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
      return ((mark.line, mark.column), message)
    case .reader(let problem, _, _, _):
      return (nil, "invalid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      let first = context.mark
      if duplicates.count == 1,
         let second = DuplicateKeyLocator.secondOccurrence(of: duplicates[0], firstLine: first.line,
                                                          firstColumn: first.column, in: context.text) {
        return (second,
                "duplicate key \(keys) in a mapping (first given at line \(first.line), column \(first.column))")
      }
      return ((first.line, first.column), "duplicate key \(keys) in a mapping")
    case .memory:
      return (nil, "invalid YAML: out of memory")
    default:
      return (nil, "invalid YAML: \(error)")
    }
  }
}
