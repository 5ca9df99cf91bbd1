import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// Every scenario in Scenarios/ reads and validates clean; the built-in default is
/// exactly the file in Scenarios/; the default holds the sourced facts it should.
@Suite struct ScenarioLibraryTests {
  static let folder = packageRoot.appendingPathComponent("Scenarios")

  static var files: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted()
  }

  @Test func theLibraryHoldsTheExpectedScenarios() {
    for name in ["us-china-2025-10.yaml", "geneva-truce-2025-05.yaml", "tariff-rounds-2018-2019.yaml",
                 "prisoners-dilemma.yaml", "chicken.yaml", "stag-hunt.yaml", "deterrence.yaml", "benchmark.yaml"] {
      #expect(Self.files.contains(name), "missing Scenarios/\(name)")
    }
  }

  @Test(arguments: ScenarioLibraryTests.files)
  func everyScenarioChecksClean(_ name: String) throws {
    let path = Self.folder.appendingPathComponent(name).path
    do {
      let doc = try ScenarioReader.read(contentsOf: path)
      #expect(doc.name + ".yaml" == name, "the file's name: should match its file name")
    } catch {
      Issue.record("\(name) does not check clean:\n\(error)")
    }
  }

  @Test func theBuiltInScenarioIsTheFileInScenarios() throws {
    let file = try String(contentsOf: Self.folder.appendingPathComponent("us-china-2025-10.yaml"), encoding: .utf8)
    // The multi-line literal drops the file's final newline.
    #expect(BuiltInScenario.text + "\n" == file)
    #expect(ScenarioReader.builtIn().name == "us-china-2025-10")
  }

  @Test func theDefaultScenarioHoldsItsFacts() {
    let doc = ScenarioReader.builtIn()
    let s = doc.scenario
    func variable(_ name: String) -> Rational? { s.variables.first { $0.name == name }?.initial }
    func event(_ name: String) -> ScheduledEvent? { s.events.first { $0.name == name } }
    #expect(s.players == ["US", "China"])
    // Thursday rounds: the Malaysia talks (25-26 October) in round 2, the summit and
    // the 1 November deadline in round 3 (30 October - 5 November).
    #expect(s.calendar.start == CalendarDate(year: 2025, month: 10, day: 16))
    #expect(s.calendar.rounds == 8)
    // One meaning for us_tariff in the 2025 scenarios: the additional tariff of 2025,
    // fentanyl 20 + reciprocal 10; the threatened 100 apart; China's reciprocal 10.
    #expect(variable("us_tariff") == 30)
    #expect(variable("us_extra_tariff") == 0)
    #expect(variable("china_tariff") == 10)
    // Controls: the first stage is in force from 9 October; port fees (14 October),
    // the affiliates rule (29 September) and the soybean halt are in force; the
    // software controls are only threatened.
    #expect(variable("rare_earth_controls") == 1)
    #expect(variable("port_fees") == 1 && variable("affiliates_rule") == 1 && variable("soybean_halt") == 1)
    #expect(variable("software_controls") == 0)
    // The 1 November deadline is the US's decision: enforce, extend or drop.
    let deadline = s.deadlines.first { $0.name == "tariff-deadline" }
    #expect(deadline?.date == CalendarDate(year: 2025, month: 11, day: 1))
    #expect(deadline.map { s.players[$0.player] } == "US")
    #expect(deadline?.options.map(\.name) == ["enforce", "extend", "drop"])
    #expect(s.calendar.round(containing: deadline!.date) == 2)
    // The dated stages and the end of the tariff suspension.
    #expect(event("controls-stage-2")?.date == CalendarDate(year: 2025, month: 11, day: 8))
    #expect(event("suspension-expiry")?.date == CalendarDate(year: 2025, month: 11, day: 10))
    #expect(event("controls-stage-3")?.date == CalendarDate(year: 2025, month: 12, day: 1))
    #expect(s.calendar.round(containing: event("controls-stage-3")!.date) == 6)
    #expect(s.states[s.initialState].name == "standoff")
    // The script: three sourced rounds, standoff -> talks -> the summit, in the round
    // of the deadline (the US dropped it there).
    #expect(s.history.map(\.round) == [0, 1, 2])
    #expect(doc.historyStates.map { $0.map { s.states[$0].name } } == ["standoff", "talks", "summit"])
    #expect(s.history.allSatisfy { !$0.source.isEmpty })
    #expect(doc.sources.contains { $0.outlet == "Financial Times" })
  }

  @Test func everyScriptedSourceIsListed() throws {
    // Each `source:` of a script entry names ids from the file's `sources:`.
    for name in Self.files {
      let doc = try ScenarioReader.read(contentsOf: Self.folder.appendingPathComponent(name).path)
      let ids = Set(doc.sources.map(\.id))
      for round in doc.scenario.history {
        for id in round.source.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
          #expect(ids.contains(id), "\(name): script source '\(id)' is not in sources")
        }
      }
    }
  }
}
