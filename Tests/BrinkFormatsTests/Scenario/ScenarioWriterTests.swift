import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// Writing a scenario back: what is written reads back to the same document, for
/// every file in the library; and files are replaced atomically.
@Suite struct ScenarioWriterTests {
  func roundTrip(_ doc: ScenarioDocument) throws -> ScenarioDocument {
    let text = ScenarioWriter.yaml(doc)
    do {
      var again = try ScenarioReader.read(text, file: doc.file)
      again.file = doc.file
      return again
    } catch {
      Issue.record("written YAML does not read:\n\(error)\n---\n\(text)")
      throw error
    }
  }

  @Test(arguments: ScenarioLibraryTests.files)
  func everyLibraryScenarioRoundTrips(_ name: String) throws {
    let doc = try ScenarioReader.read(contentsOf: ScenarioLibraryTests.folder.appendingPathComponent(name).path)
    let again = try roundTrip(doc)
    // Effects on one variable in one joint move are written composed (+1, +1 as +2).
    #expect(again.scenario == Self.composingEffects(doc.scenario))
    #expect(again.sources == doc.sources)
    #expect(again.annotations == doc.annotations)
    #expect(again.historyStates == doc.historyStates)
    #expect(again.name == doc.name)
  }

  /// A deadline's round `S@NAME` is not written but made again on reading, from the
  /// written (composed) `S` and the option's effects, which are not composed with the
  /// move's (`tariff+enforce` in the default scenario sets us_extra_tariff twice).
  static func composingEffects(_ s: EscalationScenario) -> EscalationScenario {
    var s = s
    for i in s.states.indices where s.deadlineSource(ofState: i) == nil {
      for r in s.states[i].outcomes.indices {
        for c in s.states[i].outcomes[r].indices {
          s.states[i].outcomes[r][c].effects = ScenarioWriter.composed(s.states[i].outcomes[r][c].effects)
        }
      }
    }
    return s
  }

  /// Found by fuzz-scenario: a move declared under `players` and named by a script
  /// entry without a state, but offered in no state, was left out of the written
  /// `players`, so the written file did not read ("unknown move 'talk' of 'China'
  /// in script entry 1").
  @Test func aMoveOnlyTheScriptNamesIsWritten() throws {
    let doc = try ScenarioReader.read("""
      format: brink-scenario/1
      name: script-move
      players:
        US: {moves: {hold: {}}}
        China: {moves: {hold: {}, talk: {}}}
      states:
        s0:
          moves: {US: [hold], China: [hold]}
          payoffs: {hold: [[0, 0]]}
      script:
        - {round: 1, US: hold, China: talk, source: made-up}

      """, file: "t.yaml")
    let again = try roundTrip(doc)
    #expect(again.scenario == doc.scenario)
    #expect(ScenarioWriter.yaml(again) == ScenarioWriter.yaml(doc))
  }

  @Test func anEditedPayoffIsWrittenExactly() throws {
    var doc = try ScenarioReader.read(validYAML, file: "t.yaml")
    doc.scenario.states[0].outcomes[0][0].payoffs[0] = PayoffExpression(Rational(1, 3), terms: [.init(variable: 0, coefficient: -2)])
    let again = try roundTrip(doc)
    #expect(again.scenario.states[0].outcomes[0][0].payoffs[0] == PayoffExpression(Rational(1, 3), terms: [.init(variable: 0, coefficient: -2)]))
    #expect(ScenarioWriter.yaml(doc).contains("hold: [[\"1/3 - 2*tariff\", 0], [-2, 1]]"))
  }

  @Test func perceivedPayoffsAndFixedMixesRoundTrip() throws {
    let doc = try ScenarioReader.read(validYAML + """

      behaviour:
        US:
          model: fixed
          mix: {standoff: {hold: 1/4, tariff: 3/4}}
          perceives:
            standoff:
              hold: [[9, 9], [8, 8]]
              tariff: [[7, 7], [6, 6]]
        China: {model: logit, lambda: 0.5, tremble: 1/10}
      """, file: "t.yaml")
    let again = try roundTrip(doc)
    #expect(again.scenario == doc.scenario)
  }

  @Test func quotingSurvivesAwkwardText() throws {
    var doc = try ScenarioReader.read(validYAML, file: "t.yaml")
    doc.scenario.description = "He said: \"no\" \\ then # left\nnext line: - [x]"
    let again = try roundTrip(doc)
    #expect(again.scenario.description == doc.scenario.description)
  }

  @Test func writesAtomically() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.yaml").path
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    let doc = try ScenarioReader.read(validYAML, file: path)
    try ScenarioWriter.write(doc, to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == ScenarioWriter.yaml(doc))
    // Only the file itself is left: the temporary file was renamed over it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s.yaml"])
    #expect(throws: (any Error).self) { try ScenarioWriter.writeAtomically("x", to: folder.appendingPathComponent("no/such/dir/f").path) }
  }
}
