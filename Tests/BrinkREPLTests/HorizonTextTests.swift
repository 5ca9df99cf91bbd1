import Foundation
import Testing
import BrinkCore
import BrinkFormats
@testable import BrinkREPL

/// The sentence `explain` and `show` give of a terminal flow, against sums worked by hand.
@Suite struct HorizonTextTests {
  static func truceTail() throws -> EscalationScenario {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios/truce-tail.yaml")
    return try ScenarioReader.read(String(contentsOf: url, encoding: .utf8), file: "truce-tail.yaml").scenario
  }

  /// Without the tail the truce's flow, 2 a round (3 less the tariff's 1), counts to
  /// the end of the six rounds. Reached in round 2 it is paid in the 5 rounds left:
  /// 2 × (1 + 9/10 + … + (9/10)^4) = 2 × (1 − (9/10)^5)/(1 − 9/10) = 2 × 40951/10000 = 40951/5000.
  @Test func aFlowToTheHorizonIsAGeometricSum() throws {
    var s = try Self.truceTail()
    s.calendar.tail = .none
    let truce = try #require(s.states.firstIndex { $0.name == "truce" })
    let text = HorizonText.terminalWorth(s, state: truce, values: s.initialValues, round: 1)
    #expect(text == "truce: arriving pays US 0, China 0; then US 2, China 2 a round in each of the 5 round(s) left to the horizon "
            + "(40951/10000 rounds' worth at δ = 9/10); worth US 40951/5000, China 40951/5000 on arrival in round 2.")
  }

  /// With the tail it is paid forever: 2/(1 − 9/10) = 20, ten rounds' worth.
  @Test func aFlowForeverIsTenRoundsWorthAtNineTenths() throws {
    let s = try Self.truceTail()
    let truce = try #require(s.states.firstIndex { $0.name == "truce" })
    let text = HorizonText.terminalWorth(s, state: truce, values: s.initialValues, round: 1)
    #expect(text == "truce: arriving pays US 0, China 0; then US 2, China 2 a round forever (a stationary tail: 1/(1 − δ) = 10 rounds' worth); "
            + "worth US 20, China 20 on arrival in round 2.")
  }
}
