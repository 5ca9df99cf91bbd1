import BrinkCore
import BrinkFormats
import Testing
@testable import BrinkREPL

/// `set model` for every model the engine has (SetModel.swift), on the default
/// scenario: standoff offers US talk/tariff and China talk/enforce; talks offers
/// both offer/talk; summit deal/walk; summit-cancelled talk/enforce (China);
/// escalation stay/deescalate.
@Suite struct SetModelTests {
  func session() -> Session { Session(scenario: ScenarioReader.builtIn()) }

  func model(_ s: Session, _ p: Int) -> ChoiceModel { s.document!.scenario.behaviours[p].model }

  func index(_ s: Session, _ state: String) -> Int { s.stateNames.firstIndex(of: state)! }

  @Test func everyModelNameSetsTheEngineModel() {
    let s = session()
    let cases: [(String, ChoiceModel)] = [
      ("equilibrium", .equilibrium(selection: .riskDominant)), ("payoff-dominant", .equilibrium(selection: .payoffDominant)),
      ("mixed", .equilibrium(selection: .mixed)), ("logit 2.5", .logit(lambda: 2.5)), ("tit-for-tat", .titForTat),
      ("grim-trigger", .grimTrigger), ("generous-tit-for-tat 1/3", .generousTitForTat(forgiveness: Rational(1, 3))),
    ]
    for (words, expected) in cases {
      #expect(s.execute("set model US \(words)").error == nil, "\(words)")
      #expect(model(s, 0) == expected, "\(words)")
    }
    #expect(s.execute("set model US generous-tit-for-tat 0.25").output
      == "US now chooses by generous-tit-for-tat, forgiving an escalation with probability 1/4.")
  }

  /// The name a model is shown by (`Session.modelName`, from `ModelName`) is the
  /// word `set model` takes for it.
  @Test func theNameShownIsTheWordTyped() {
    let s = session()
    for word in Session.models where word != "fixed" && word != "script" {
      let parameters = word == "logit" ? " 2.5" : word == "generous-tit-for-tat" ? " 1/3" : ""
      #expect(s.execute("set model US \(word)\(parameters)").error == nil, "\(word)")
      #expect(Session.modelName(model(s, 0)) == word + (word == "logit" ? " 2.5" : ""))
    }
  }

  @Test func fixedFollowsTheScenarioFormatsRuleAcrossStates() {
    let s = session()
    #expect(s.execute("set model China fixed talk=1").output
      == "China now plays a fixed mix: in standoff talk 1, enforce 0; in talks offer 0, talk 1; in summit-cancelled talk 1, enforce 0; in standoff@tariff-deadline talk 1, enforce 0; in talks@tariff-deadline offer 0, talk 1; in summit-cancelled@tariff-deadline talk 1, enforce 0; uniform in summit, escalation and truce.")
    guard case .fixed(let mix) = model(s, 1) else { Issue.record("not fixed"); return }
    #expect(mix[index(s, "standoff")] == [1, 0])
    #expect(mix[index(s, "talks")] == [0, 1])
    #expect(mix[index(s, "summit")] == nil && mix[index(s, "escalation")] == nil)
    // `in STATE` changes one state and keeps the others.
    _ = s.execute("set model China fixed talk=2/3 enforce=1/3 in standoff")
    guard case .fixed(let mix2) = model(s, 1) else { Issue.record("not fixed"); return }
    #expect(mix2[index(s, "standoff")] == [Rational(2, 3), Rational(1, 3)])
    #expect(mix2[index(s, "talks")] == [0, 1])
    // A fresh mix without `in` replaces the whole strategy.
    _ = s.execute("set model China fixed offer=1")
    guard case .fixed(let mix3) = model(s, 1) else { Issue.record("not fixed"); return }
    #expect(mix3[index(s, "standoff")] == nil && mix3[index(s, "talks")] == [1, 0])
  }

  @Test func fixedMixesMustSumToOneWhereverTheirMovesAre() {
    let s = session()
    let usage = Session.modelUsage
    #expect(s.execute("set model US fixed talk=1/2 tariff=1/2").error == CommandError(
      "in talks, the mix sums to 1/2, not 1 (it names talk; talks offers US offer and talk)", usage: usage,
      notes: ["use 'in talks' to set one state's mix at a time"]))
    #expect(s.execute("set model US fixed talk=1/2 tariff=1/3 in standoff").error?.message
      == "in standoff, the mix sums to 5/6, not 1 (it names talk and tariff; standoff offers US talk and tariff)")
    #expect(s.execute("set model US fixed tak=1").error?.notes.first == "did you mean 'talk' or 'stay' or 'walk'?")
    #expect(s.execute("set model US fixed offer=1 in standoff").error?.message
      == "US has no move 'offer' in standoff (the moves are talk or tariff)")
    #expect(s.execute("set model US fixed talk=2").error?.message == "P must be from 0 to 1, not 2 (for 'talk')")
    #expect(s.execute("set model US fixed talk=x").error?.message == "P must be an exact number such as 3, -1.5 or 2/3, not 'x'")
    #expect(s.execute("set model US fixed talk").error?.message == "expected MOVE=P, found 'talk'")
    #expect(s.execute("set model US fixed").error?.message == "fixed needs at least one MOVE=P")
    #expect(s.execute("set model US fixed in standoff talk=1").error?.message == "'in STATE' must come last")
    #expect(s.execute("set model US fixed talk=1 in decoupling").error?.message == "decoupling is terminal: no one moves there")
    #expect(s.execute("set model US fixed grand=1 in truce").error?.message
      == "truce is a bargaining state: its moves are made from the deal's menu, and a fixed mix cannot name them (as in a file)")
    #expect(s.execute("set model US fixed keep=1 in truce@grand.1").error?.message
      == "truce@grand.1 is a round of a deal in force: its moves are made from the deal's menu, and a fixed mix cannot name them (as in a file)")
    #expect(s.execute("set model China fixed accept=1").error?.message.hasPrefix("China has no move 'accept' in any state") == true)
    #expect(s.execute("set model US fixed talk=1 talk=0").error?.message == "'talk' is given twice")
    // Nothing was changed by the failures.
    #expect(s.document == ScenarioReader.builtIn() && s.undoStack.isEmpty)
  }

  @Test func scriptPlaysTheScenariosScriptOrExplainsWhyNot() throws {
    let s = session()
    #expect(s.execute("set model US script").output
      == "US now chooses by following the script (3 scripted rounds; unscripted rounds hold).")
    // The summit of round 3 settled the 1 November deadline (it does not act there).
    #expect(model(s, 0) == .script(moves: ["talk", "offer", "deal", nil, nil, nil, nil, nil]))
    let plain = Session(scenario: try ScenarioReader.read(PlayCalendarTests.yaml, file: "cal.yaml"))
    #expect(plain.execute("set model A script").error?.message
      == "cal has no script for A to follow; 'script' needs a scenario with a 'script:' section")
  }

  @Test func badModelsAndParametersNameTheProblem() {
    let s = session()
    #expect(s.execute("set model US tit-for-tot").error?.notes.first == "did you mean 'tit-for-tat'?")
    #expect(s.execute("set model US tit-for-tat 2").error?.message == "unexpected argument '2' ('tit-for-tat' takes no parameter)")
    #expect(s.execute("set model US generous-tit-for-tat").error?.message
      == "generous-tit-for-tat needs G, the chance of forgiving an escalation (0 to 1)")
    #expect(s.execute("set model US generous-tit-for-tat 3/2").error?.message == "G must be from 0 to 1, not 3/2")
    #expect(s.execute("set model US logit -1").error?.message == "logit needs LAMBDA, a number from 0 to 1000000")
    // On a plain game the model is set on the game played once (PlainGameBehaviourTests).
    #expect(run("set model Row mixed").error?.message == "no player named 'Row' (the players are US and China)")
  }

  @Test func everyChangeIsUndone() {
    let s = session()
    for line in ["set model US fixed talk=1", "set model China script", "set model US generous-tit-for-tat 1/2",
                 "set model China fixed enforce=1 in standoff"] {
      #expect(s.execute(line).error == nil, "\(line)")
    }
    for _ in 0..<4 { #expect(s.execute("undo").output.hasPrefix("Undid set model")) }
    #expect(s.document == ScenarioReader.builtIn())
  }

  /// Solve, explain and simulate all read the model that was set.
  @Test func solveExplainAndSimulateUseTheModel() {
    let s = session()
    _ = s.execute("set model US fixed talk=1/2 tariff=1/2 in standoff")
    #expect(s.execute("solve").output.contains("  US plays talk 0.5, tariff 0.5 (fixed strategy)"))
    #expect(s.execute("explain").output.contains("So, in the solved scenario: US plays talk 0.5, tariff 0.5 (fixed strategy);"))
    // China's intent and its tremble are said apart (issue 10, item 7).
    #expect(s.execute("solve").output.contains("  China intends enforce; with tremble 1/50 plays talk 0.01, enforce 0.99 (best response to the other side's fixed rule)"))
    /// The share of paths in each state at round 2 (the row of the state table).
    func round2(_ lines: String...) -> [String] {
      let t = session()
      for line in lines { _ = t.execute(line) }
      let text = t.execute("simulate 400").output
      let row = text.split(separator: "\n").first { $0.hasPrefix("  2      2025-10-23") } ?? ""
      return row.split(separator: " ").dropFirst(2).map(String.init)
    }
    // Columns: standoff, talks, summit, summit-cancelled, escalation, truce, decoupling,
    // the 39 rounds of a truce in force (truce@PACKAGE.k), then the three states of the
    // deadline's round (S@tariff-deadline).
    let hawks = round2("set tremble US 0", "set tremble China 0", "set model US fixed tariff=1 in standoff",
                       "set model China fixed enforce=1 in standoff")
    #expect(hawks.count == 49 && hawks.indices.allSatisfy { hawks[$0] == ($0 == 4 ? "100.0%" : "0.0%") })
    let doves = round2("set tremble US 0", "set tremble China 0", "set model US fixed talk=1 in standoff",
                       "set model China fixed talk=1 in standoff")
    #expect(doves[4] == "0.0%" && doves[0] != "0.0%" && doves[1] != "0.0%")
  }

  @Test func completionKnowsTheModelsMovesAndStates() {
    let c = session().completer { _ in [] }
    #expect(c.complete("set model US f").candidates == ["fixed"])
    #expect(c.complete("set model US g").candidates == ["grim-trigger", "generous-tit-for-tat"])
    #expect(c.complete("set model US s").candidates == ["script"])
    #expect(c.complete("set model US fixed t").candidates == ["talk", "tariff"])
    #expect(c.complete("set model US fixed talk=1 in su").candidates == ["summit", "summit-cancelled", "summit-cancelled@tariff-deadline"])
    #expect(c.complete("set model Ch").candidates == ["China"])
  }

  /// `save` writes the models in the scenario format, and they read back the same.
  @Test func savedModelsReadBackTheSame() throws {
    let dir = try TemporaryDirectory()
    for lines in [["set model China fixed talk=1", "set model China fixed talk=1/3 enforce=2/3 in standoff",
                   "set model US generous-tit-for-tat 1/3"],
                  ["set model US script", "set model China grim-trigger"]] {
      let s = session()
      for line in lines { #expect(s.execute(line).error == nil, "\(line)") }
      #expect(s.execute("save --force \(dir.path)/models.yaml").error == nil)
      let back = try ScenarioReader.read(contentsOf: dir.path + "/models.yaml")
      #expect(back.scenario.behaviours == s.document!.scenario.behaviours, "\(lines)")
    }
  }
}
