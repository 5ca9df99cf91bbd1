import BrinkCore
import Yams

/// Typed, located access to a Yams node tree. Each accessor either returns a value or
/// records a diagnostic (at the node's mark) and returns nil, so the caller just moves
/// on to the next field and every problem in a file is reported in one pass.
///
/// Scalars are always read from their source text (`Node.Scalar.string`), never from
/// Yams' own type resolution, so `0.1` and `1/3` become exact `Rational`s.
struct YAMLNodeReader {
  let sink: DiagnosticSink

  // MARK: - Positions

  func location(_ node: Yams.Node) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: sink.file, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1))
  }

  /// The length of the node's text on its line, for the caret (1 for collections).
  func length(_ node: Yams.Node) -> Int {
    if case .scalar(let s) = node { return max(1, s.string.unicodeScalars.count) }
    return 1
  }

  /// How a node is named in a message: `'text'` for a scalar, else its kind.
  func describe(_ node: Yams.Node) -> String {
    switch node {
    case .scalar(let s): return s.string.isEmpty ? "nothing" : "'\(s.string)'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  func typeError(_ node: Yams.Node, expected: String, for what: String) {
    sink.error(at: location(node), "expected \(expected) for \(what), found \(describe(node))", length: length(node))
  }

  // MARK: - Collections

  /// The fields of a mapping, in file order, after checking the keys: unknown keys
  /// are errors (with "did you mean"), and so are missing `required` keys.
  func mapping(_ node: Yams.Node, for what: String, allowed: [String], required: [String] = []) -> Fields? {
    guard case .mapping(let m) = node else {
      typeError(node, expected: "a mapping", for: what)
      return nil
    }
    var fields = Fields(location: location(node))
    for (keyNode, value) in m {
      guard let key = scalarText(keyNode) else {
        sink.error(at: location(keyNode), "expected a name as a key in \(what), found \(describe(keyNode))")
        continue
      }
      if !allowed.contains(key.value) {
        sink.unknown("key", key, known: allowed, context: " in \(what)")
        continue
      }
      fields.entries.append((key, value))
    }
    for key in required where fields[key] == nil {
      sink.error(at: fields.location, "missing key '\(key)' in \(what)")
    }
    return fields
  }

  /// A mapping whose keys are names chosen by the author (states, moves, variables):
  /// each key is returned with its location, in file order.
  func namedEntries(_ node: Yams.Node, for what: String) -> [(Located<String>, Yams.Node)]? {
    guard case .mapping(let m) = node else {
      typeError(node, expected: "a mapping", for: what)
      return nil
    }
    var out: [(Located<String>, Yams.Node)] = []
    for (keyNode, value) in m {
      guard let key = name(keyNode, for: "a key in \(what)") else { continue }
      out.append((key, value))
    }
    return out
  }

  func list(_ node: Yams.Node, for what: String) -> [Yams.Node]? {
    guard case .sequence(let s) = node else {
      typeError(node, expected: "a list", for: what)
      return nil
    }
    return Array(s)
  }

  // MARK: - Scalars

  /// The text of a scalar node, or nil (silently) for a collection.
  func scalarText(_ node: Yams.Node) -> Located<String>? {
    guard case .scalar(let s) = node else { return nil }
    return Located(s.string, at: location(node), length: length(node))
  }

  func string(_ node: Yams.Node, for what: String) -> Located<String>? {
    guard let text = scalarText(node) else {
      typeError(node, expected: "text", for: what)
      return nil
    }
    return text
  }

  /// An identifier: letters, digits, `-` and `_`, starting with a letter.
  func name(_ node: Yams.Node, for what: String) -> Located<String>? {
    guard let text = scalarText(node), !text.value.isEmpty else {
      typeError(node, expected: "a name", for: what)
      return nil
    }
    guard Self.isName(text.value) else {
      sink.error(at: text.location,
                 "'\(text.value)' is not a valid name for \(what): use letters, digits, '-' and '_', starting with a letter",
                 length: text.length)
      return nil
    }
    return text
  }

  static func isName(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, first.properties.isAlphabetic else { return false }
    return s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
  }

  /// An exact number: `7`, `-2.5`, `1/3`, `1e-3`.
  func rational(_ node: Yams.Node, for what: String) -> Located<Rational>? {
    guard let text = scalarText(node), !text.value.isEmpty else {
      typeError(node, expected: "a number", for: what)
      return nil
    }
    let trimmed = text.value.trimmingSpaces
    guard let value = Rational(trimmed) else {
      sink.error(at: text.location, "expected a number for \(what), found '\(text.value)'", length: text.length,
                 notes: ["numbers are written like 3, -2.5, 1/3 or 1e-3"])
      return nil
    }
    guard withinMagnitude(value, text: text, for: what) else { return nil }
    return text.map { _ in value }
  }

  /// The largest magnitude of a number in a scenario (`Limits.maximumMagnitude`),
  /// exactly.
  static let maximumMagnitude = Rational("1e150")!

  /// False (after an error at the number) when `value` is larger in magnitude than
  /// `Limits.maximumMagnitude`: exact arithmetic would take it, but the
  /// floating-point stages (the simulator's payoffs, the logit model) would
  /// overflow to infinity and give wrong answers (issue 16).
  func withinMagnitude(_ value: Rational, text: Located<String>, for what: String) -> Bool {
    guard value.magnitude > Self.maximumMagnitude else { return true }
    sink.error(at: text.location, "the number for \(what) is too large ('\(text.value)'; the limit is 1e150 in magnitude)",
               length: text.length)
    return false
  }

  /// A probability: an exact number in [0, 1].
  func probability(_ node: Yams.Node, for what: String) -> Located<Rational>? {
    guard let p = rational(node, for: what) else { return nil }
    guard p.value >= .zero, p.value <= .one else {
      sink.error(at: p.location, "probability \(p.value) for \(what) is outside [0, 1]", length: p.length)
      return nil
    }
    return p
  }

  /// A whole number in `range`.
  func integer(_ node: Yams.Node, for what: String, in range: ClosedRange<Int>) -> Located<Int>? {
    guard let text = scalarText(node), !text.value.isEmpty else {
      typeError(node, expected: "a whole number", for: what)
      return nil
    }
    guard let value = Int(text.value.trimmingSpaces) else {
      sink.error(at: text.location, "expected a whole number for \(what), found '\(text.value)'", length: text.length)
      return nil
    }
    guard range.contains(value) else {
      sink.error(at: text.location, "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)",
                 length: text.length)
      return nil
    }
    return text.map { _ in value }
  }

  func bool(_ node: Yams.Node, for what: String) -> Located<Bool>? {
    guard let text = scalarText(node) else {
      typeError(node, expected: "true or false", for: what)
      return nil
    }
    switch text.value {
    case "true", "True", "TRUE", "yes": return text.map { _ in true }
    case "false", "False", "FALSE", "no": return text.map { _ in false }
    default:
      sink.error(at: text.location, "expected true or false for \(what), found '\(text.value)'", length: text.length)
      return nil
    }
  }

  /// A calendar date written `YYYY-MM-DD`.
  func date(_ node: Yams.Node, for what: String) -> Located<CalendarDate>? {
    guard let text = scalarText(node), !text.value.isEmpty else {
      typeError(node, expected: "a date (YYYY-MM-DD)", for: what)
      return nil
    }
    guard let date = CalendarDate(text.value.trimmingSpaces) else {
      sink.error(at: text.location, "expected a date (YYYY-MM-DD) for \(what), found '\(text.value)'", length: text.length)
      return nil
    }
    return text.map { _ in date }
  }

  /// One of a fixed set of words, with "did you mean" when it is not.
  func choice(_ node: Yams.Node, for what: String, among options: [String]) -> Located<String>? {
    guard let text = string(node, for: what) else { return nil }
    guard options.contains(text.value) else {
      let notes = Suggestions.didYouMean(text.value, in: options).map { [$0] }
        ?? ["expected one of: " + options.joined(separator: ", ")]
      sink.error(at: text.location, "unknown \(what) '\(text.value)'", length: text.length, notes: notes)
      return nil
    }
    return text
  }
}

/// The checked fields of one mapping, in file order.
struct Fields {
  var location: SourceLocation
  var entries: [(key: Located<String>, value: Yams.Node)] = []

  subscript(key: String) -> Yams.Node? {
    entries.first { $0.key.value == key }?.value
  }

  func keyLocation(_ key: String) -> SourceLocation? {
    entries.first { $0.key.value == key }?.key.location
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " || s.first == "\t" { s = s.dropFirst() }
    while s.last == " " || s.last == "\t" { s = s.dropLast() }
    return String(s)
  }
}
