import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// A deadline that is a decision in hand play (`Scenarios/deadline.yaml`): the
/// round of the deadline is played with the Sender's move paired with an option;
/// an extension brings the deadline back; an edit of `talks` holds in the round of
/// the deadline, which itself cannot be edited; `save` writes the one event back.
@Suite struct DeadlinePlayTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static func session() throws -> Session {
    let s = Session()
    #expect(s.execute("load \(root.appendingPathComponent("Scenarios/deadline.yaml").path)").error == nil)
    return s
  }

  @Test func theDeadlineIsTheSendersDecision() throws {
    let s = try Self.session()
    let first = s.execute("play Sender=wait Target=hold-out").output
    #expect(first.contains("  2025-10-22: The Sender's deadline (event deadline): now in talks@deadline\n"))
    let extended = s.execute("play Sender=wait+extend Target=hold-out").output
    #expect(extended.contains("  deadline@due: 1 -> 2\n  2025-10-27: The Sender's deadline (event deadline): now in talks@deadline\n"))
    let enforced = s.execute("play Sender=wait+enforce Target=concede").output
    #expect(enforced.contains("The scenario ends in tariffs"))
    _ = s.execute("undo")
    _ = s.execute("undo")
    let dropped = s.execute("play Sender=wait+drop Target=hold-out").output
    #expect(dropped.contains("deadline@due: 1 -> -1"))
    #expect(!dropped.contains("event deadline"))
  }

  @Test func editsGoToTheStateTheRoundIsMadeFrom() throws {
    let s = try Self.session()
    // In talks: conceding is worth 2 to the Sender; make it 3, and the deadline's round follows.
    #expect(s.execute("set payoff wait concede Sender 3").error == nil)
    let k = try #require(s.document?.scenario.stateIndex(named: "talks@deadline"))
    #expect(s.document?.scenario.states[k].outcomes[1][1].payoffs[0].constant == 3)  // wait+extend/concede
    _ = s.execute("play Sender=wait Target=hold-out")
    let refused = s.execute("set payoff wait+enforce hold-out Sender 1").error?.message
    #expect(refused == "talks@deadline is the round of the deadline 'deadline', made from talks: edit talks, and the round of the deadline follows")
  }

  @Test func saveKeepsTheDecisionAsWritten() throws {
    let dir = try TemporaryDirectory()
    let s = try Self.session()
    _ = s.execute("set payoff wait concede Sender 3")
    #expect(s.execute("save \(dir.path)/deadline.yaml").error == nil)
    let text = try String(contentsOfFile: "\(dir.path)/deadline.yaml", encoding: .utf8)
    #expect(text.contains("    decision:\n      player: Sender\n"))
    #expect(try ScenarioReader.read(contentsOf: "\(dir.path)/deadline.yaml").scenario == s.document?.scenario)
  }
}
