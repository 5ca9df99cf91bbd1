import Testing
@testable import BrinkREPL

@Suite struct CompleterTests {
  let completer = Session().completer { directory in
    switch directory {
    case ".": return ["Scenarios/", "script.brink", ".hidden", "README.md"]
    case "Scenarios/": return ["us-china-2025-10.yaml", "taiwan.yaml"]
    default: return nil
    }
  }

  @Test func commandNames() {
    #expect(completer.complete("so").candidates == ["solve"])
    #expect(completer.complete("s").candidates == ["scenarios", "show", "solve", "set", "sweep", "simulate", "save"])
    #expect(completer.complete("").candidates.count == CommandTable.standard.specs.count)
    #expect(completer.complete("zz").candidates == [])
  }

  @Test func helpTopicsAreCommandNames() {
    #expect(completer.complete("help pl").candidates == ["play"])
  }

  @Test func playCompletesPlayersThenMoves() {
    #expect(completer.complete("play ").candidates == ["US=", "China="])
    #expect(completer.complete("play US=").candidates == ["US=Yield", "US=Escalate"])
    #expect(completer.complete("play US=esc").candidates == ["US=Escalate"])
    #expect(completer.complete("play US=Yield ").candidates == ["China="])
    #expect(completer.complete("play Nobody=").candidates == [])
  }

  @Test func setCompletesSubcommandsMovesAndPlayers() {
    #expect(completer.complete("set ").candidates == ["payoff", "seed", "discount", "model", "tremble", "perceives", "probability", "display", "tail"])
    #expect(completer.complete("set perceives ").candidates == ["US", "China"])
    #expect(completer.complete("set perceives China ").candidates == ["Yield", "Escalate"])
    #expect(completer.complete("set perceives China Yield Escalate ").candidates == ["US", "China"])
    #expect(completer.complete("set display ").candidates == ["auto", "exact", "decimal", "both"])
    #expect(completer.complete("set model US ").candidates == Session.models)
    #expect(completer.complete("set probability Yield Yield ").candidates == ["stage"])
    #expect(completer.complete("set payoff E").candidates == ["Escalate"])
    #expect(completer.complete("set payoff Escalate Yield ").candidates == ["US", "China"])
    #expect(completer.complete("set seed ").candidates == [])
  }

  @Test func filesAndScenarios() {
    #expect(completer.complete("load ch").candidates == ["chicken", "chosen-risk"])
    #expect(completer.complete("load Sc").candidates == ["Scenarios/"])
    #expect(completer.complete("load Scenarios/t").candidates == ["Scenarios/taiwan.yaml"])
    #expect(completer.complete("record s").candidates == ["script.brink"])
    #expect(completer.complete("record .").candidates == [".hidden"])
    #expect(completer.complete("export ").candidates == ["nfg", "csv", "simulation", "solution", "chart", "ladder", "efg"])
    #expect(completer.complete("export nfg R").candidates == ["README.md"])
  }

  @Test func statesAndNothingForFreeText() {
    #expect(completer.complete("show ").candidates == ["stage"])
    #expect(completer.complete("simulate ").candidates == [])
    #expect(completer.complete("nonsense x").candidates == [])
  }

  @Test func commonPrefix() {
    #expect(Completion.commonPrefix(["scenarios", "show", "solve"]) == "s")
    #expect(Completion.commonPrefix(["US=Yield", "us=Yes"]) == "US=Y")
    #expect(Completion.commonPrefix([]) == "")
  }
}
