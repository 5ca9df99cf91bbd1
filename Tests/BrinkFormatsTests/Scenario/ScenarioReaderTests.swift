import BrinkCore
import Testing

@testable import BrinkFormats

/// What a valid file becomes in the model: indices, combined effects, weights added
/// to payoffs, uncovered joint moves staying put, behaviours, the script.
@Suite struct ScenarioReaderTests {
  let doc: ScenarioDocument

  init() throws {
    doc = try ScenarioReader.read(validYAML + """

      behaviour:
        US: {model: fixed, mix: {standoff: {hold: 1/4, tariff: 3/4}}, tremble: 1/100}
        China: {model: generous-tit-for-tat, forgiveness: 1/3}
      script:
        - {date: 2025-10-15, state: standoff, US: tariff, China: hold, source: test}
        - {round: 3, US: hold, source: test}
      """, file: "t.yaml")
  }

  var s: EscalationScenario { doc.scenario }

  @Test func namesBecomeIndices() {
    #expect(s.players == ["US", "China"])
    #expect(s.states.map(\.name) == ["standoff", "talks", "crisis", "deal"])
    #expect(s.initialState == 0)
    #expect(s.discount == Rational(49, 50))
    #expect(s.calendar == ScenarioCalendar(start: CalendarDate(year: 2025, month: 10, day: 13), roundLengthDays: 7, rounds: 4))
  }

  @Test func payoffsAreExactExpressions() {
    let cell = s.states[0].outcomes[1][1]
    #expect(cell.payoffs[0] == PayoffExpression(-1, terms: [.init(variable: 0, coefficient: Rational(-1, 100))]))
    #expect(cell.payoffs[1] == PayoffExpression(-1))
    #expect(s.states[3].terminalPayoffs == [PayoffExpression(5), PayoffExpression(4)])
  }

  @Test func transitionsMatchFirstEntryAndOtherwiseStay() {
    let standoff = s.states[0]
    #expect(standoff.outcomes[0][0].transition == .lottery([(1, Rational(1, 3)), (0, Rational(2, 3))]))
    #expect(standoff.outcomes[1][0].transition == .to(2))   // tariff/any
    #expect(standoff.outcomes[1][1].transition == .to(2))
    #expect(standoff.outcomes[0][1].transition == .to(0))   // hold/enforce: no entry, stays
  }

  @Test func moveEffectsApplyToEveryJointMoveWithThatMove() {
    #expect(s.states[0].outcomes[1][0].effects == [VariableEffect(variable: 0, .add(100))])
    #expect(s.states[0].outcomes[0][0].effects == [])
    #expect(s.states[0].moves[0][1].posture == .escalate)
  }

  @Test func behaviours() {
    #expect(s.behaviours[0].model == .fixed(strategies: [[Rational(1, 4), Rational(3, 4)], nil, nil, nil]))
    #expect(s.behaviours[0].tremble == Rational(1, 100))
    #expect(s.behaviours[1].model == .generousTitForTat(forgiveness: Rational(1, 3)))
  }

  @Test func scriptRoundsCountFromZeroInTheModel() {
    #expect(s.history.map(\.round) == [0, 2])
    #expect(s.history[0].moves == ["tariff", "hold"])
    #expect(s.history[1].moves == ["hold", nil])
    #expect(doc.historyStates == [0, nil])
  }

  @Test func weightsAreAddedToEveryStagePayoff() throws {
    let text = validYAML.replacingOccurrences(of: "  US:\n    moves:", with: "  US:\n    weights: {tariff: -1/50}\n    moves:")
    #expect(text != validYAML)
    let d = try ScenarioReader.read(text, file: "t.yaml")
    #expect(d.scenario.states[0].outcomes[0][0].payoffs[0] == PayoffExpression(0, terms: [.init(variable: 0, coefficient: Rational(-1, 50))]))
    // Terminal values are lump sums, without the weights.
    #expect(d.scenario.states[3].terminalPayoffs?[0] == PayoffExpression(5))
  }

  @Test func noInputCrashes() {
    // A handful of hostile inputs: each must give diagnostics, not a crash.
    for text in ["", "~", "[]", "name: x\nplayers: 3\nstates: []", ":", "\u{0}", "name: &a [*a]",
                 "players: {A: {moves: {x: }}, B: {moves: {y: }}}\nname: n\nstates: {s: {moves: {A: [x], B: [y]}, payoffs: {x: [[1e99999, 0]]}}}",
                 "calendar: {start: 0000-01-01, rounds: 100000, step: 366}\nname: n\nplayers: {}\nstates: {}"] {
      #expect(!diagnostics(text).isEmpty, "no diagnostics for \(text.debugDescription)")
    }
  }
}
