import Testing

@testable import BrinkFormats

/// Every kind of error a scenario can have, with its exact message and position.
@Suite struct ScenarioDiagnosticsTests {
  /// `validYAML` with one piece of text replaced.
  func broken(_ old: String, _ new: String) -> [String] {
    #expect(validYAML.contains(old), "test setup: '\(old)' not in the valid scenario")
    return diagnostics(validYAML.replacingOccurrences(of: old, with: new))
  }

  @Test func validScenarioHasNoDiagnostics() {
    #expect(diagnostics(validYAML) == [])
  }

  @Test func yamlSyntaxErrorIsPositioned() {
    #expect(diagnostics("name: [oops\nplayers: {}\n") == [
      "t.yaml:2:8: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 7)"
    ])
    #expect(diagnostics("") == ["t.yaml:1:1: error: the file is empty; expected a scenario mapping"])
    #expect(diagnostics("a: 1\na: 2\n") == ["t.yaml:2:1: error: duplicate key 'a' in a mapping (first given at line 1, column 1)"])
  }

  /// The error points at the key written the second time (where the mistake is),
  /// in block and flow mappings, nested, quoted, after comments and blank lines.
  @Test func duplicateKeyPointsAtTheDuplicate() {
    #expect(diagnostics("x:\n  a: 1\n  b: 2\n\n  # note\n  a: 3\ny: 1\n") == [
      "t.yaml:6:3: error: duplicate key 'a' in a mapping (first given at line 2, column 3)"])
    #expect(diagnostics("x: {a: 1, b: 2, a: 3}\n") == [
      "t.yaml:1:17: error: duplicate key 'a' in a mapping (first given at line 1, column 5)"])
    #expect(diagnostics("x:\n  a: 1\n  'a': 2\n") == [
      "t.yaml:3:3: error: duplicate key 'a' in a mapping (first given at line 2, column 3)"])
    // A key of the same name in a nested mapping is not the duplicate.
    #expect(diagnostics("a: 1\nb:\n  a: 2\na: 3\n") == [
      "t.yaml:4:1: error: duplicate key 'a' in a mapping (first given at line 1, column 1)"])
  }

  @Test func wrongTopLevelType() {
    #expect(diagnostics("- 1\n- 2\n") == ["t.yaml:1:1: error: expected a mapping for the scenario, found a list"])
  }

  @Test func unknownKeyWithSuggestion() throws {
    let out = broken("discount: 0.98", "dicount: 0.98")
    #expect(out == ["t.yaml:14:1: error: unknown key 'dicount' in the scenario"])
    do {
      _ = try ScenarioReader.read(validYAML.replacingOccurrences(of: "discount: 0.98", with: "dicount: 0.98"), file: "t.yaml")
    } catch {
      #expect(error.diagnostics.first?.notes == ["did you mean 'discount'?"])
    }
  }

  @Test func missingRequiredKeys() {
    #expect(diagnostics("title: x\n") == [
      "t.yaml:1:1: error: missing key 'name' in the scenario",
      "t.yaml:1:1: error: missing key 'players' in the scenario",
      "t.yaml:1:1: error: missing key 'states' in the scenario",
    ])
  }

  @Test func badNumbers() {
    #expect(broken("[[0, 0], [-2, 1]]", "[[0, 0], [-2, 1x]]") == [
      "t.yaml:19:27: error: expected a number or an expression like '-2 - us_tariff/100' for a cell in row 'hold' of the payoffs of state 'standoff', found '1x'"
    ])
    #expect(broken("discount: 0.98", "discount: zero") == ["t.yaml:14:11: error: expected a number for 'discount', found 'zero'"])
    #expect(broken("discount: 0.98", "discount: 1/0") == ["t.yaml:14:11: error: expected a number for 'discount', found '1/0'"])
    #expect(broken("discount: 0.98", "discount: 1.5") == ["t.yaml:14:11: error: the discount factor must be in (0, 1], found 3/2"])
  }

  @Test func badDates() {
    #expect(broken("start: 2025-10-13", "start: 2025-02-30") == [
      "t.yaml:13:19: error: expected a date (YYYY-MM-DD) for the calendar's 'start', found '2025-02-30'"
    ])
  }

  @Test func unknownStatesMovesPlayersAndVariables() {
    #expect(broken("tariff/any: crisis", "tariff/any: crisiss") == [
      "t.yaml:23:19: error: unknown state 'crisiss' after 'tariff/any' in state 'standoff'"
    ])
    #expect(broken("moves: {US: [hold, tariff]", "moves: {US: [hold, tarif]") == [
      "t.yaml:17:24: error: unknown move 'tarif' of 'US' in state 'standoff'",
      "t.yaml:19:7: error: the payoffs of state 'standoff' have no row for 'US' move 'tarif'",
      "t.yaml:20:7: error: unknown move 'tariff' of 'US' in the payoffs of state 'standoff'",
      "t.yaml:23:7: error: unknown move 'tariff' of 'US' in the transitions of state 'standoff'",
    ])
    #expect(broken("China: [hold, enforce]}\n    payoffs:\n      hold: [[0", "Chna: [hold, enforce]}\n    payoffs:\n      hold: [[0") == [
      "t.yaml:17:12: error: missing the moves of 'China' in state 'standoff'",
      "t.yaml:17:33: error: unknown player 'Chna' in the moves of state 'standoff'",
      "t.yaml:22:12: error: unknown move 'hold' of 'China' in the transitions of state 'standoff'",
    ])
    #expect(broken("-1 - tariff/100", "-1 - tarif/100") == [
      "t.yaml:20:31: error: unknown variable 'tarif' in the payoffs of state 'standoff'"
    ])
    #expect(broken("effects: {tariff: +100}", "effects: {tarrif: +100}") == [
      "t.yaml:6:45: error: unknown variable 'tarrif' in the effects of move 'tariff'"
    ])
  }

  @Test func payoffTableOfTheWrongShape() {
    #expect(broken("hold: [[0, 0], [-2, 1]]", "hold: [[0, 0], [-2, 1], [3, 3]]") == [
      "t.yaml:19:31: error: row 'hold' of the payoffs of state 'standoff' has 3 cells but 'China' has 2 moves there (hold, enforce)"
    ])
    #expect(broken("hold: [[0, 0], [-2, 1]]", "hold: [[0, 0]]") == [
      "t.yaml:19:13: error: row 'hold' of the payoffs of state 'standoff' has 1 cell but 'China' has 2 moves there (hold, enforce)"
    ])
    #expect(broken("hold: [[0, 0], [-2, 1]]", "hold: [[0, 0], [-2]]") == [
      "t.yaml:19:22: error: expected 2 payoffs [first player, second player] for a cell in row 'hold' of the payoffs of state 'standoff', found 1"
    ])
  }

  @Test func probabilitiesMustSumToExactlyOne() {
    #expect(broken("{talks: 1/3, standoff: 2/3}", "{talks: 0.33, standoff: 2/3}") == [
      "t.yaml:22:7: error: the probabilities after 'hold/hold' in state 'standoff' sum to 299/300, not 1"
    ])
    #expect(broken("{talks: 1/3, standoff: 2/3}", "{talks: 1/3, standoff: 3/2}") == [
      "t.yaml:22:41: error: probability 3/2 for 'standoff' after 'hold/hold' in state 'standoff' is outside [0, 1]"
    ])
  }

  @Test func unreachableAndDeadEndStates() {
    #expect(broken("transitions: {any/any: talks}", "transitions: {any/any: crisis}") == [
      "t.yaml:28:3: error: state 'crisis' is a dead end: every move, event and shock leaves the game in it"
    ])
    #expect(broken("tariff/any: crisis", "tariff/any: talks") == [
      "t.yaml:28:3: error: state 'crisis' is unreachable from the initial state 'standoff'"
    ])
  }

  @Test func eventsOutsideTheCalendar() {
    let yaml = validYAML + "\nevents:\n  - {name: deadline, date: 2025-12-01, goto: crisis}\n"
    #expect(diagnostics(yaml) == [
      "t.yaml:34:28: error: event 'deadline' on 2025-12-01 is outside the calendar (2025-10-13 to 2025-11-09)"
    ])
  }

  @Test func effectsNeedASign() {
    #expect(broken("effects: {tariff: +100}", "effects: {tariff: 100}") == [
      "t.yaml:6:53: error: effect '100' on 'tariff' needs a sign: write '+100' to add or '=100' to set"
    ])
  }

  @Test func wrongTypes() {
    #expect(broken("terminal: true, value", "terminal: maybe, value").first
      == "t.yaml:32:20: error: expected true or false for 'terminal' of state 'deal', found 'maybe'")
    #expect(broken("rounds: 4}", "rounds: [4]}") == [
      "t.yaml:13:48: error: expected a whole number for the calendar's 'rounds', found a list"
    ])
  }

  @Test func scriptErrors() {
    let yaml = validYAML + """

      script:
        - {round: 1, state: standoff, US: hold, China: enforse, source: test}
        - {round: 1, US: hold, China: hold}
      """
    #expect(diagnostics(yaml) == [
      "t.yaml:34:50: error: unknown move 'enforse' of 'China' in state 'standoff' in script entry 1",
      "t.yaml:35:5: error: script entry 2 has no 'source': every scripted move must say where it was reported",
      "t.yaml:35:5: error: script entry 2 is for round 1, but the script must go forward round by round (the previous entry was round 1)",
    ])
  }

  @Test func behaviourErrors() {
    let yaml = validYAML + """

      behaviour:
        US: {model: logitt}
        China: {model: logit, select: mixed}
      """
    #expect(diagnostics(yaml) == [
      "t.yaml:34:15: error: unknown model 'logitt'",
      "t.yaml:35:18: error: model 'logit' needs 'lambda'",
      "t.yaml:35:25: error: 'select' does not apply to model 'logit'",
    ])
  }

  @Test func allErrorsAreReportedAtOnce() {
    var yaml = validYAML.replacingOccurrences(of: "discount: 0.98", with: "discount: 2")
    yaml = yaml.replacingOccurrences(of: "tariff/any: crisis", with: "tariff/any: crises")
    yaml = yaml.replacingOccurrences(of: "step: 7", with: "step: week")
    #expect(diagnostics(yaml).count == 3)
  }

  @Test func renderedWithCaretAndNote() throws {
    do {
      _ = try ScenarioReader.read(validYAML.replacingOccurrences(of: "tariff/any: crisis", with: "tariff/any: crisiss"), file: "t.yaml")
      Issue.record("expected errors")
    } catch {
      #expect(error.description == """
        t.yaml:23:19: error: unknown state 'crisiss' after 'tariff/any' in state 'standoff'
                tariff/any: crisiss
                            ^~~~~~~
          note: did you mean 'crisis'?
        """)
    }
  }
}
