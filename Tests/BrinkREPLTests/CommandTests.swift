import BrinkCore
import Glibc
import Testing
@testable import BrinkREPL

/// Every command, with good and bad arguments. Output is compared exactly where
/// it is short; long teaching text is checked for its numbers.
@Suite struct CommandTests {
  @Test func helpListsEveryCommandAndExplainsOne() {
    let all = run("help").output
    for spec in CommandTable.standard.specs { #expect(all.contains("  " + spec.name + " ")) }
    let play = run("help play").output
    #expect(play.hasPrefix("usage: play PLAYER=MOVE PLAYER=MOVE | play as PLAYER | play MOVE\n"))
    #expect(play.contains("examples:\n  play US=Escalate China=Yield"))
    #expect(run("help slove").error == CommandError("no help topic 'slove'", usage: "help [COMMAND]", notes: ["did you mean 'solve'?"]))
    #expect(run("help a b").error?.message == "unexpected argument 'b'")
  }

  /// Every example in the help text runs without error, so help never lies.
  @Test func everyHelpExampleRuns() throws {
    let dir = try TemporaryDirectory()
    // `export`'s examples need results first: ExportCommandTests runs them after 'simulate' and 'solve'.
    // `reveal` needs a game with hidden types: TypedPlayTests runs its example after 'play as'.
    for spec in CommandTable.standard.specs where !["save", "replay", "export", "reveal"].contains(spec.name) {
      // One session per command, with a round played so 'undo' has something to take back.
      let session = Session()
      _ = session.execute("play US=Yield China=Yield")
      for example in spec.examples {
        let line = example.replacingFileNames(in: dir.path)
        let result = session.execute(line)
        #expect(result.error == nil, "\(example): \(result.error?.rendered ?? "")")
      }
    }
  }

  @Test func unknownCommandSuggests() {
    let r = run("slove")
    #expect(r.error?.message == "unknown command 'slove'")
    #expect(r.error?.notes.first == "did you mean 'solve'?")
    #expect(run("shw").error?.notes.first?.hasPrefix("did you mean 'show'") == true)
  }

  @Test func showMarksBestResponsesAndEquilibria() {
    #expect(run("show").output == """
      +------------+---------+----------+
      | US \\ China | Yield   | Escalate |
      +------------+---------+----------+
      | Yield      |  0,   0 | -1*,  1* |
      | Escalate   | 1*, -1* | -10, -10 |
      +------------+---------+----------+
      * best response
      pure equilibria (every payoff starred): Yield/Escalate, Escalate/Yield
      """)
    #expect(run("load prisoners-dilemma", "show").output.contains("| (Restrain) |  3, 3 "))
    #expect(run("show stage").error == nil)
    #expect(run("show nowhere").error?.usage == "show [STATE]")
  }

  /// The same list as `brink solve` prints (`SolveReport.equilibriaText`).
  @Test func solveListsAllThreeChickenEquilibria() {
    let out = run("solve").output
    #expect(out.hasPrefix("Nash equilibria (all extreme equilibria, by vertex enumeration): 3\n"))
    #expect(out.contains("1. pure (Yield, Escalate); payoffs US -1, China 1"))
    #expect(out.contains("3. pure (Escalate, Yield); payoffs US 1, China -1"))
    #expect(out.contains("""
        2. mixed
           US:    Yield 9/10 (0.9), Escalate 1/10 (0.1)
           China: Yield 9/10 (0.9), Escalate 1/10 (0.1)
           payoffs US -1/10 (-0.1), China -1/10 (-0.1)
      """))
    #expect(run("solve now").error?.message == "unexpected argument 'now'")
  }

  /// Inspection game: no pure equilibrium; mixing by indifference gives
  /// q = 6/7 (China complies) and p = 4/7 (US inspects), worked by hand.
  @Test func solveInspectionMixedOnly() {
    let out = run("load inspection", "solve").output
    #expect(out.contains("1. mixed\n     US:    Inspect 4/7 (0.5714), Trust 3/7 (0.4286)\n     China: Comply 6/7 (0.8571), Cheat 1/7 (0.1429)"))
    #expect(!out.contains("pure"))
  }

  @Test func classifyNamesTheClassics() {
    #expect(run("classify").output.hasPrefix("chicken is Chicken."))
    #expect(run("load prisoners-dilemma", "classify").output.hasPrefix("prisoners-dilemma is Prisoner's Dilemma."))
    // Skyrms's stag hunt has a tie (T = P = 3), which the engine's ordinal taxonomy names as such.
    #expect(run("load stag-hunt", "classify").output.contains("R = 4 (both Cooperate), S = 0 (sucker), T = 3 (temptation), P = 3"))
    #expect(run("load inspection", "classify").output.hasPrefix("inspection is Cyclic"))
    #expect(run("classify x").error != nil)
  }

  @Test func explainGivesTheNumbers() {
    let out = run("explain").output
    #expect(out.contains("If China plays Yield, US does best with Escalate (1 against 0 for Yield)."))
    #expect(out.contains("US would get 0 instead of 1 by switching to Yield"))
    #expect(out.contains("q = 9/10"))
    #expect(out.contains("Yield pays 0*q + (-1)*(1 - q) and Escalate pays 1*q + (-10)*(1 - q)"))
    #expect(out.contains("This is Chicken."))
    let pd = run("load prisoners-dilemma", "explain").output
    #expect(pd.contains("1. US's Restrain is strictly dominated by Escalate"))
    #expect(pd.contains("2. China's Restrain is strictly dominated by Escalate"))
    #expect(pd.contains("Only US Escalate and China Escalate survive"))
  }

  @Test func playAdvancesTheRoundAndUndoTakesItBack() {
    let s = Session()
    #expect(s.prompt == "brink chicken [round 1]> ")
    let r = s.execute("play China=Yield US=Escalate")
    #expect(r.output.hasPrefix("Round 1: US Escalate, China Yield -> payoffs US 1, China -1."))
    #expect(s.prompt == "brink chicken [round 2]> ")
    #expect(s.execute("play us=yield china=escalate").output.contains("Totals after 2 rounds: US 0, China 0."))
    #expect(s.execute("undo").output == "Undid play. Now at round 2.")
    #expect(s.round == 2)
  }

  @Test func playRejectsBadArguments() {
    #expect(run("play US=Escalate").error?.message == "missing argument")
    #expect(run("play US=Escalate US=Yield").error?.message == "US is given two moves")
    #expect(run("play US Escalate").error?.message == "expected PLAYER=MOVE, found 'US'")
    #expect(run("play US=Fly China=Yield").error?.message == "US has no move 'Fly' (the moves are Yield or Escalate)")
    #expect(run("play US=Escalate China=Yield x").error?.message == "unexpected argument 'x'")
    let s = Session()
    _ = s.execute("play US=Escalate China=Nope")
    #expect(s.round == 1)
  }

  @Test func setChangesPayoffsExactlyAndUndoRestores() {
    let s = Session()
    #expect(s.execute("set payoff Escalate Escalate US -21/2").output == "US's payoff at US Escalate, China Escalate is now -21/2 (was -10).")
    #expect(s.game.a[1][1] == Rational(-21, 2))
    #expect(s.execute("set seed 7").output == "Seed set to 7.")
    _ = s.execute("undo")
    _ = s.execute("undo")
    #expect(s.game.a[1][1] == Rational(-10))
    #expect(s.seed == Simulator.defaultSeed)
    #expect(s.execute("undo").error?.message == "nothing to undo")
  }

  @Test func setRejectsBadArguments() {
    #expect(run("set").error?.message == "missing what to set (payoff, seed, discount, model, tremble, perceives, probability, display or tail)")
    #expect(run("set discount 1/2").error?.message == "'set discount' needs a scenario; chicken is a plain game")
    #expect(run("set payof x").error?.notes == ["did you mean 'payoff'?"])
    #expect(run("set payoff Escalate Escalate US lots").error?.message == "VALUE must be an exact number such as 3, -1.5 or 2/3, not 'lots'")
    #expect(run("set payoff Escalate Escalate Russia 1").error?.message == "no player named 'Russia' (the players are US and China)")
    #expect(run("set seed -1").error?.usage == "set seed N")
  }

  @Test func resetReturnsToTheLoadedGame() {
    let s = Session()
    _ = s.execute("set payoff Yield Yield US 5; play US=Yield China=Yield")
    #expect(s.execute("reset").output == "Reset chicken to round 1 with the payoffs as loaded.")
    #expect(s.game == BuiltInGames.chicken.game && s.round == 1)
    _ = s.execute("undo")
    #expect(s.game.a[0][0] == Rational(5) && s.round == 2)
  }

  @Test func loadAndScenarios() {
    let s = Session()
    #expect(s.execute("load stag-hunt").output.hasPrefix("Loaded stag-hunt:"))
    #expect(s.prompt == "brink stag-hunt [round 1]> ")
    #expect(s.execute("load stag-hnt").error?.notes.first == "did you mean 'stag-hunt'?")
    #expect(s.execute("load").error?.message == "missing argument")
    #expect(s.name == "stag-hunt")
    #expect(run("scenarios").output.contains("  chicken "))
  }

  /// Skyrms's stag hunt has T = P = 3; at x = 0 US's P equals its S, a continuum
  /// joins, and the sweep from 0 says so at its end point (issue 10, item 5).
  @Test func sweepReportsAChangeAtAnEndPoint() {
    let out = run("load stag-hunt", "sweep payoff Defect Defect US 0 5").output
    #expect(out.contains("  x = 0                 (Cooperate, Cooperate) (3/4 Cooperate + 1/4 Defect, Defect) (Defect, Defect)   <- end point; the equilibria change here"))
    #expect(out.contains("every mixture of (3/4 Cooperate + 1/4 Defect, Defect) and (Defect, Defect) is an equilibrium"))
    #expect(!out.contains("No break points"))
  }

  /// `show` marks what iterated strict dominance removes, not one pass only: with
  /// US's hold/hold at -5, China's talk goes first and US's hold second (issue
  /// 10, item 2), as `explain` removes them.
  @Test func showMarksEveryStepOfIteratedDominance() {
    let s = Session()
    let show = run("load geneva-truce-2025-05", "set payoff hold hold US -5", "show", in: s).output
    #expect(show.contains("| (hold)     |"))
    #expect(show.contains("| US \\ China | hold          | (talk)       |"))
    #expect(show.contains("(s) eliminated by iterated strict dominance"))
    let explain = s.execute("explain").output
    #expect(explain.contains("2. US's hold is strictly dominated by talk"))
  }

  /// Ties in `explain` read "indifferent (0 either way)", and the selection is
  /// named: payoff and risk dominance (Harsanyi and Selten 1988), issue 10, item 6.
  @Test func explainSaysTiesAndSelection() {
    let explain = run("load stag-hunt", "set payoff Defect Defect US 0", "explain").output
    #expect(explain.contains("US is indifferent (0 either way) about switching to Cooperate"))
    #expect(!explain.contains("would get 0 instead of 0"))
    let stag = run("load stag-hunt", "explain").output
    #expect(stag.contains("This is Stag Hunt."))
    #expect(stag.contains("- Payoff dominance: Cooperate/Cooperate is better for both sides than any other pure equilibrium, so it payoff-dominates (Harsanyi and Selten 1988)."))
    #expect(stag.contains("Defect/Defect has the larger, so it risk-dominates"))
    // Zagare and Kilgour's deterrence stage is sequential: no simultaneous
    // selection decides there, so none is told; nor is it called Battle-of-the-Sexes-like.
    let deterrence = run("load deterrence", "explain").output
    #expect(!deterrence.contains("Which equilibrium"))
    #expect(!deterrence.contains("Battle of the Sexes"))
  }

  @Test func sweepFindsTheExactBreakPoint() {
    let out = run("sweep payoff Escalate Escalate US -20 5").output
    #expect(out == """
      Sweeping US's payoff at US Escalate, China Escalate from -20 to 5:
        x = -20               (Yield, Escalate) (9/10 Yield + 1/10 Escalate, 19/20 Yield + 1/20 Escalate) (Escalate, Yield)   <- end point
        x in (-20, -1)        (Yield, Escalate) (Escalate, Yield) mixed
        x = -1                (Yield, Escalate) (9/10 Yield + 1/10 Escalate, Escalate) (Escalate, Yield)   <- break point
                              every mixture of (Yield, Escalate) and (9/10 Yield + 1/10 Escalate, Escalate) is an equilibrium
        x in (-1, 5)          (Escalate, Yield)
        x = 5                 (Escalate, Yield)   <- end point
      """)
    // At x = -1 the sweep lists what solve lists there: two pure equilibria, the
    // one where US mixes, and the continuum they span (issue 10, item 5).
    let solve = run("set payoff Escalate Escalate US -1", "solve").output
    #expect(solve.contains("Nash equilibria (all extreme equilibria, by vertex enumeration): 3"))
    #expect(solve.contains("Maximal Nash subsets (each convex: every mixture of the equilibria in one set is an equilibrium; numbers as above): {1, 2}, {3}"))
    #expect(run("sweep payoff Escalate Escalate US 5 1").error?.message == "FROM must be less than TO")
    #expect(run("sweep seed").error?.message == "cannot sweep the seed: it changes only the random draws of 'simulate', never the equilibria")
  }

  @Test func simulateIsSeededAndInterruptible() {
    let a = run("simulate 5000").output, b = run("simulate 5000").output
    #expect(a == b)
    #expect(a.hasPrefix("Simulated 5000 rounds:"))
    #expect(run("set seed 9", "simulate 5000").output != a)
    let s = Session()
    var checks = 0
    s.shouldContinue = { checks += 1; return checks < 3 }
    #expect(s.execute("simulate 1000000").output.hasPrefix("interrupted after 8192 of 1000000 rounds"))
    #expect(run("simulate 0").error?.message == "ROUNDS must be a whole number from 1 to 1000000000, not '0'")
    #expect(run("simulate many").error != nil)
  }

  @Test func exportWritesFilesAtomically() throws {
    let dir = try TemporaryDirectory()
    let nfg = dir.path + "/c.nfg", csv = dir.path + "/c.csv"
    #expect(run("export nfg \(nfg)").output == "Wrote \(nfg).")
    #expect(try dir.read("c.nfg").hasPrefix("NFG 1 R \"chicken\" { \"US\" \"China\" }"))
    // It reads back as the same game.
    let s = Session()
    _ = s.execute("load prisoners-dilemma")
    #expect(s.execute("load \(nfg)").error == nil)
    #expect(s.game == BuiltInGames.chicken.game)
    _ = run("export csv \(csv)")
    #expect(try dir.read("c.csv") == "US,China,US payoff,China payoff\nYield,Yield,0,0\nYield,Escalate,-1,1\nEscalate,Yield,1,-1\nEscalate,Escalate,-10,-10\n")
    #expect(run("export svg x").error?.message == "cannot export 'svg' (export nfg, csv, simulation, solution, chart, ladder or efg)")
    #expect(run("export nfg /nonexistent-dir/x.nfg").error?.message.hasPrefix("cannot write '/nonexistent-dir/x.nfg'") == true)
  }

  @Test func recordWritesAReplayableTranscript() throws {
    let dir = try TemporaryDirectory()
    let s = Session()
    _ = s.execute("record \(dir.path)/t.brink")
    _ = s.execute("play US=Escalate China=Yield")
    _ = s.execute("slove")
    _ = s.execute("solve")
    #expect(s.execute("record off").output == "Stopped recording to \(dir.path)/t.brink.")
    _ = s.execute("show")
    #expect(try dir.read("t.brink") == "# brink transcript\nplay US=Escalate China=Yield\nsolve\n")
    #expect(run("record off").error?.message == "not recording")
    #expect(run("record /nonexistent-dir/t").error?.message == "cannot open '/nonexistent-dir/t' for writing")
  }

  @Test func historyListsLines() {
    #expect(run("show", "solve  # why", "history").output == "1  show\n2  solve  # why")
    #expect(run("history").output == "No commands yet.")
  }

  @Test func quitAndExitEndTheSession() {
    #expect(run("quit").quit)
    #expect(run("exit").quit)
    #expect(run("solve; quit; show").output.hasPrefix("Nash"))
  }

  @Test func replayAndSaveExplainWhatTheyNeed() {
    #expect(run("replay").error?.message.contains("has no script to replay") == true)
    #expect(run("save x.yaml").error?.message.contains("is a plain game, not a scenario") == true)
    #expect(run("save").error?.message == "missing argument")
  }

  @Test func strangeInputNeverTraps() {
    for line in ["\"", "play =", "play US= China=", "set payoff", "set payoff Escalate", "sweep payoff Yield Yield US 1/0 2",
                 "set payoff Yield Yield US 1e99999", String(repeating: "x", count: 20_000), "load ../../..", ";;;", "help help help",
                 "play US==Yield China=Yield", "simulate 99999999999999999999"] {
      let s = Session()
      let r = s.execute(line)
      #expect(r.error != nil || r.output.isEmpty, "\(line.prefix(40))")
      #expect(s.game == BuiltInGames.chicken.game)
    }
  }
}

/// A fresh temporary directory, removed when the value goes away.
final class TemporaryDirectory {
  let path: String
  init() throws {
    var template = Array("/tmp/brink-test-XXXXXX".utf8CString)
    guard let p = mkdtemp(&template) else { throw CommandError("mkdtemp failed") }
    path = String(cString: p)
  }
  func read(_ name: String) throws -> String {
    guard let f = fopen(path + "/" + name, "r") else { throw CommandError("cannot read \(name)") }
    defer { fclose(f) }
    var bytes = [UInt8]()
    while case let c = fgetc(f), c != EOF { bytes.append(UInt8(c)) }
    return String(decoding: bytes, as: UTF8.self)
  }
  deinit {
    if let dir = opendir(path) {
      while let e = readdir(dir) {
        let name = withUnsafePointer(to: e.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
        if name != "." && name != ".." { unlink(path + "/" + name) }
      }
      closedir(dir)
    }
    rmdir(path)
  }
}

extension String {
  /// Help examples name files like `chicken.nfg`; point them into `directory`.
  func replacingFileNames(in directory: String) -> String {
    split(separator: " ").map { w in
      w.contains(".") && !w.hasPrefix("-") ? directory + "/" + w : String(w)
    }.joined(separator: " ")
  }
}
