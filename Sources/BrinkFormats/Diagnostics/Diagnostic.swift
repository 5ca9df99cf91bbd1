/// One problem found in an input, with where it is. Readers collect diagnostics
/// rather than stopping at the first, and one formatter (`rendered`) prints them all
/// the same way (the habit of swift-argument-parser's `ParserError` and
/// `MessageInfo`: cases carry positions; rendering lives in one place).
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning, note }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String
  /// The length of the offending text, for the caret underline (at least 1).
  public var length: Int
  /// Extra lines shown after the caret, e.g. "did you mean 'talks'?".
  public var notes: [String]

  public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String,
              length: Int = 1, notes: [String] = []) {
    self.severity = severity
    self.location = location
    self.message = message
    self.length = max(1, length)
    self.notes = notes
  }

  /// `file:line:column: error: message`
  /// (Control characters escaped, as in every part of the rendering.)
  public var description: String { "\(location): \(severity.rawValue): \(message)".escapingControlCharacters }

  /// The full form: the headline, the source line, a caret under the offending text,
  /// and any notes.
  ///
  ///     game.nfg:3:14: error: expected a number, found 'x1'
  ///       { "a" "b" } { x1 }
  ///                     ^~
  public func rendered(source: String?) -> String {
    var out = description
    if let source, let text = Self.line(location.line, of: source) {
      let shown = text.replacingTabs().escapingControlCharacters
      out += "\n  " + shown
      // The caret under the same character once the controls before it are escaped.
      let before = String(text.replacingTabs().prefix(max(0, location.column - 1))).escapingControlCharacters
      let pad = String(repeating: " ", count: before.count)
      let tilde = String(repeating: "~", count: max(0, min(length, shown.count - location.column + 1) - 1))
      out += "\n  " + pad + "^" + tilde
    }
    for note in notes { out += "\n  note: " + note.escapingControlCharacters }
    return out
  }

  /// Line `number` (from 1) of `source`, without its break. Lines are split on LF by
  /// Unicode scalar, so a CR LF pair (one `Character` in Swift) ends a line too.
  ///
  /// The scan is over UTF-8 code units: byte 10 is LF and is never part of another
  /// scalar's encoding, so the same places are found without decoding and checking
  /// each scalar (a scan of the `unicodeScalars` view was 10 % of the scenario fuzz
  /// target's time, rendering every diagnostic of its inputs; perf, 7 December 2026).
  ///
  /// - Complexity: O(k), k the bytes up to the end of the line: a scan to the
  ///   line, no copy of the lines before it (rendering every diagnostic of a large
  ///   file once split the whole text per diagnostic; issue 16's fuzz targets).
  static func line(_ number: Int, of source: String) -> Substring? {
    guard number >= 1 else { return nil }
    let utf8 = source.utf8
    var start = utf8.startIndex
    for _ in 1..<number {
      guard let end = utf8[start...].firstIndex(of: 10) else { return nil }
      start = utf8.index(after: end)
    }
    let end = utf8[start...].firstIndex(of: 10) ?? utf8.endIndex
    let text = Substring(source.unicodeScalars[start..<end])
    return text.unicodeScalars.last == "\r" ? Substring(text.unicodeScalars.dropLast()) : text
  }
}

/// Several diagnostics from one input, thrown together so a user sees every problem
/// in a file at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  /// The text the diagnostics point into, for rendering source lines.
  public var source: String?

  public init(_ diagnostics: [Diagnostic], source: String?) {
    self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    self.source = source
  }

  public var description: String {
    diagnostics.map { $0.rendered(source: source) }.joined(separator: "\n")
  }
}

extension Substring {
  /// The text with each tab a space. A tab is always a `Character` of its own (a
  /// control: Unicode's grapheme rules break around it), so text without a tab
  /// byte is returned as it is, without rebuilding it character by character.
  fileprivate func replacingTabs() -> String {
    guard utf8.contains(9) else { return String(self) }
    return String(self.map { $0 == "\t" ? " " : $0 })
  }
}
