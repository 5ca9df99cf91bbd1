import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// Docs/scenario-format.md is executed: its example must read clean, and every
/// top-level and state key the reader accepts must be documented.
@Suite struct ScenarioFormatDocTests {
  static let doc = (try? String(contentsOf: packageRoot.appendingPathComponent("Docs/scenario-format.md"), encoding: .utf8)) ?? ""

  /// The YAML block after the "## Example" heading.
  static var example: String? {
    guard let heading = doc.range(of: "## Example"),
      let open = doc.range(of: "```yaml\n", range: heading.upperBound..<doc.endIndex),
      let close = doc.range(of: "```", range: open.upperBound..<doc.endIndex)
    else { return nil }
    return String(doc[open.upperBound..<close.lowerBound])
  }

  @Test func theExampleReadsClean() throws {
    let text = try #require(Self.example)
    do {
      let d = try ScenarioReader.read(text, file: "scenario-format.md")
      #expect(d.scenario.states.count == 5)
      #expect(d.scenario.states[1].timing == .sequential(firstMover: 0))
      #expect(d.scenario.history.map(\.round) == [0, 1])
    } catch {
      Issue.record("the documented example does not read:\n\(error)")
    }
  }

  @Test func everyKeyIsDocumented() {
    for key in ScenarioParser.topLevelKeys + ScenarioParser.stateKeys + ScenarioParser.models + ScenarioParser.selections {
      #expect(Self.doc.contains("`\(key)`"), "Docs/scenario-format.md does not mention `\(key)`")
    }
  }
}
