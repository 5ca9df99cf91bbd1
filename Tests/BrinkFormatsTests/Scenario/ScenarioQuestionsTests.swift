import BrinkCore
import Testing

@testable import BrinkFormats

/// `as_of:` and `questions:` (Docs/scenario-format.md, "questions"): read with
/// positions, checked (names, the calendar, the forecast date), written back.
@Suite struct ScenarioQuestionsTests {
  static let questions = """
    as_of: 2025-10-14
    questions:
      - id: deal
        text: Will there be a deal?
        in: deal
      - id: talks-early
        text: Talks by the second week?
        in: [talks, deal]
        by: 2025-10-20
        resolution: {outcome: yes, source: made-up, date: 2025-10-21}
      - id: high-tariff
        text: Tariff at 157 in round 3?
        when: tariff >= 157
        at: 3
      - id: crisis-end
        text: In crisis at the end?
        in: crisis
        at: end
        resolution: {outcome: no, source: made-up}
    """

  static var yaml: String { validYAML + "\n" + questions }

  @Test func readsQuestions() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    #expect(doc.asOf == CalendarDate("2025-10-14"))
    let q = doc.questions
    #expect(q.map(\.id) == ["deal", "talks-early", "high-tariff", "crisis-end"])
    #expect(q[0].states == [3] && q[0].last == 4 && q[0].reading == .ever && q[0].condition == nil)
    // 20 October is the first day of round 2 (checkpoint 1).
    #expect(q[1].states == [1, 3] && q[1].last == 1 && q[1].reading == .ever)
    #expect(q[1].resolution == QuestionResolution(outcome: true, source: "made-up", date: CalendarDate("2025-10-21")))
    #expect(q[2].last == 2 && q[2].reading == .at && q[2].states.isEmpty)
    #expect(q[2].condition == .compare(PayoffExpression(-157, terms: [.init(variable: 0, coefficient: 1)]), .greaterOrEqual))
    #expect(q[3].last == 4 && q[3].reading == .at && q[3].resolution?.outcome == false)
  }

  /// Adding questions changes nothing the engine reads.
  @Test func questionsLeaveTheModelAlone() throws {
    let plain = try ScenarioReader.read(validYAML, file: "t.yaml")
    let asked = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    #expect(plain.scenario == asked.scenario)
  }

  @Test func writtenBackReadsTheSame() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    let text = ScenarioWriter.yaml(doc)
    #expect(text.contains("questions:\n  - id: deal\n"))
    let again = try ScenarioReader.read(text, file: "w.yaml")
    #expect(again.questions == doc.questions)
    #expect(again.asOf == doc.asOf)
  }

  func errors(_ old: String, _ new: String) -> [String] {
    #expect(Self.yaml.contains(old), "test setup: '\(old)' not in the scenario")
    return diagnostics(Self.yaml.replacingOccurrences(of: old, with: new))
  }

  @Test func unknownNamesArePositioned() {
    #expect(errors("in: deal", "in: deel") == ["t.yaml:37:9: error: unknown state 'deel' in 'in' of question 'deal'"])
    #expect(errors("when: tariff >= 157", "when: tarif >= 157") == [
      "t.yaml:45:11: error: unknown variable 'tarif' in the condition of question 'high-tariff'"])
  }

  @Test func byAndAtMustBeInTheCalendar() {
    // Four weekly rounds from 13 October: the last day is 9 November, 'end' is 10 November.
    #expect(errors("by: 2025-10-20", "by: 2025-11-11") == [
      "t.yaml:41:9: error: 2025-11-11 in question 'talks-early' is outside the calendar (2025-10-13 to 2025-11-09, 4 rounds; 'end' is after the last round)"])
    #expect(errors("at: 3", "at: 5") == [
      "t.yaml:46:9: error: round 5 in question 'high-tariff' is outside the calendar (2025-10-13 to 2025-11-09, 4 rounds; 'end' is after the last round)"])
    #expect(errors("at: 3", "at: soon") == [
      "t.yaml:46:9: error: expected a round (from 1), a date (YYYY-MM-DD) or 'end' for 'at' of question 'high-tariff', found 'soon'"])
    #expect(errors("at: 3", "at: 3\n    by: 2") == [
      "t.yaml:46:9: error: question 'high-tariff' has both 'by' and 'at': give one ('by' for \"ever by\", 'at' for \"holds then\")"])
  }

  @Test func theForecastDateIsChecked() {
    // A resolution known before the forecast is made.
    #expect(errors("as_of: 2025-10-14", "as_of: 2025-10-22") == [
      "t.yaml:42:55: error: question 'talks-early' resolved on 2025-10-21, before the forecast is made (as_of: 2025-10-22): its outcome was already known"])
    // A parameter calibrated on a later source.
    let later = Self.yaml
      .replacingOccurrences(of: "name: tiny\n", with: "name: tiny\nsources:\n  - {id: late, date: 2025-10-20}\n")
      .replacingOccurrences(of: "  tariff: 57\n", with: "  tariff: {initial: 57, source: \"late: the level\"}\n")
    #expect(diagnostics(later) == [
      "t.yaml:3:22: error: source 'late' is dated 2025-10-20, after the forecast is made (as_of: 2025-10-14), but variable 'tariff' cites it"])
  }

  @Test func resolutionNeedsOutcomeAndSource() {
    #expect(errors("resolution: {outcome: no, source: made-up}", "resolution: {outcome: maybe, source: made-up}") == [
      "t.yaml:51:27: error: expected true or false for the outcome of question 'crisis-end' (yes or no), found 'maybe'"])
    #expect(errors("resolution: {outcome: no, source: made-up}", "resolution: {outcome: no}") == [
      "t.yaml:51:17: error: missing key 'source' in the resolution of question 'crisis-end'"])
  }
}
