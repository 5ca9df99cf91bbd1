import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// `save` keeps the file as written: only the changed numbers are rewritten
/// (issue 12: it dropped every comment, including each number's sourced reason).
@Suite struct SaveInPlaceTests {
  @Test func setPayoffChangesOnlyThatNumber() throws {
    let dir = try TemporaryDirectory()
    let original = ScenarioReader.builtInText
    let s = Session(scenario: ScenarioReader.builtIn())
    // talk/talk in the standoff is 0 in the file, minus the week's costs in force (-49/20 now).
    _ = s.execute("set payoff talk talk US -1")
    let saved = s.execute("save \(dir.path)/edited.yaml")
    #expect(saved.output == "Saved us-china-2025-10 to \(dir.path)/edited.yaml.")
    let text = try String(contentsOfFile: "\(dir.path)/edited.yaml", encoding: .utf8)
    let before = original.split(separator: "\n", omittingEmptySubsequences: false)
    let after = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(before.count == after.count)
    let changed = zip(before, after).filter { $0 != $1 }
    #expect(changed.count == 1)
    #expect(changed.first?.0 == "      talk:   [[0, 0], [-2, 1]]")
    #expect(changed.first?.1 == "      talk:   [[29/20, 0], [-2, 1]]")
    #expect(text.components(separatedBy: "#").count == original.components(separatedBy: "#").count)
    // It reads back as the edited scenario.
    #expect(try ScenarioReader.read(contentsOf: "\(dir.path)/edited.yaml").scenario == s.document?.scenario)
  }

  @Test func aSecondSaveEditsTheFirstAndTheDiscountKeepsItsForm() throws {
    let dir = try TemporaryDirectory()
    let s = Session(scenario: ScenarioReader.builtIn())
    _ = s.execute("set discount 0.95")
    _ = s.execute("save \(dir.path)/a.yaml")
    _ = s.execute("set payoff tariff enforce China -3")
    _ = s.execute("save --force \(dir.path)/a.yaml")
    let text = try String(contentsOfFile: "\(dir.path)/a.yaml", encoding: .utf8)
    #expect(text.contains("\ndiscount: 0.95"))
    #expect(text.hasPrefix(ScenarioReader.builtInText.prefix(200)))
    #expect(try ScenarioReader.read(contentsOf: "\(dir.path)/a.yaml").scenario == s.document?.scenario)
  }

  @Test func otherEditsRewriteTheWholeFileAndSaySo() throws {
    let dir = try TemporaryDirectory()
    let s = Session(scenario: ScenarioReader.builtIn())
    _ = s.execute("set model US mixed")
    #expect(s.execute("save \(dir.path)/b.yaml").output.hasSuffix(
      "rewritten in full: the comments of the file as loaded were not kept (only changed payoffs and the discount are edited in place)."))
    #expect(try ScenarioReader.read(contentsOf: "\(dir.path)/b.yaml").scenario == s.document?.scenario)
  }
}
