import BrinkCore
import BrinkFormats
import Testing
@testable import BrinkREPL

/// The REPL's `replay`, stepping through the default scenario's script (3 rounds:
/// standoff talk/talk, talks offer/offer, summit deal+drop/deal, ending in truce) with
/// the same rendering as `brink replay` (ReplayReport).
@Suite struct ReplaySteppingTests {
  func session() -> Session { Session(scenario: ScenarioReader.builtIn()) }

  /// The report as the replay's end shows it: with the baselines' scores.
  func report() throws -> ReplayReport {
    let doc = ScenarioReader.builtIn()
    var report = ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
    report.compare(baselinesOf: doc.scenario)
    return report
  }

  @Test func replayStepsOneRoundAtATimeWithThePromptShowingWhere() throws {
    let s = session()
    let r = try report()
    #expect(s.execute("replay").output == [
      "Replay of us-china-2025-10: US-China rare-earth standoff, October 2025",
      "3 scripted rounds: 'replay' shows the next, 'replay all' the rest, 'replay stop' ends.", "",
      r.render(round: 0),
    ].joined(separator: "\n"))
    #expect(s.prompt == "brink us-china-2025-10 [replay 1/3, talks, round 2]> ")
    #expect(s.execute("replay next").output == "\n" + r.render(round: 1))
    #expect(s.prompt == "brink us-china-2025-10 [replay 2/3, summit, round 3]> ")
    // Mid-replay, the other commands look at the round reached.
    #expect(s.execute("show").output.hasPrefix("summit (current state, round 3)"))
    #expect(s.execute("replay").output == "\n" + r.render(round: 2) + "\n\n" + r.likelihoodLine
      + "\n" + r.scoreLine! + "\n\n" + r.comparisonText!
      + "\nEnd of the script: now in truce, round 4 ('undo' steps back).")
    #expect(s.prompt == "brink us-china-2025-10 [truce, round 4]> ")
    #expect(s.plays.count == 3)
  }

  @Test func replayAllPrintsWhatBrinkReplayPrints() throws {
    let out = session().execute("replay all").output
    var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.remove(at: 1).hasPrefix("3 scripted rounds"))
    #expect(lines.removeLast() == "End of the script: now in truce, round 4 ('undo' steps back).")
    #expect(lines.joined(separator: "\n") == (try report()).render())
  }

  @Test func eachReplayCommandIsOneUndoStep() {
    let s = session()
    _ = s.execute("play US=tariff China=enforce")
    let before = (s.position, s.round)
    _ = s.execute("replay")
    _ = s.execute("replay")
    #expect(s.execute("undo").output == "Undid replay. Now at round 2.")
    #expect(s.prompt == "brink us-china-2025-10 [replay 1/3, talks, round 2]> ")
    #expect(s.execute("replay").output.hasPrefix("\nRound 2 (2025-10-23), state talks"))
    _ = s.execute("undo")
    _ = s.execute("undo")
    #expect(s.position == before.0 && s.round == before.1)
    #expect(s.prompt == "brink us-china-2025-10 [escalation, round 2]> ")
  }

  @Test func ctrlCStopsBetweenRoundsAndReplayGoesOn() throws {
    let s = session()
    _ = s.execute("solve")  // so the solve (which also checks) is cached
    var calls = 0
    s.shouldContinue = {
      calls += 1
      // The path's likelihood polls first, once per round in each of its two passes
      // (3 + 3); then one poll before each round shown.
      return calls <= 6 + 2
    }
    let out = s.execute("replay all").output
    #expect(out.hasSuffix("\n\ninterrupted after round 2 of 3; 'replay' goes on from there"))
    #expect(out.contains("Round 2 (2025-10-23)") && !out.contains("Round 3"))
    #expect(s.prompt == "brink us-china-2025-10 [replay 2/3, summit, round 3]> ")
    s.shouldContinue = { true }
    #expect(s.execute("replay all").output.hasPrefix("\nRound 3 (2025-10-30), state summit"))
    #expect(s.stateNames[s.position!.state] == "truce")
  }

  /// Ctrl-C while the path's likelihood is computed (its exact pass, here) stops it;
  /// the replay keeps the floating-point value and says the exact one was interrupted.
  @Test func ctrlCDuringTheLikelihoodIsReported() throws {
    let s = session()
    _ = s.execute("solve")
    var calls = 0
    s.shouldContinue = {
      calls += 1
      return calls <= 4  // the floating-point pass (3 rounds) and one exact round
    }
    #expect(s.execute("replay").output.hasSuffix("interrupted after round 0 of 3; 'replay' goes on from there"))
    s.shouldContinue = { true }
    let full = try report()
    let out = s.execute("replay all").output
    #expect(out.contains("\nLikelihood of the real path under the model: \(ReplayReport.format(full.probability))"
                         + " (the exact value was interrupted)\n"))
    #expect(!full.likelihoodInterrupted && full.exactProbability != nil)
  }

  @Test func stopPlaysAndEditsEndTheReplay() {
    let s = session()
    _ = s.execute("replay")
    #expect(s.execute("replay stop").output == "Replay stopped after 1 of 3 rounds; play goes on from round 2.")
    #expect(s.prompt == "brink us-china-2025-10 [talks, round 2]> ")
    #expect(s.execute("replay stop").error?.message == "no replay in progress")
    #expect(s.execute("undo").output == "Undid replay stop. Now at round 2.")
    #expect(s.prompt.contains("replay 1/3"))
    // A play leaves the replay; the next replay starts again from the top.
    _ = s.execute("play US=offer China=offer")
    #expect(!s.prompt.contains("replay"))
    #expect(s.execute("replay").output.hasPrefix("Replay of us-china-2025-10"))
    #expect(s.round == 2)
  }

  @Test func badArgumentsNameTheProblem() {
    let s = session()
    #expect(s.execute("replay 0").error == CommandError(
      "expected next, all, stop or a number of rounds of at least 1, not '0'", usage: "replay [next|N|all|stop] [--against FILE]..."))
    #expect(s.execute("replay al").error?.message == "expected next, all, stop or a number of rounds of at least 1, not 'al'")
    #expect(s.execute("replay 1 2").error?.message == "unexpected argument '2'")
    #expect(s.execute("replay --against").error?.message == "--against needs a scenario file")
    #expect(s.execute("replay --against /nonexistent/x.yaml").error?.message.hasPrefix("cannot read '/nonexistent/x.yaml':") == true)
    #expect(s.execute("replay 2").output.contains("Round 2 (2025-10-23)"))
    #expect(s.prompt.contains("replay 2/3"))
    #expect(run("replay").error?.message == "chicken has no script to replay; replay needs a scenario file with a 'script:' section")
  }
}
