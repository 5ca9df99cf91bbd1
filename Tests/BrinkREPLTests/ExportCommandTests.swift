import BrinkCore
import BrinkFormats
import Foundation
import Testing
@testable import BrinkREPL

/// `export`: every form, its bad arguments, "no results yet", and that the files are
/// the documents the command-line tool writes for the same run.
@Suite struct ExportCommandTests {
  func scenarioSession() -> Session { Session(scenario: ScenarioReader.builtIn()) }

  /// The default scenario simulated as `brink simulate` does it, independently of the REPL.
  static func referenceSummary(paths: Int, seed: UInt64) throws -> (SimulationSummary, ScenarioDocument) {
    let doc = ScenarioReader.builtIn()
    let compiled = try EscalationSolver.solve(doc.scenario).compiledScenario()
    let statistics = Simulator.run(compiled.ladder, paths: paths, seed: seed, threads: 1)
    return (compiled.summary(statistics, scenario: doc.scenario), doc)
  }

  @Test func nothingToExportYetSaysWhichCommandMakesIt() {
    let plain = Session()
    #expect(plain.execute("export simulation json x.json").error == CommandError(
      "no simulation to export yet: 'simulate' with a scenario loaded produces one",
      notes: ["chicken is a plain game; its 'simulate' is shown, not kept (load a scenario first)"]))
    #expect(plain.execute("export chart x.svg").error?.message == "no simulation to chart yet: 'simulate' with a scenario loaded produces one")
    #expect(plain.execute("export solution json x.json").error == CommandError("no solution to export yet: 'solve' produces one"))
    // A plain game's simulate is not kept, so there is still nothing to export.
    _ = plain.execute("simulate 100")
    #expect(plain.execute("export simulation csv x.csv").error?.message.hasPrefix("no simulation to export yet") == true)
    let s = scenarioSession()
    #expect(s.execute("export simulation json x.json").error?.notes == [])
    #expect(s.execute("export solution json x.json").error?.message == "no solution to export yet: 'solve' produces one")
  }

  @Test("bad arguments name the problem and show the form's usage", arguments: [
    ("export", "missing argument", CommandSpec.exportUsage),
    ("export nfg", "missing argument", "export nfg|csv FILE"),
    ("export csv a.csv b", "unexpected argument 'b'", "export nfg|csv FILE"),
    ("export simulation", "missing argument", "export simulation json|csv FILE"),
    ("export simulation run.json", "missing the format (json or csv) before 'run.json'", "export simulation json|csv FILE"),
    ("export simulation xml run.xml", "cannot export simulation as 'xml' (the formats are json and csv)", "export simulation json|csv FILE"),
    ("export simulation json a.json b", "unexpected argument 'b'", "export simulation json|csv FILE"),
    ("export solution csv s.csv", "cannot export solution as 'csv' (the format is json)", "export solution json FILE"),
    ("export solution s.json", "missing the format (json) before 's.json'", "export solution json FILE"),
    ("export chart", "missing argument", "export chart FILE"),
    ("export chart a.svg b.svg", "unexpected argument 'b.svg'", "export chart FILE"),
    ("export chart run.png", "a chart is an SVG image; name the file with .svg, not '.png'", "export chart FILE"),
    ("export chart out.d/run.json", "a chart is an SVG image; name the file with .svg, not '.json'", "export chart FILE"),
  ])
  func badArguments(_ line: String, _ message: String, _ usage: String) {
    let s = scenarioSession()
    #expect(s.execute(line).error == CommandError(message, usage: usage))
  }

  @Test func unknownKindsSuggestTheRightForm() {
    let unknown = "cannot export '%@' (export nfg, csv, simulation, solution, chart, ladder or efg)"
    let svg = run("export svg x.svg").error
    #expect(svg?.message == unknown.replacingOccurrences(of: "%@", with: "svg"))
    #expect(svg?.notes == ["SVG charts are written by 'export chart FILE'"])
    #expect(run("export json x.json").error?.notes == ["JSON is written by 'export simulation json FILE' and 'export solution json FILE'"])
    #expect(run("export simulaton json x.json").error?.notes == ["did you mean 'simulation'?"])
    #expect(run("export results json x.json").error?.notes
            == ["the last 'simulate' is written by 'export simulation json|csv FILE', the last 'solve' by 'export solution json FILE'"])
    #expect(run("export SIMULATION").error?.usage == "export simulation json|csv FILE")
  }

  @Test func simulationFilesAreWhatBrinkSimulateWrites() throws {
    let dir = try TemporaryDirectory()
    let s = scenarioSession()
    _ = s.execute("set seed 5")
    #expect(s.execute("simulate 2000").error == nil)
    let (summary, doc) = try Self.referenceSummary(paths: 2000, seed: 5)
    #expect(s.execute("export simulation json \(dir.path)/run.json").output
            == "Wrote \(dir.path)/run.json (the simulation of us-china-2025-10: 2000 paths, seed 5).")
    #expect(try dir.read("run.json") == SimulationReport.json(summary) + "\n")
    #expect(s.execute("export simulation CSV \(dir.path)/run.csv").error == nil)
    #expect(try dir.read("run.csv") == SimulationReport.csv(summary) + "\n")
    #expect(s.execute("export chart \(dir.path)/run.svg").output
            == "Wrote \(dir.path)/run.svg (charts of the simulation of us-china-2025-10: 2000 paths, seed 5).")
    let calendar = doc.scenario.calendar
    let title = SimulationReport.title(name: doc.name, scenarioTitle: doc.scenario.title)
    #expect(try dir.read("run.svg")
            == SimulationChart.svg(summary, title: title, dates: (0...calendar.rounds).map { calendar.date(ofRound: $0) }))
    // The JSON reads back as the summary it came from.
    let decoded = try JSONDecoder().decode(SimulationSummary.self, from: Data(try dir.read("run.json").utf8))
    #expect(decoded == summary)
  }

  @Test func theSameSeedWritesTheSameBytes() throws {
    let dir = try TemporaryDirectory()
    func files(_ seed: Int, _ tag: String) -> [String] {
      let s = scenarioSession()
      _ = s.execute("set seed \(seed)")
      _ = s.execute("simulate 1000")
      return ["json", "csv"].map { format in
        _ = s.execute("export simulation \(format) \(dir.path)/\(tag).\(format)")
        return (try? dir.read("\(tag).\(format)")) ?? ""
      } + [{ _ = s.execute("export chart \(dir.path)/\(tag).svg"); return (try? dir.read("\(tag).svg")) ?? "" }()]
    }
    let a = files(7, "a"), b = files(7, "b"), c = files(8, "c")
    #expect(a.allSatisfy { !$0.isEmpty })
    #expect(a == b)
    for k in a.indices { #expect(a[k] != c[k]) }
  }

  @Test func scenarioSolutionIsWhatBrinkSolveWrites() throws {
    let dir = try TemporaryDirectory()
    let s = scenarioSession()
    #expect(s.execute("solve").error == nil)
    #expect(s.execute("export solution json \(dir.path)/s.json").output
            == "Wrote \(dir.path)/s.json (the solution of us-china-2025-10 by backward induction).")
    let doc = ScenarioReader.builtIn()
    let solved = try EscalationSolver.solve(doc.scenario)
    let expected = SolveJSON.document([ScenarioSolveJSON.object(file: s.source, document: doc, solved: solved)])
    #expect(try dir.read("s.json") == expected)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(try dir.read("s.json").utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "us-china-2025-10")
    #expect((object["nodes"] as? [Any])?.isEmpty == false)
  }

  /// Chicken's three equilibria, the mixed one each side escalating with 1/10
  /// (China is indifferent when −p = (1 − p) − 10p).
  @Test func plainGameSolutionListsTheEquilibria() throws {
    let dir = try TemporaryDirectory()
    let s = Session()
    _ = s.execute("solve")
    #expect(s.execute("export solution json \(dir.path)/c.json").output == "Wrote \(dir.path)/c.json (the equilibria of chicken).")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(try dir.read("c.json").utf8)) as? [String: Any])
    #expect(object["file"] as? String == "<built-in>")
    #expect(object["players"] as? [String] == ["US", "China"])
    let profiles = try #require(object["equilibria"] as? [[String: Any]]).compactMap { $0["profile"] as? [[String]] }
    #expect(profiles.count == 3)
    #expect(profiles.contains([["9/10", "1/10"], ["9/10", "1/10"]]))
    #expect(profiles.contains([["1", "0"], ["0", "1"]]) && profiles.contains([["0", "1"], ["1", "0"]]))
  }

  /// `export solution` writes the analysis `solve` made, without solving again: it
  /// still writes when every new solve would be interrupted at once, and writes what
  /// `brink solve --json` prints for the same game.
  @Test func exportReusesTheLastAnalysis() throws {
    let dir = try TemporaryDirectory()
    let s = Session()
    _ = s.execute("solve")
    s.shouldContinue = { false }
    #expect(s.execute("export solution json \(dir.path)/c.json").error == nil)
    let game = s.game.strategicGame
    let expected = SolveJSON.document([SolveJSON.object(file: "<built-in>", game: game,
                                                        SolveJSON.Parts(try GameAnalysis.compute(game, method: .all)))])
    #expect(try dir.read("c.json") == expected)
  }

  @Test func resultsBelongToTheGameThatProducedThem() throws {
    let dir = try TemporaryDirectory()
    let s = scenarioSession()
    _ = s.execute("simulate 300")
    _ = s.execute("solve")
    _ = s.execute("load chicken")
    _ = s.execute("simulate 100")  // a plain game's rounds: not kept
    // After load, the previous scenario's results are not exported as if they were chicken's.
    #expect(s.execute("export simulation json \(dir.path)/a.json").error?.message
      == "no simulation to export yet: 'simulate' with a scenario loaded produces one")
    #expect(s.execute("export chart \(dir.path)/a.svg").error?.message
      == "no simulation to chart yet: 'simulate' with a scenario loaded produces one")
    #expect(s.execute("export solution json \(dir.path)/b.json").error?.message == "no solution to export yet: 'solve' produces one")
    _ = s.execute("solve")
    #expect(s.execute("export solution json \(dir.path)/b.json").output.hasSuffix("(the equilibria of chicken)."))
    // Undoing the load brings the scenario back with its results.
    #expect(s.execute("undo").output == "Undid load chicken. Now at round 1.")
    #expect(s.execute("export simulation json \(dir.path)/a.json").output.hasSuffix("(the simulation of us-china-2025-10: 300 paths, seed 2025)."))
    #expect(s.execute("export solution json \(dir.path)/b.json").output.hasSuffix("(the solution of us-china-2025-10 by backward induction)."))
  }

  @Test func everyExampleRunsOnceThereAreResults() throws {
    let dir = try TemporaryDirectory()
    let s = scenarioSession()
    _ = s.execute("simulate 200")
    _ = s.execute("solve")
    // A tree of the default scenario would be far too large (its refusal is tested
    // in ExportEFGTests); the efg example runs on a one-round scenario.
    let small = Session()
    _ = small.execute("load deterrence")
    for example in CommandSpec.export.examples {
      let session = example.hasPrefix("export efg") ? small : s
      let result = session.execute(example.replacingFileNames(in: dir.path))
      #expect(result.error == nil, "\(example): \(result.error?.rendered ?? "")")
    }
  }

  @Test func aFileThatCannotBeWrittenIsAnError() throws {
    let s = scenarioSession()
    _ = s.execute("simulate 100")
    // A name with no extension, or only a leading dot, is fine.
    let dir = try TemporaryDirectory()
    #expect(s.execute("export chart \(dir.path)/chart").error == nil)
    #expect(s.execute("export chart \(dir.path)/.hidden").error == nil)
    #expect(s.execute("export chart /nonexistent-dir/x.svg").error?.message.hasPrefix("cannot write '/nonexistent-dir/x.svg'") == true)
    #expect(s.execute("export simulation json /nonexistent-dir/x.json").error?.message.hasPrefix("cannot write") == true)
  }

  @Test func tabCompletesEachForm() {
    let completer = Session().completer { directory in directory == "." ? ["run.svg", "README.md"] : nil }
    #expect(completer.complete("export ").candidates == CommandSpec.exportKinds)
    #expect(completer.complete("export s").candidates == ["simulation", "solution"])
    #expect(completer.complete("export simulation ").candidates == ["json", "csv"])
    #expect(completer.complete("export solution ").candidates == ["json"])
    #expect(completer.complete("export simulation json r").candidates == ["run.svg"])
    #expect(completer.complete("export chart r").candidates == ["run.svg"])
    #expect(completer.complete("export chart run.svg ").candidates == [])
    #expect(completer.complete("export bogus ").candidates == [])
  }
}
