import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// `set tail stationary|none` (issue 13, the horizon) on `Scenarios/truce-tail.yaml`,
/// whose answers are worked by hand in its comments: with the tail the US cooperates
/// throughout, [20, 20]; without it the US defects in the last round.
@Suite struct SetTailTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let file = root.appendingPathComponent("Scenarios/truce-tail.yaml")

  static func session() -> Session {
    let s = Session()
    #expect(s.execute("load \(file.path)").error == nil)
    return s
  }

  static func values(_ s: Session) throws -> [Rational] {
    let scenario = try #require(s.document).scenario
    return try #require(try EscalationSolver.solve(scenario).exactExpectedValues)
  }

  /// Without the tail, by hand (δ = 9/10, six rounds, China's grim trigger calm):
  /// round 6, the US defects, [4, -1]; in round t before it, cooperating is worth
  /// 2 + 9/10 (1/2 truce + 1/2 next), the truce's flow of 2 counting to the horizon
  /// (2 (1 − 0.9^k)/(1 − 0.9) for k rounds left), against 4 for defecting (China then
  /// defects for ever, the US's best answer pays 0): round 5 [47/10, 49/20], round 4
  /// [233/40, 77/16], round 3 [28241/4000, 52837/8000], round 2 [661777/80000,
  /// 1290749/160000], round 1 [15052937/1600000, 29810629/3200000].
  @Test func switchingTheTailOffBringsBackTheEndGameAndUndoTakesItBack() throws {
    let s = Self.session()
    #expect(try Self.values(s) == [20, 20])
    #expect(s.execute("set tail none").output == "Tail is now none (was stationary): the game ends with the calendar.")
    #expect(try Self.values(s) == [Rational(15_052_937, 1_600_000), Rational(29_810_629, 3_200_000)])
    #expect(s.execute("set tail stationary").output
      == "Tail is now stationary (was none): after the last dated round the game goes on forever under that round's rules, discounted by 9/10.")
    #expect(try Self.values(s) == [20, 20])
    #expect(s.execute("undo").error == nil)
    #expect(s.document?.scenario.calendar.tail == HorizonTail.none)
    #expect(s.execute("undo").error == nil)
    #expect(s.document?.scenario.calendar.tail == .stationary)
  }

  @Test func anEndlessSumNeedsADiscountBelowOne() throws {
    let s = Self.session()
    #expect(s.execute("set discount 1").error?.message == "a stationary tail needs a discount below 1")
    #expect(s.execute("set tail none").error == nil)
    #expect(s.execute("set discount 1").error == nil)
    let e = try #require(s.execute("set tail stationary").error)
    #expect(e.message == "a stationary tail needs a discount below 1: with discount 1 its sum over endless rounds has no value")
    #expect(s.document?.scenario.calendar.tail == HorizonTail.none)
    let bad = try #require(s.execute("set tail stationery").error)
    #expect(bad.message == "unknown tail 'stationery': write 'none' or 'stationary'")
    #expect(bad.notes == ["did you mean 'stationary'?"])
  }

  @Test func saveWritesTheTailBack() throws {
    let dir = try TemporaryDirectory()
    let s = Self.session()
    _ = s.execute("set tail none")
    #expect(s.execute("save \(dir.path)/t.yaml").error == nil)
    let back = try ScenarioReader.read(contentsOf: "\(dir.path)/t.yaml").scenario
    #expect(back.calendar.tail == HorizonTail.none)
    #expect(back == s.document?.scenario)
  }

  @Test func theTailIsCompleted() {
    let c = Self.session().completer()
    #expect(c.complete("set ta").candidates == ["tail"])
    #expect(c.complete("set tail ").candidates == ["none", "stationary"])
  }
}
