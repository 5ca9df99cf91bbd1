import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// `record` started mid-session writes a script that `brink run` replays to the
/// session's final state exactly (issue 12: the load and earlier edits were missing).
@Suite struct RecordReplayTests {
  /// A REPL session as `brink` starts one: on the built-in scenario.
  static func fresh() -> Session { Session(scenario: ScenarioReader.builtIn()) }

  @Test func aRecordingStartedMidSessionReproducesItsFinalState() throws {
    let dir = try TemporaryDirectory()
    let s = Self.fresh()
    var said = [String]()
    s.confirm = { said.append($0); return true }  // yes, discard
    for line in ["set payoff talk talk US 5", "show", "load geneva-truce-2025-05", "set seed 7", "set payoff talk talk China 3/2",
                 "play US=talk China=talk", "solve", "undo", "play US=hold China=talk",
                 "set discount 0.9", "record \(dir.path)/s.brink", "play US=talk China=talk", "set display both"] {
      #expect(s.execute(line).error == nil, "\(line)")
    }
    #expect(said.count == 1)  // the load over the first edit asked
    let script = try String(contentsOfFile: "\(dir.path)/s.brink", encoding: .utf8)
    #expect(script.hasPrefix("# brink transcript\n# the session so far\nset payoff talk talk US 5\nload --discard "))
    #expect(!script.contains("solve") && !script.contains("show"))

    let replayed = Self.fresh()
    var errors = ""
    let status = BatchRunner(session: replayed, sourceName: "s.brink", write: { _ in }, writeError: { errors += $0 })
      .run(text: script)
    #expect(status == 0, "\(errors)")
    #expect(replayed.name == s.name)
    #expect(replayed.document == s.document)
    #expect(replayed.position == s.position)
    #expect(replayed.round == s.round)
    #expect(replayed.seed == s.seed)
    #expect(replayed.plays == s.plays)
    #expect(replayed.display == s.display)
    #expect(replayed.execute("show").output == s.execute("show").output)
  }
}
