import BrinkCore
import BrinkFormats
import Testing
@testable import BrinkREPL

/// Commands on the default scenario (Scenarios/us-china-2025-10.yaml, built in).
@Suite struct ScenarioCommandTests {
  func session() -> Session { Session(scenario: ScenarioReader.builtIn()) }

  @Test func promptShowsScenarioStateAndRound() {
    let s = session()
    #expect(s.prompt == "brink us-china-2025-10 [standoff, round 1]> ")
    _ = s.execute("play US=tariff China=enforce")
    #expect(s.prompt == "brink us-china-2025-10 [escalation, round 2]> ")
  }

  @Test func playAppliesEffectsAndUndoRestoresThem() {
    let s = session()
    let out = s.execute("play US=tariff China=enforce").output
    // The "or sooner" tariff brings the software controls with it; enforcing brings
    // all three stages of China's controls into force at once.
    #expect(out.contains("us_extra_tariff: 0 -> 100 pts"))
    #expect(out.contains("software_controls: 0 -> 1"))
    #expect(out.contains("rare_earth_controls: 1 -> 3"))
    // us_tariff, us_extra_tariff, china_tariff, rare_earth_controls, software_controls,
    // affiliates_rule, port_fees, soybean_halt, tariff-deadline@due.
    #expect(s.position?.values == [30, 100, 10, 3, 1, 1, 1, 1, 2].map { Rational($0) })
    _ = s.execute("undo")
    #expect(s.position?.values == [30, 0, 10, 1, 0, 1, 1, 1, 2].map { Rational($0) })
    #expect(s.stateNames[s.position!.state] == "standoff")
  }

  @Test func showNamesStatesAndRejectsUnknownOnes() {
    let s = session()
    #expect(s.execute("show").output.hasPrefix("standoff (current state, round 1): Controls announced"))
    #expect(s.execute("show decoupling").output == "decoupling: Tariffs and controls lock in; supply chains split.\nTerminal: arriving here pays US -30, China -30.")
    #expect(s.execute("show truce").output.hasPrefix("truce: Trump and Xi, or their negotiators, settle a truce's terms; the 100% threat is dropped with any deal.\n"))
    let bad = s.execute("show sumit").error
    #expect(bad?.message.hasPrefix("no state named 'sumit'") == true)
    #expect(bad?.notes == ["did you mean 'summit'?"])
  }

  @Test func setPayoffKeepsVariableTermsAndIsUndone() {
    let s = session()
    #expect(s.execute("set payoff talk talk US 3").output == "US's payoff at US talk, China talk is now 3 (was -49/20).")
    #expect(s.game.a[0][0] == Rational(3))
    _ = s.execute("undo")
    #expect(s.game.a[0][0] == Rational(-49, 20))
  }

  /// Backward induction turns this week's Prisoner's Dilemma into a game where
  /// talking is the equilibrium (the teaching point of `explain`).
  @Test func solveAndExplainShowTheContinuationValues() {
    let s = session()
    let solve = s.execute("solve").output
    #expect(solve.contains("1. pure (tariff, enforce); payoffs US -69/20 (-3.45), China -77/20 (-3.85)"))
    #expect(solve.contains("Whole scenario by backward induction (8 rounds, discount 49/50, exact):"))
    #expect(solve.contains("talk/talk       US -14.7395*  China -15.1971*  <- pure equilibrium"))
    let explain = s.execute("explain").output
    #expect(explain.contains("This is Prisoner's Dilemma."))
    #expect(explain.contains("Pure equilibria of the round game (this round's payoffs alone): tariff/enforce; of the round game with the future: talk/talk."))
  }

  @Test func solveIsInterruptible() {
    let s = session()
    s.shouldContinue = { false }
    #expect(s.execute("solve").error?.message == "interrupted; the session is unchanged")
    s.shouldContinue = { true }
    #expect(s.execute("solve").error == nil)
  }

  /// Issue 12: Ctrl-C in the scenario's backward induction keeps the round game's
  /// equilibria (finished first) and says how many nodes were solved; progress
  /// counts those nodes, and nothing half-solved is cached.
  @Test func anInterruptedSolveShowsWhatWasFinished() {
    let s = session()
    var stop = false, reports = [(Int, Int)]()
    s.run = RunControl(isInterrupted: { stop }, progress: { done, total in
      reports.append((done, total))
      stop = true
    })
    let result = s.execute("solve")
    let first = reports.first ?? (-1, -1)
    #expect(reports.count == 1)
    #expect(result.error?.message == "interrupted after the scenario's backward induction had solved \(first.0) of \(first.1) nodes, from the horizon back (round 1 comes last); the session is unchanged")
    #expect(result.output.contains("1. pure (tariff, enforce); payoffs US -69/20 (-3.45), China -77/20 (-3.85)"))
    #expect(!result.output.contains("Whole scenario by backward induction"))
    s.run = .unlimited
    #expect(s.execute("solve").output.contains("Whole scenario by backward induction"))
  }

