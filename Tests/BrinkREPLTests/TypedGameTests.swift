import BrinkCore
import BrinkFormats
import Testing

@testable import BrinkREPL

/// `game`: a bimatrix in one line (issue 12).
@Suite struct TypedGameTests {
  @Test func aPrisonersDilemmaInOneLine() {
    let s = Session()
    let entered = s.execute("game 3,3 0,5 / 5,0 1,1")
    #expect(entered.output.hasPrefix("Entered a 2x2 game between Row (R1, R2) and Column (C1, C2).\n"))
    #expect(s.game == Bimatrix(title: "game", players: ("Row", "Column"), rowStrategies: ["R1", "R2"],
                               columnStrategies: ["C1", "C2"], a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]]))
    #expect(s.prompt == "brink game [round 1]> ")
    #expect(s.execute("play Row=R2 Column=C2").error == nil)
    #expect(s.execute("undo").error == nil)
    #expect(s.execute("undo").output == "Undid load game. Now at round 1.")
    #expect(s.name == "chicken")
  }

  @Test func namesAndFractions() {
    let s = Session()
    _ = s.execute("game --players Wife,Husband --rows Ballet,Boxing --columns Ballet,Boxing 2,1 0,0 / 0,0 1/2,2")
    #expect(s.game.rowPlayer == "Wife" && s.game.columnStrategies == ["Ballet", "Boxing"])
    #expect(s.game.a[1][1] == Rational(1, 2))
    #expect(s.game.rows == 2 && s.game.columns == 2)
  }

  @Test func mistakesAreNamed() {
    #expect(run("game").error?.message == "missing the cells")
    #expect(run("game 1,2 3").error?.message == "a cell is two exact numbers separated by a comma, such as 3,3 or -1/2,2; not '3'")
    #expect(run("game 1,2 / 3,4 5,6").error?.message == "row 2 has 2 cells; row 1 has 1")
    #expect(run("game 1,2 /").error?.message == "an empty row after the last '/'")
    #expect(run("game --rows A 1,2 / 3,4").error?.message == "--rows names 1 moves; the game has 2 rows")
    #expect(run("game --columns A,a 1,2 3,4").error?.message == "two moves of one player have the same name in 'A,a'")
    #expect(run("game --players X,x 1,2").error?.message == "the players need different names")
  }

  @Test func overUnsavedEditsAScriptNeedsDiscard() {
    let s = Session()
    _ = s.execute("set payoff Yield Yield US 4")
    #expect(s.execute("game 1,1").error?.message == "chicken has edits; not loading the typed game over them in a script")
    #expect(s.execute("game --discard 1,1").error == nil)
  }

  @Test func simulateCountsEachSidesMoves() {
    let s = Session()
    _ = s.execute("game --rows C,D --columns C,D 3,3 0,5 / 5,0 1,1")
    let text = s.execute("simulate 100").output
    #expect(text.contains("  Row D            100   1.0000        1"))
    #expect(text.contains("  Column C           0   0.0000        0"))
  }
}

/// `show ladder` and `export ladder`.
@Suite struct LadderCommandTests {
  @Test func showAndExportTheLadder() throws {
    let dir = try TemporaryDirectory()
    let s = Session(scenario: BrinkFormats.ScenarioReader.builtIn())
    let text = s.execute("show ladder").output
    #expect(text.contains("  rung 1  summit-cancelled  escalation\n  rung 0  >*standoff  talks  summit  truce  truce@renew.1  "))
    #expect(text.contains("  - talks -> summit: offer/offer 9/10 if date < 2025-10-30\n  - talks -> truce: offer/offer 1/3 unless date < 2025-10-30\n"))
    #expect(text.contains("  - escalation -> decoupling: stay/stay 1/60 (escalating)"))
    // 7 states, the 3 x 13 rounds of a truce in force and the four rounds of the 1 November deadline.
    #expect(s.execute("export ladder \(dir.path)/l.svg").output == "Wrote \(dir.path)/l.svg (the ladder of us-china-2025-10: 49 states).")
    #expect(try dir.read("l.svg").hasPrefix("<?xml"))
    #expect(s.execute("export ladder \(dir.path)/l.dot").error == nil)
    #expect(try dir.read("l.dot").hasPrefix("digraph"))
    #expect(s.execute("export ladder \(dir.path)/l.png").error?.message == "name the file .svg (an image) or .dot (Graphviz), not '\(dir.path)/l.png'")
    #expect(run("export ladder x.svg").error?.message == "chicken is a plain game; a ladder is drawn of a scenario (load one first)")
  }

  /// `export ladder FILE.svg flow`: the arrows weighted by the last simulation.
  /// Every path starts in standoff and plays its first round there, so the
  /// arrows out of standoff (its loop included) carry 1 path between them in round 1
  /// plus the later rounds played there: their flows sum to the rounds played in
  /// standoff per path.
  @Test func exportTheLadderWeightedByTheFlow() throws {
    let dir = try TemporaryDirectory()
    let s = Session(scenario: BrinkFormats.ScenarioReader.builtIn())
    #expect(s.execute("export ladder \(dir.path)/f.svg flow").error?.message
      == "no simulation to export yet: 'simulate' with a scenario loaded produces one")
    #expect(s.execute("simulate 4000").error == nil)
    #expect(s.execute("export ladder \(dir.path)/f.svg flow").error == nil)
    let svg = try dir.read("f.svg")
    #expect(svg.contains(" per path</text>"))
    #expect(svg.contains("arrow width: times a path took it, over 4000 simulated paths"))
    #expect(s.execute("export ladder \(dir.path)/f.dot flow").error?.message == "'flow' is drawn in the SVG picture only; name the file .svg")
    #expect(s.execute("export ladder \(dir.path)/f.svg flows").error?.message == "expected 'flow' after FILE, not 'flows'")
    let summary = try #require(s.results.simulation?.summary)
    let scenario = s.document!.scenario
    let layout = LadderLayout(scenario)
    let flows = layout.flows(scenario, moves: summary.moves, paths: summary.pathsCompleted)
    let standoff = scenario.states.firstIndex { $0.name == "standoff" }!
    let out = zip(layout.arrows, flows).filter { $0.0.from == standoff }.map(\.1).reduce(0, +)
    let played = Double(summary.moves.first { $0.state == "standoff" }!.rounds) / Double(summary.pathsCompleted)
    #expect(abs(out - played) < 1e-9)
    #expect(played >= 1)
  }
}
