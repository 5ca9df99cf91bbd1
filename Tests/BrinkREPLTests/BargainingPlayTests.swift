import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// A deal with content in the REPL (`Scenarios/bargaining-range.yaml`): `explain`
/// in the bargaining state words the bargaining range with the numbers worked by
/// hand in the file; packages are completed where moves are; a package is played
/// by hand; the made states cannot be edited.
@Suite struct BargainingPlayTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let file = root.appendingPathComponent("Scenarios/bargaining-range.yaml")

  static func session(_ text: String? = nil) throws -> Session {
    let s = Session()
    var path = file.path
    if let text {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("bargaining-\(UUID().uuidString).yaml").path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(s.execute("load \(path)").error == nil)
    return s
  }

  @Test func explainShowsTheRangeThePickAndTheNashSolution() throws {
    let out = try Self.session().execute("explain").output
    let section = try #require(out.components(separatedBy: "\n\n").first { $0.hasPrefix("The bargaining range") })
    #expect(section == """
      The bargaining range (Fearon 1995): the packages both sides value at least as much as no deal.
      No deal is worth -2 to US and -2 to China from this round on.
      - cut is worth -3/4 (-0.75) to US (gain 5/4 (1.25)), 9/2 (4.5) to China (gain 13/2 (6.5)): in the range.
      - buy is worth 6 to US (gain 8), -6 to China (gain -4): out of the range, China prefers no deal.
      - swap is worth 45/8 (5.625) to US (gain 61/8 (7.625)), -15/4 (-3.75) to China (gain -7/4 (-1.75)): out of the range, China prefers no deal.
      - grand is worth 7/2 (3.5) to US (gain 11/2 (5.5)), -1 to China (gain 1): in the range.
      In the range: cut, grand.
      The model picks by the subgame-perfect equilibrium of a take-it-or-leave-it offer: US offers, China accepts any package worth at least no deal to it (a tie goes to US), so US offers the package of the range best for itself, grand (7/2 (3.5) to US), and keeps the surplus.
      The model's play: US offers grand and China accepts it.
      For comparison, the Nash bargaining solution (Nash 1950: the package of the range that maximises the product of the gains over no deal) is cut, product 65/8 (8.125) (not the offer: a take-it-or-leave-it offer leaves the surplus to the one who makes it).
      """)
  }

  @Test func anEmptyRangeIsSaidAndTheDealFails() throws {
    let text = try String(contentsOf: Self.file, encoding: .utf8).replacingOccurrences(of: "value: [-2, -2]", with: "value: [-1/2, -1/2]")
    let out = try Self.session(text).execute("explain").output
    #expect(out.contains("\nIn the range:") == false)
    #expect(out.contains("- cut is worth -3/4 (-0.75) to US (gain -1/4 (-0.25)), 9/2 (4.5) to China (gain 5): out of the range, US prefers no deal.\n"))
    #expect(out.contains("- grand is worth 7/2 (3.5) to US (gain 4), -1 to China (gain -1/2 (-0.5)): out of the range, China prefers no deal.\n"))
    #expect(out.contains("The range is empty: each package leaves US or China worse off than no deal, so none is both offered and accepted, and the deal fails."))
    #expect(out.hasSuffix("The model's play: US offers buy and China refuses it."))
  }

  @Test func packagesAreCompletedAndPlayedByHand() throws {
    let s = try Self.session()
    #expect(s.completer().complete("play US=g").candidates == ["US=grand"])
    #expect(s.completer().complete("play China=").candidates == ["China=accept", "China=reject"])
    let out = s.execute("play US=grand China=accept").output
    #expect(out.contains("  tariff_cut: 0 -> 10 points\n  purchases: 0 -> 20 $bn\nNow in talks@grand.1: the deal 'grand' in force, round 1 of 2\n"))
    _ = s.execute("play US=keep China=keep")
    let lapse = s.execute("play US=keep China=keep").output
    #expect(lapse.contains("  tariff_cut: 10 -> 0 points\n") && lapse.contains("Now in talks"))
  }

  @Test func theMadeStatesCannotBeEdited() throws {
    let s = try Self.session()
    #expect(s.execute("set payoff grand accept US 3").error?.message
            == "talks is a bargaining state: its offers, answers and outcomes are made from its menu ('deal:' in the file); edit the menu there")
    _ = s.execute("play US=grand China=accept")
    #expect(s.execute("set payoff keep keep US 3").error?.message.hasPrefix("talks@grand.1 is a round of a deal in force") == true)
  }
}
