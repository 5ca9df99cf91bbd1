import BrinkCore
import BrinkFormats
import Testing

@testable import BrinkREPL

/// `load` over unsaved edits (issue 12): asked on a terminal, refused in a script
/// unless `--discard`, undone by `undo` either way.
@Suite struct LoadUnsavedEditsTests {
  @Test func aScriptRefusesWithoutDiscard() {
    let s = Session()
    _ = s.execute("set payoff Escalate Escalate US -20")
    let refused = s.execute("load stag-hunt")
    #expect(refused.error?.message == "chicken has edits; not loading stag-hunt over them in a script")
    #expect(refused.error?.notes == ["'export nfg FILE' keeps them; 'load --discard stag-hunt' loads anyway"])
    #expect(s.name == "chicken" && s.game.a[1][1] == Rational(-20))
    #expect(s.execute("load --discard stag-hunt").output.hasPrefix("Loaded stag-hunt:"))
    #expect(s.execute("undo").output == "Undid load stag-hunt. Now at round 1.")
    #expect(s.name == "chicken" && s.game.a[1][1] == Rational(-20))
    #expect(s.execute("undo").output == "Undid set payoff. Now at round 1.")
    #expect(s.execute("load stag-hunt").error == nil)  // nothing unsaved now
  }

  @Test func aTerminalAsksAndNoKeepsTheEdits() {
    let s = Session(scenario: ScenarioReader.builtIn())
    var questions = [String]()
    var answer = false
    s.confirm = { questions.append($0); return answer }
    #expect(s.execute("load chicken").error == nil)  // no edits: no question
    #expect(questions.isEmpty)
    _ = s.execute("undo")
    _ = s.execute("set payoff talk talk US 5")
    let declined = s.execute("load chicken")
    #expect(questions == ["us-china-2025-10 has edits not saved. Discard them and load chicken? ('undo' brings them back) [y/N] "])
    #expect(declined.error?.message == "not loaded; us-china-2025-10 and its edits are kept")
    #expect(s.name == "us-china-2025-10")
    answer = true
    #expect(s.execute("load chicken").error == nil)
    #expect(s.name == "chicken")
    _ = s.execute("undo")
    #expect(s.name == "us-china-2025-10" && s.game.a[0][0] == Rational(5))
  }

  @Test func savedEditsAreNotUnsaved() throws {
    let dir = try TemporaryDirectory()
    let s = Session(scenario: ScenarioReader.builtIn())
    _ = s.execute("set payoff talk talk US 5")
    #expect(s.hasUnsavedEdits)
    #expect(s.execute("save \(dir.path)/a.yaml").error == nil)
    #expect(!s.hasUnsavedEdits)
    #expect(s.execute("load chicken").error == nil)
  }

  @Test func theFirstGameHasNothingBeforeIt() {
    #expect(Session(scenario: ScenarioReader.builtIn()).execute("undo").error?.message == "nothing to undo")
  }
}

/// `set display`: how numbers are shown, not what they are.
@Suite struct SetDisplayTests {
  @Test func eachDisplayShowsTheSamePayoff() {
    let s = Session(scenario: ScenarioReader.builtIn())
    #expect(s.execute("show").output.contains("-4.45, -1.85*"))
    #expect(s.execute("set display exact").output == "Numbers are shown as exact fractions.")
    #expect(s.execute("show").output.contains("-89/20, -37/20*"))
    _ = s.execute("set display both")
    #expect(s.execute("show").output.contains("-89/20 (-4.45), -37/20 (-1.85)*"))
    _ = s.execute("set display decimal")
    #expect(s.execute("play US=talk China=talk").output.hasPrefix("Round 1: US talk, China talk -> payoffs US -2.45, China -2.85."))
    #expect(s.execute("set display exactly").error?.notes == ["did you mean 'exact'?"])
  }

  @Test func solveOfAPlainGameFollowsTheDisplay() {
    let s = Session()
    #expect(s.execute("solve").output.contains("Yield 9/10 (0.9)"))
    _ = s.execute("set display decimal")
    #expect(s.execute("solve").output.contains("Yield 0.9"))
    _ = s.execute("set display exact")
    #expect(!s.execute("solve").output.contains("(0."))
  }
}
