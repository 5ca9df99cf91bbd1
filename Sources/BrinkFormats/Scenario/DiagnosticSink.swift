/// Collects every diagnostic found while reading one input, so a reader can keep going
/// after the first problem and report them all at once.
///
/// A reference type so that the nested readers of one file share it; it lives only for
/// the duration of one read and is never shared across threads.
final class DiagnosticSink {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  func error(at location: SourceLocation, _ message: String, length: Int = 1, notes: [String] = []) {
    diagnostics.append(Diagnostic(.error, at: location, message, length: length, notes: notes))
  }

  func warning(at location: SourceLocation, _ message: String, length: Int = 1, notes: [String] = []) {
    diagnostics.append(Diagnostic(.warning, at: location, message, length: length, notes: notes))
  }

  /// An error about a name that is not one of `known`, with a "did you mean" note
  /// when one is close.
  func unknown(_ what: String, _ name: Located<String>, known: [String], context: String = "") {
    let notes = Suggestions.didYouMean(name.value, in: known).map { [$0] } ?? []
    error(at: name.location, "unknown \(what) '\(name.value)'\(context)", length: name.length, notes: notes)
  }
}
