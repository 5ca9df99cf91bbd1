import BrinkCore
import Foundation

/// Reads scenario files (Docs/scenario-format.md): YAML text → syntax (keys and
/// types checked) → validation (names, shapes, sums, calendar, state graph) → the
/// model. Every problem in a file is reported at once, as a `DiagnosticList` of
/// `file:line:column: error: …` diagnostics; no input crashes the reader.
public enum ScenarioReader {
  /// Reads scenario text. `file` names it in diagnostics.
  public static func read(_ text: String, file: String) throws(DiagnosticList) -> ScenarioDocument {
    let text = LineBreaks.normalised(text)
    let sink = DiagnosticSink(file: file)
    guard YAMLNesting.check(text, sink: sink), let root = YAMLDocument.compose(text, sink: sink),
      let syntax = ScenarioParser(sink: sink).parse(root)
    else { throw DiagnosticList(sink.diagnostics, source: text) }
    ScenarioValidator(s: syntax, sink: sink).validate()
    if sink.hasErrors { throw DiagnosticList(sink.diagnostics, source: text) }
    var doc = ScenarioLowering(s: syntax).document(file: file)
    checkProbabilityRanges(doc, syntax, sink: sink)
    doc = withPriors(doc, syntax, sink: sink)
    if sink.hasErrors { throw DiagnosticList(sink.diagnostics, source: text) }
    return doc
  }

  /// Reads a scenario file from disk; a file that cannot be read is a diagnostic too.
  public static func read(contentsOf path: String) throws(DiagnosticList) -> ScenarioDocument {
    try read(text(contentsOf: path), file: path)
  }

  /// The text of a scenario file, checked (`InputFile`) and read once, for a
  /// command that needs the text as well as the scenario (`simulate --shard`
  /// stores it); a file that cannot be read is a diagnostic.
  public static func text(contentsOf path: String) throws(DiagnosticList) -> String {
    let text: String
    do {
      try InputFile.check(path)
    } catch {
      throw DiagnosticList([Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), error.reason)], source: nil)
    }
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw DiagnosticList([Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), "cannot read the file: \(Self.reason(error))")],
                           source: nil)
    }
    return text
  }

  /// The default scenario, built into the binary (`Scenarios/us-china-2025-10.yaml`).
  public static func builtIn() -> ScenarioDocument { builtInDocument }

  /// The default scenario, read once. The REPL asks for it on every `load` and
  /// `scenarios`, and for every TAB completion of a scenario name
  /// (`ScenarioLibrary.names`); reading and checking it takes about 20 ms of CPU in a
  /// release build (the `check` column of `brink-bench --only scenarios`), so the
  /// REPL fuzz target spent most of its time re-reading it (issue 16).
  private static let builtInDocument: ScenarioDocument = {
    do {
      return try read(builtInText, file: BuiltInScenario.file)
    } catch {
      // A test reads the same text; reaching here means the build embedded a broken file.
      preconditionFailure("the built-in scenario does not read: \(error)")
    }
  }()

  /// The default scenario's text (what `builtIn()` reads).
  public static var builtInText: String { BuiltInScenario.text + "\n" }

  /// The `file` of the default scenario's document: `<built-in>`.
  public static var builtInFile: String { BuiltInScenario.file }

  static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
    if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadInapplicableStringEncodingError { return "not UTF-8 text" }
    if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain,
      let code = POSIXErrorCode(rawValue: Int32(posix.code)) {
      return String(cString: strerror(code.rawValue)).lowercased()
    }
    return ns.localizedDescription
  }
}
