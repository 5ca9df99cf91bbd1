import BrinkCore
import Testing

@testable import BrinkFormats

/// `types:` in a scenario (Docs/scenario-format.md, "Types"): what reads, and every
/// error with its position.
@Suite struct ScenarioTypesTests {
  static let types = """
    types:
      China:
        resolved:
          prior: 1/3
          description: Would enforce
          payoffs:
            crisis:
              hold: [[0, 0], [-1, 2]]
        cautious:
          prior: 2/3

    """

  func typed(_ text: String = ScenarioTypesTests.types) -> String { validYAML + "\n" + text }

  @Test func typesRead() throws {
    let s = try ScenarioReader.read(typed(), file: "t.yaml").scenario
    #expect(s.types[0].isEmpty)
    #expect(s.types[1].map(\.name) == ["resolved", "cautious"])
    #expect(s.types[1].map(\.prior) == [Rational(1, 3), Rational(2, 3)])
    #expect(s.types[1][0].description == "Would enforce")
    let crisis = s.stateIndex(named: "crisis")!
    #expect(s.types[1][0].payoffs.map(\.state) == [crisis, crisis])
    #expect(s.types[1][0].payoffs[1].payoffs.map { $0.evaluate(s.initialValues) } == [-1, 2])
  }

  @Test func typesRoundTrip() throws {
    let doc = try ScenarioReader.read(typed(), file: "t.yaml")
    let again = try ScenarioReader.read(ScenarioWriter.yaml(doc), file: "again.yaml")
    #expect(again.scenario == doc.scenario)
  }

  @Test func priorsMustSumToOne() {
    #expect(diagnostics(typed(Self.types.replacingOccurrences(of: "prior: 2/3", with: "prior: 1/2"))) == [
      "t.yaml:35:5: error: the priors of the types of 'China' sum to 5/6, not 1"])
  }

  @Test func typeErrorsArePositioned() {
    #expect(diagnostics(typed(Self.types.replacingOccurrences(of: "  China:", with: "  Chna:"))) == [
      "t.yaml:34:3: error: unknown player 'Chna' in 'types'"])
    #expect(diagnostics(typed(Self.types.replacingOccurrences(of: "crisis:", with: "crises:"))) == [
      "t.yaml:39:9: error: unknown state 'crises' in the payoffs of type 'resolved' of 'China'"])
    #expect(diagnostics(typed(Self.types.replacingOccurrences(of: "prior: 2/3", with: "prior: 2"))).first
      == "t.yaml:42:14: error: probability 2 for the prior of type 'cautious' of 'China' is outside [0, 1]")
    #expect(diagnostics(typed(Self.types.replacingOccurrences(of: "    cautious:\n      prior: 2/3\n", with: "")))
      .contains("t.yaml:35:5: error: 'China' needs at least two types (one type is no private information)"))
    #expect(diagnostics(typed(Self.types.replacingOccurrences(of: "description: Would", with: "colour: Would"))).first?
      .hasPrefix("t.yaml:37:7: error: unknown key 'colour'") == true)
  }
}
