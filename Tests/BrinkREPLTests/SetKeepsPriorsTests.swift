import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// A `set` that moves a parameter out of its prior: the session keeps the file
/// readable (`ScenarioDocument.keepPriorsHoldingTheirValues`). Before, `set discount
/// 1/2` under a prior of [4/5, 19/20] saved a file that `load` refused ("the
/// scenario's own value of 'discount', 1/2, is outside its prior").
@Suite struct SetKeepsPriorsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// chosen-risk with two more priors: a range on the discount (the file's is 9/10)
  /// and a discrete prior on the Challenger's tremble (the file's is 0).
  static func session() throws -> (Session, URL) {
    var text = try String(contentsOf: root.appendingPathComponent("Scenarios/chosen-risk.yaml"), encoding: .utf8)
    text += """

      - parameter: discount
        prior: [4/5, 19/20]
      - parameter: tremble Challenger
        prior: {0: 1/2, 1/10: 1/2}

    """
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("set-priors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("risk.yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let s = Session()
    #expect(s.execute("load \(file.path)").error == nil)
    #expect(s.document?.priors.count == 4)
    return (s, dir)
  }

  @Test func aRangeIsWidenedJustEnoughAndTheSaveReadsBack() throws {
    let (s, dir) = try Self.session()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = s.execute("set discount 1/2")
    #expect(out.error == nil)
    #expect(out.output == """
      Discount is now 1/2 (was 9/10).
      note: the prior on 'discount' is widened from [4/5, 19/20] to [1/2, 19/20] to hold 1/2, so that the scenario saves and reads back (undo takes it back)
      """)
    // Inside the prior: nothing to say, and the prior stays as it is.
    #expect(s.execute("set discount 9/10").output == "Discount is now 9/10 (was 1/2).")
    #expect(s.document?.priors.first { $0.name == "discount" }?.distribution == .uniform(lo: Rational(1, 2), hi: Rational(19, 20)))
    let saved = dir.appendingPathComponent("saved.yaml").path
    #expect(s.execute("set discount 1/3").error == nil)
    #expect(s.execute("save \(saved)").error == nil)
    let back = Session()
    #expect(back.execute("load \(saved)").error == nil)
    let prior = try #require(back.document?.priors.first { $0.name == "discount" })
    #expect(prior.distribution == .uniform(lo: Rational(1, 3), hi: Rational(19, 20)))
    #expect(prior.point == Rational(1, 3))
  }

  @Test func aDiscretePriorThatCannotHoldTheValueIsDroppedAndUndoBringsItBack() throws {
    let (s, dir) = try Self.session()
    defer { try? FileManager.default.removeItem(at: dir) }
    // A value the discrete prior holds: kept, with its new point.
    #expect(s.execute("set tremble Challenger 1/10").output == "Challenger's tremble is now 1/10.")
    #expect(s.document?.priors.first { $0.name == "tremble Challenger" }?.point == Rational(1, 10))
    let out = s.execute("set tremble Challenger 1/5").output
    #expect(out.hasSuffix("note: the prior on 'tremble Challenger', {0: 1/2, 1/10: 1/2}, does not hold 1/5, so it is dropped from the session (undo takes it back)"))
    #expect(s.document?.priors.map(\.name) == ["value war Defender", "value conceded Defender", "discount"])
    let saved = dir.appendingPathComponent("saved.yaml").path
    #expect(s.execute("save \(saved)").error == nil)
    #expect(Session().execute("load \(saved)").error == nil)
    #expect(s.execute("undo").error == nil)
    #expect(s.document?.priors.count == 4)
  }
}