  @Test func replayFollowsTheScriptAndUndoReturns() {
    let s = session()
    let out = s.execute("replay all").output
    #expect(out.hasPrefix("Replay of us-china-2025-10: US-China rare-earth standoff, October 2025\n3 scripted rounds"))
    #expect(out.hasSuffix("End of the script: now in truce, round 4 ('undo' steps back)."))
    #expect(s.stateNames[s.position!.state] == "truce")
    // The truce is bargained (the US offers, China answers), then runs to the horizon.
    #expect(s.execute("play US=talk China=talk").error != nil)
    for line in ["play US=grand China=accept"] + Array(repeating: "play US=keep China=keep", count: 4) {
      #expect(s.execute(line).error == nil, "\(line)")
    }
    #expect(s.execute("play US=keep China=keep").error != nil)
    // Nothing typed at the end may trap.
    for line in ["set payoff (end) (end) US 3", "solve", "explain", "classify", "sweep payoff (end) (end) US 1 2",
                 "set probability (end) (end) truce 1", "simulate 10", "show", "history"] {
      _ = s.execute(line)
    }
    for _ in 0..<6 { _ = s.execute("undo") }
    #expect(s.stateNames[s.position!.state] == "standoff" && s.round == 1)
    #expect(s.execute("replay 1").output.contains("Round 1 (2025-10-16), state standoff"))
    #expect(s.execute("replay 0").error != nil)
  }

  @Test func simulateIsSeededAndBounded() {
    let a = session().execute("simulate 500").output
    #expect(a.hasPrefix("Simulation of us-china-2025-10: US-China rare-earth standoff, October 2025: 500 paths, 8 rounds, seed 2025"))
    #expect(a == session().execute("simulate 500").output)
    #expect(session().execute("simulate 0").error?.message == "PATHS must be a whole number from 1 to 10000000, not '0'")
  }

  @Test func loadReportsFileErrorsAndKeepsTheSession() {
    let s = session()
    let r = s.execute("load /nonexistent/x.yaml")
    #expect(r.error?.message.hasPrefix("cannot load '/nonexistent/x.yaml':") == true)
    #expect(s.name == "us-china-2025-10")
    #expect(s.execute("load chicken").error == nil)
    #expect(s.execute("load us-china-2025-10").output == "Loaded us-china-2025-10: US-China rare-earth standoff, October 2025.")
  }

  @Test func completionOffersStateAndMoveNames() {
    let c = session().completer { _ in [] }
    #expect(c.complete("play US=t").candidates == ["US=talk", "US=tariff"])
    #expect(c.complete("show su").candidates == ["summit", "summit-cancelled", "summit-cancelled@tariff-deadline"])
  }

  @Test func saveWritesEditsThatReadBack() throws {
    let dir = try TemporaryDirectory()
    let s = session()
    _ = s.execute("set payoff talk talk US 3")
    #expect(s.execute("save \(dir.path)/edited.yaml").output == "Saved us-china-2025-10 to \(dir.path)/edited.yaml.")
    let t = Session()
    #expect(t.execute("load \(dir.path)/edited.yaml").error == nil)
    #expect(t.game.a[0][0] == Rational(3))
    #expect(t.document?.scenario.history == s.document?.scenario.history)
  }

  @Test func saveRefusesToOverwriteABrokenFileWithoutForce() throws {
    let dir = try TemporaryDirectory()
    try writeFile(dir.path + "/bad.yaml", "states: [\n")
    let s = session()
    let r = s.execute("save \(dir.path)/bad.yaml")
    #expect(r.error?.message == "'\(dir.path)/bad.yaml' exists and does not read as a scenario; not overwriting it without --force")
    #expect(try dir.read("bad.yaml") == "states: [\n")
    #expect(s.execute("save \(dir.path)/bad.yaml --force").error == nil)
    #expect(s.execute("save \(dir.path)/bad.yaml --forse").error?.message == "unexpected argument '--forse'")
  }

  @Test func setScenarioParametersAndUndoThem() {
    let s = session()
    #expect(s.execute("set discount 1/2").output == "Discount is now 1/2 (was 49/50).")
    #expect(s.execute("set discount 0").error?.message == "the discount must be greater than 0 and at most 1, not 0")
    #expect(s.execute("set model US logit 2").output == "US now chooses by logit with lambda 2.")
    #expect(s.execute("set model US logit").error?.message == "logit needs LAMBDA, a number from 0 to 1000000")
    #expect(s.execute("set tremble China 1/20").output == "China's tremble is now 1/20.")
    #expect(s.execute("set probability talk talk talks 1").output == "After US talk, China talk in standoff: talks 1.")
    #expect(s.execute("set probability talk talk summit 1/2").output == "After US talk, China talk in standoff: summit 1/2, talks 1/2.")
    #expect(s.execute("set probability talk talk nowhere 1").error?.message.hasPrefix("no state named 'nowhere'") == true)
    #expect(s.document?.scenario.behaviours[1].tremble == Rational(1, 20))
    for _ in 0..<5 { _ = s.execute("undo") }
    #expect(s.document?.scenario == ScenarioReader.builtIn().scenario)
  }
}
