import BrinkFormats
import Testing

@testable import BrinkREPL

/// Hand play under conditions (`when:`, `available_when:`): the round's rules are
/// `ScenarioRound`'s, and a state that is closed on arrival is said so.
@Suite struct ConditionPlayTests {
  /// Holding lands in `meet` with chance 1/2 while the round starts before 20
  /// January; `meet` is open only in rounds starting by 13 January, else `missed`.
  static let yaml = """
    name: window
    players:
      A: {moves: {hold: }}
      B: {moves: {hold: }}
    calendar: {start: 2025-01-06, step: 7, rounds: 4}
    states:
      wait:
        moves: {A: [hold], B: [hold]}
        payoffs: {hold: [[0, 0]]}
        transitions:
          hold/hold: {when: "date < 2025-01-20", to: {meet: 1/2, wait: 1/2}}
      meet:
        available_when: date <= 2025-01-13
        otherwise: missed
        moves: {A: [hold], B: [hold]}
        payoffs: {hold: [[1, 1]]}
        transitions: {any/any: deal}
      missed: {terminal: true}
      deal: {terminal: true, value: [4, 4]}
    """

  @Test func aClosedStateOnArrivalIsSaidAndAvoided() throws {
    let s = Session(scenario: try ScenarioReader.read(Self.yaml, file: "window.yaml"))
    _ = s.execute("set seed 5")
    _ = s.execute("play A=hold B=hold")
    let out = s.execute("play A=hold B=hold").output
    #expect(out.contains("  chance (meet 1/2, wait 1/2) -> meet\n  meet is closed now: in missed instead\nThe scenario ends in missed"))
  }

  @Test func afterTheWindowTheConditionalTransitionNoLongerApplies() throws {
    let s = Session(scenario: try ScenarioReader.read(Self.yaml, file: "window.yaml"))
    _ = s.execute("set seed 1")
    for _ in 0..<2 { _ = s.execute("play A=hold B=hold") }
    // Round 3 starts on 20 January: the entry's condition fails and the game stays.
    let out = s.execute("play A=hold B=hold").output
    #expect(!out.contains("chance"))
    #expect(out.contains("Now in wait"))
  }

  @Test func showSaysWhenAStateIsOpen() throws {
    let s = Session(scenario: try ScenarioReader.read(Self.yaml, file: "window.yaml"))
    #expect(s.execute("show meet").output.hasPrefix("meet: \nOpen only while date <= 2025-01-13; otherwise the game is in missed.\n"))
  }
}
