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
    #expect(s.players == ["US", "China"])
    #expect(s.calendar.start == CalendarDate(year: 2025, month: 10, day: 13))
    #expect(s.calendar.rounds == 8)
    // 157% with the extra 100% (the President, per the FT report): 57% before.
    #expect(s.variables.first { $0.name == "us_tariff" }?.initial == 57)
    let deadline = s.events.first { $0.name == "tariff-deadline" }
    #expect(deadline?.date == CalendarDate(year: 2025, month: 11, day: 1))
    #expect(s.calendar.round(containing: deadline!.date) == 2)
    let controls = s.events.first { $0.name == "controls-in-force" }
    #expect(controls?.date == CalendarDate(year: 2025, month: 12, day: 1))
    #expect(s.states[s.initialState].name == "standoff")
    // The script: three sourced rounds, standoff -> talks -> summit.
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
