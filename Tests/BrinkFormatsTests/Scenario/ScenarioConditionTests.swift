import BrinkCore
import Testing

@testable import BrinkFormats

/// Conditions (`when:`, `available_when:`; Docs/scenario-format.md, "Conditions"):
/// read and checked with positions, solved exactly, simulated, written back; and the
/// default scenario's summit window that closes with the APEC week.
@Suite("Conditions: when and available_when")
struct ScenarioConditionTests {
  /// A meeting window, by hand. In `wait`, while the round starts before 20 January
  /// (rounds 1 and 2 of weekly rounds from 6 January), holding lands in `meet` with
  /// chance 1/2, else stays; from then on it stays. `meet` is worth 1 and leads to
  /// `deal` (4). So P(deal) = 1 − (1/2)² = 3/4 and the value is 3/4 × 5 = 15/4. If
  /// `meet` closes after 13 January, the second chance lands in `missed` instead:
  /// P(deal) = 1/2, P(missed) = 1/4. Pushing adds 3 to `pressure`; pushing again
  /// from the round of 13 January with pressure >= 3 breaks off, and a leak (1/2 a
  /// round) breaks off once pressure passes 5.
  static func window(meetOpenUntil last: String = "2025-01-20", tremble: String = "0") -> String {
    """
    name: window
    players:
      A:
        moves:
          hold:
          push: {effects: {pressure: +3}}
      B:
        moves:
          hold:
    variables:
      pressure: 0
    calendar: {start: 2025-01-06, step: 7, rounds: 5}
    states:
      wait:
        moves: {A: [hold, push], B: [hold]}
        payoffs: {hold: [[0, 0]], push: [[0, 0]]}
        transitions:
          hold/hold: {when: "date < 2025-01-20", to: {meet: 1/2, wait: 1/2}}
          push/hold: {when: pressure >= 3 and date >= 2025-01-13, to: broken, else: wait}
      meet:
        available_when: date <= \(last)
        otherwise: missed
        moves: {A: [hold], B: [hold]}
        payoffs: {hold: [[1, 1]]}
        transitions: {any/any: deal}
      missed: {terminal: true, value: [0, 0]}
      deal: {terminal: true, value: [4, 4]}
      broken: {terminal: true, value: [-1, -1]}
    shocks:
      - {name: leak, probability: 1/2, from: [wait], when: "pressure > 5", goto: broken}
    behaviour:
      A: {model: equilibrium, tremble: \(tremble)}
    """
  }

  static func solve(_ yaml: String) throws -> (EscalationScenario, SolvedScenario) {
    let doc = try ScenarioReader.read(yaml, file: "window.yaml")
    return (doc.scenario, try EscalationSolver.solve(doc.scenario))
  }

  static func final(_ scenario: EscalationScenario, _ chain: LadderMarkovChain, _ name: String) -> Rational {
    chain.exactStates!.last![scenario.states.firstIndex { $0.name == name }!]
  }

