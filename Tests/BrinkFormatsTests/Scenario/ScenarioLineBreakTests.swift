import Testing

@testable import BrinkFormats

/// Files saved with Windows (CR LF) or old Mac (lone CR) line endings: YAML counts each
/// as one line break, and diagnostics must point at, and show, the line YAML means.
/// Found by fuzz-scenario: a lone CR made libyaml report a line past the end of the
/// text as our renderer split it.
@Suite struct ScenarioLineBreakTests {
  func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
  func cr(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r") }

  @Test func crlfAndCrFilesReadLikeLF() throws {
    let lf = try ScenarioReader.read(validYAML, file: "t.yaml")
    let a = try ScenarioReader.read(crlf(validYAML), file: "t.yaml")
    let b = try ScenarioReader.read(cr(validYAML), file: "t.yaml")
    #expect(a.scenario == lf.scenario)
    #expect(b.scenario == lf.scenario)
  }

  @Test func errorsPointAtTheSameLineWhateverTheLineEndings() {
    let bad = validYAML.replacingOccurrences(of: "discount: 0.98", with: "dicount: 0.98")
    for text in [bad, crlf(bad), cr(bad)] {
      do {
        _ = try ScenarioReader.read(text, file: "t.yaml")
        Issue.record("a misspelt key read without error")
      } catch {
        #expect(error.diagnostics.map(\.description) == ["t.yaml:14:1: error: unknown key 'dicount' in the scenario"])
        #expect(error.description.contains("\n  dicount: 0.98\n  ^"), "\(error.description)")
      }
    }
  }

  @Test func yamlSyntaxErrorAfterLoneCRsStaysInsideTheText() {
    do {
      _ = try ScenarioReader.read("# a comment\r\r\r\rname: [oops\r", file: "t.yaml")
      Issue.record("broken YAML read without error")
    } catch {
      let lines = error.diagnostics.map(\.location.line)
      #expect(!lines.isEmpty && lines.allSatisfy { $0 >= 1 && $0 <= 6 }, "\(lines)")
    }
  }

  @Test func sourceLineOfACRLFText() {
    #expect(Diagnostic.line(2, of: "a\r\nbb\r\nc") == "bb")
    #expect(Diagnostic.line(3, of: "a\nb\nc") == "c")
    #expect(Diagnostic.line(4, of: "a\nb\nc") == nil)
  }
}