  @Test("the window by hand: P(deal) = 3/4, value 15/4; closing meet early: 1/2 deal, 1/4 missed")
  func windowByHand() throws {
    let (s, solved) = try Self.solve(Self.window())
    let chain = LadderMarkovChain(solved)
    #expect(Self.final(s, chain, "deal") == Rational(3, 4))
    #expect(Self.final(s, chain, "missed") == .zero)
    #expect(solved.exactExpectedValues == [Rational(15, 4), Rational(15, 4)])
    let (s2, solved2) = try Self.solve(Self.window(meetOpenUntil: "2025-01-13"))
    let chain2 = LadderMarkovChain(solved2)
    #expect(Self.final(s2, chain2, "deal") == Rational(1, 2))
    #expect(Self.final(s2, chain2, "missed") == Rational(1, 4))
    // No path is in meet on a day its condition rules out (rounds 3 on).
    let meet = s2.states.firstIndex { $0.name == "meet" }!
    for t in 2...solved2.horizon { #expect(chain2.exactStates![t][meet] == .zero) }
  }

  @Test("exact solve and Monte Carlo agree within 4 standard errors, every state and round",
        arguments: ["2025-01-20", "2025-01-13"])
  func monteCarloAgrees(last: String) throws {
    let (s, solved) = try Self.solve(Self.window(meetOpenUntil: last, tremble: "1/5"))
    let chain = LadderMarkovChain(solved)
    // The trembles push, so the guarded break-off and the leak both happen.
    #expect(Self.final(s, chain, "broken") > .zero)
    let compiled = try solved.compiledScenario()
    let stats = Simulator.run(compiled.ladder, paths: 100_000, seed: 11, threads: 2)
    let summary = compiled.summary(stats, scenario: s)
    let n = Double(stats.pathsCompleted)
    for t in 0...solved.horizon {
      for k in s.states.indices {
        let p = chain.states[t][k], q = summary.stateProbabilities[t][k]
        #expect(abs(q - p) <= 4 * (p * (1 - p) / n).squareRoot() + 1e-9, "round \(t) state \(s.states[k].name): \(q) vs \(p)")
      }
    }
  }

  @Test("save writes the conditions back: the scenario reads the same")
  func roundTrip() throws {
    let doc = try ScenarioReader.read(Self.window(tremble: "1/5"), file: "window.yaml")
    let text = ScenarioWriter.yaml(doc)
    #expect(text.contains("available_when: \"date <= 2025-01-20\""))
    let again = try ScenarioReader.read(text, file: "saved.yaml")
    #expect(again.scenario == doc.scenario)
  }

  @Test("the condition language: precedence, not, parentheses, turned comparisons")
  func language() throws {
    func cond(_ text: String) throws -> Condition {
      let yaml = Self.window().replacingOccurrences(of: "when: \"pressure > 5\"", with: "when: \"\(text)\"")
      return try #require(ScenarioReader.read(yaml, file: "t.yaml").scenario.shocks[0].condition)
    }
    let p = { (c: Int) in PayoffExpression(Rational(-c), terms: [.init(variable: 0, coefficient: 1)]) }
    let d = CalendarDate(year: 2025, month: 1, day: 20)
    #expect(try cond("pressure > 1 or pressure < 0 and date >= 2025-01-20")
            == .or([.compare(p(1), .greater), .and([.compare(p(0), .less), .date(.greaterOrEqual, d)])]))
    #expect(try cond("not (pressure == 2 or 2025-01-20 > date)")
            == .not(.or([.compare(p(2), .equal), .date(.less, d)])))
    #expect(try cond("2*pressure - 1 >= pressure/2 + 3")
            == .compare(PayoffExpression(-4, terms: [.init(variable: 0, coefficient: Rational(3, 2))]), .greaterOrEqual))
  }

  @Test("a shock's condition is read in the rounds of its window, found by arithmetic on the calendar")
  func shockWindowRounds() {
    // Rounds start 2025-01-06, -13, -20, -27, 02-03. A window of 2025-01-14 to
    // 2025-01-27 holds the rounds of 01-20 and 01-27.
    func errors(window: String, when: String) -> [String] {
      diagnostics(Self.window().replacingOccurrences(
        of: "when: \"pressure > 5\"", with: "window: [\(window)], when: \"\(when)\""))
    }
    #expect(errors(window: "2025-01-14, 2025-01-27", when: "date >= 2025-01-27").isEmpty)
    #expect(errors(window: "2025-01-14, 2025-01-27", when: "date <= 2025-01-20").isEmpty)
    #expect(errors(window: "2025-01-14, 2025-01-27", when: "date < 2025-01-20")
            == ["t.yaml:30:90: error: the condition of shock 'leak' can never hold in any round it is read (from 2025-01-20 to 2025-01-27)"])
    #expect(errors(window: "2025-01-14, 2025-01-26", when: "date > 2025-01-20")
            == ["t.yaml:30:90: error: the condition of shock 'leak' can never hold in the round of 2025-01-20"])
    // A window between two rounds' first days reads no round: nothing to report.
    #expect(errors(window: "2025-01-14, 2025-01-19", when: "date > 2025-03-01").isEmpty)
  }

  @Test("brink check: errors at file:line:column")
  func diagnosticsHavePositions() {
    func errors(_ from: String, _ to: String) -> [String] {
      diagnostics(Self.window().replacingOccurrences(of: from, with: to))
    }
    #expect(errors("\"pressure > 5\"", "\"presure > 5\"")
            == ["t.yaml:30:57: error: unknown variable 'presure' in the condition of shock 'leak'"])
    #expect(errors("date < 2025-01-20\"", "date < 2025-02-30\"")
            == ["t.yaml:18:33: error: expected a date (YYYY-MM-DD) to compare with 'date', found '2025-02-30' in the condition of the transition 'hold/hold' in state 'wait'"])
    #expect(errors("\"date < 2025-01-20\"", "\"date < 2025-01-20 and date >= 2025-01-27\"")
            == ["t.yaml:18:25: error: the condition of the transition 'hold/hold' in state 'wait' can never hold in any round it is read (from 2025-01-06 to 2025-02-03)"])
    #expect(errors("\"pressure > 5\"", "\"(pressure > 5\"")
            == ["t.yaml:30:70: error: missing ')' for the '(' at column 57 in the condition of shock 'leak'"])
    #expect(errors("    otherwise: missed\n", "")
            == ["t.yaml:21:5: error: state 'meet' has 'available_when' but no 'otherwise': where is the game while it is closed?"])
  }

  @Test("the default scenario: the summit window closes with the APEC week and stays closed")
  func summitWindowCloses() throws {
    let doc = ScenarioReader.builtIn()
    let s = doc.scenario
    let solved = try EscalationSolver.solve(s)
    let chain = LadderMarkovChain(solved)
    // The summit (the 1 November deadline does not act there: a summit settles the
    // threat itself, so there is no `summit@tariff-deadline`); any state made of
    // the summit would be counted too.
    let summits = s.states.indices.filter { s.states[$0].name == "summit" || s.states[$0].name.hasPrefix("summit@") }
    #expect(summits.count == 1)
    let closes = CalendarDate(year: 2025, month: 11, day: 3)
    var openRounds = 0
    for t in 0...solved.horizon {
      if s.calendar.date(ofRound: t) < closes {
        openRounds += 1
      } else {
        for summit in summits {
          #expect(chain.exactStates![t][summit] == .zero, "round \(t + 1)")
          #expect(!solved.graph.rounds[t].contains { $0.node.state == summit }, "round \(t + 1)")
        }
      }
    }
    #expect(openRounds == 3)
    #expect(summits.map { chain.exactStates![2][$0] }.reduce(.zero, +) > .zero)
  }

  @Test("the default scenario: no simulated path is in the summit after the APEC week")
  func summitWindowClosesInSimulation() throws {
    let doc = ScenarioReader.builtIn()
    let s = doc.scenario
    let compiled = try EscalationSolver.solve(s).compiledScenario()
    let stats = Simulator.run(compiled.ladder, paths: 20_000, seed: 11, threads: 2)
    let summary = compiled.summary(stats, scenario: s)
    let summits = summary.stateNames.indices.filter { summary.stateNames[$0] == "summit" || summary.stateNames[$0].hasPrefix("summit@") }
    #expect(!summits.isEmpty)
    let closes = CalendarDate(year: 2025, month: 11, day: 3)
    for t in summary.stateProbabilities.indices where s.calendar.date(ofRound: t) >= closes {
      for summit in summits { #expect(summary.stateProbabilities[t][summit] == 0, "round \(t + 1)") }
    }
    // The window is open in round 3 (30 October), and paths do reach the summit then.
    #expect(summits.map { summary.stateProbabilities[2][$0] }.reduce(0, +) > 0)
  }
}
