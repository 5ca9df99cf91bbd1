import BrinkCore
import Testing

@testable import BrinkFormats

/// `Scenarios/deadline.yaml` and deadlines as decisions (`decision:` on an event;
/// Docs/scenario-format.md, "Deadlines as decisions"; `DeadlineDecision`). The
/// answers are worked by hand in the file's comments, after Schelling (*Arms and
/// Influence*, 1966, ch. 2): a deadline the Sender would enforce makes the Target
/// concede at once; one it would not is extended or dropped, and the Target waits.
@Suite("Deadlines as decisions")
struct DeadlineScenarioTests {
  static var text: String {
    get throws { try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/deadline.yaml"), encoding: .utf8) }
  }

  static func read(_ text: String) throws -> ScenarioDocument { try ScenarioReader.read(text, file: "deadline.yaml") }

  @Test("the round of the deadline: the Sender's moves are its move paired with each option, the Target's its own")
  func decisionState() throws {
    let s = try Self.read(Self.text).scenario
    let k = try #require(s.stateIndex(named: "talks@deadline"))
    #expect(s.states[k].moves[0].map(\.name) == ["wait+enforce", "wait+extend", "wait+drop"])
    #expect(s.states[k].moves[1].map(\.name) == ["hold-out", "concede"])
    #expect(s.variables.map(\.name) == ["deadline@due"])
    #expect(s.variables[0].initial == 1)  // 22 October is in round 2 (from 1), round 1 from 0
    // Events: the deadline in round 2, and again in round 3 after an extension.
    #expect(s.events.map(\.date) == [CalendarDate(year: 2025, month: 10, day: 22), CalendarDate(year: 2025, month: 10, day: 27)])
  }

  @Test("a question about a state counts that state in the deadline's round too (S@NAME is S then)")
  func questionsSeeTheDeadlineRound() throws {
    let doc = try Self.read(Self.text + """

      questions:
        - id: talking
          text: Still in talks in the week of 20 October?
          in: talks
          at: 2025-10-20
      """)
    let s = doc.scenario
    let talks = try #require(s.stateIndex(named: "talks")), round = try #require(s.stateIndex(named: "talks@deadline"))
    #expect(doc.questions.map(\.states) == [[talks, round]])
  }

  @Test("by hand: an enforceable deadline; the Target concedes in round 1; values [2, -1]")
  func credibleDeadline() throws {
    let s = try Self.read(Self.text).scenario
    let solved = try EscalationSolver.solve(s)
    #expect(solved.exactExpectedValues == [2, -1])
    let chain = LadderMarkovChain(solved)
    let deal = s.stateIndex(named: "deal")!
    #expect(chain.exactStates![1][deal] == 1)
    // At the deadline (reached only off the path) the Sender enforces: [9/20, -27/10].
    let k = s.stateIndex(named: "talks@deadline")!
    let node = try #require(solved.nodeIndices(round: 1, state: k).first)
    #expect(solved.nodes[1][node].exactValues == [Rational(9, 20), Rational(-27, 10)])
    #expect(solved.nodes[1][node].exactPlayed!.marginal(player: 0) == [1, 0, 0])
    // After an extension, in round 3: enforced too.
    let later = try #require(solved.nodeIndices(round: 2, state: k).first)
    #expect(solved.nodes[2][later].exactValues == [Rational(9, 20), Rational(-27, 10)])
  }

  @Test("by hand: a deadline the Sender would not enforce is extended or dropped; the Target holds out; values [0, 0]")
  func emptyDeadline() throws {
    let s = try Self.read(Self.text.replacingOccurrences(of: "value: [1/2, -3]", with: "value: [-1, -3]")).scenario
    let solved = try EscalationSolver.solve(s)
    #expect(solved.exactExpectedValues == [0, 0])
    let chain = LadderMarkovChain(solved)
    #expect(chain.exactStates!.last![s.stateIndex(named: "talks")!] == 1)
    let k = s.stateIndex(named: "talks@deadline")!
    let node = try #require(solved.nodeIndices(round: 1, state: k).first)
    #expect(solved.nodes[1][node].exactPlayed!.marginal(player: 0)[0] == 0)  // never enforced
  }

  @Test("exact solve and Monte Carlo agree within 4 standard errors (trembling 1/4)")
  func monteCarloAgrees() throws {
    let s = try Self.read(Self.text).scenario
    try MonteCarloAgreement.expectAgreement(MonteCarloAgreement.trembling(s, Rational(1, 4)))
  }

  @Test("a deadline that falls while the game is elsewhere lapses; extending past the calendar ends it")
  func lapses() throws {
    // Concede is certain: round 1 ends in `deal`, so the deadline never acts.
    let s = try Self.read(Self.text).scenario
    let solved = try EscalationSolver.solve(s)
    let k = s.stateIndex(named: "talks@deadline")!
    #expect(LadderMarkovChain(solved).exactStates!.allSatisfy { $0[k] == 0 })
    // The deadline's rounds: its own, and each extension within the calendar.
    let d = s.deadlines[0]
    #expect(d.rounds(in: s.calendar) == [1, 2])
  }

  @Test("save writes the decision back as one event, and reads back to the same scenario")
  func roundTrip() throws {
    let doc = try Self.read(Self.text)
    let yaml = ScenarioWriter.yaml(doc)
    #expect(!yaml.contains("@"))
    #expect(yaml.contains("decision: {player: Sender, options: {enforce: {description: \"Enforce the deadline (tariffs)\", goto: tariffs}, extend: {description: \"Extend it by a week\", rounds: 1}, drop: {description: \"Drop it\"}}}"))
    let again = try ScenarioReader.read(yaml, file: "saved.yaml")
    #expect(again.scenario == doc.scenario)
  }

  /// The deadline extended in round 2, as a script says it.
  static let script = """
    script:
      - {round: 1, state: talks, Sender: wait, Target: hold-out, source: schelling-1966}
      - {round: 2, state: talks, Sender: wait+extend, Target: hold-out, source: schelling-1966}

    """

  @Test("a script writes the decision as MOVE+OPTION in the state the deadline fell in; replayed in its round")
  func script() throws {
    let doc = try Self.read(Self.text + Self.script)
    let s = doc.scenario
    #expect(doc.historyStates == [s.stateIndex(named: "talks"), s.stateIndex(named: "talks@deadline")])
    // With trembles every move is possible: the observed path has a positive likelihood.
    let solved = try EscalationSolver.solve(MonteCarloAgreement.trembling(s, Rational(1, 4)))
    let likelihood = solved.likelihood(of: solved.observedHistory(states: doc.historyStates))
    #expect(likelihood.probability > 0)
    // Written back as it was.
    let yaml = ScenarioWriter.yaml(doc)
    #expect(yaml.contains("  - round: 2\n    state: talks\n    Sender: wait+extend\n"))
    let again = try ScenarioReader.read(yaml, file: "saved.yaml")
    #expect(again.scenario == doc.scenario && again.historyStates == doc.historyStates)
    // An option the deadline does not have is an unknown move.
    let misspelt = try Self.text + Self.script.replacingOccurrences(of: "wait+extend", with: "wait+extnd")
    #expect(diagnostics(misspelt).first?
      .hasPrefix("t.yaml:76:38: error: unknown move 'wait+extnd' of 'Sender' in state 'talks' in script entry 2") == true)
  }

  @Test("check: errors at file:line:column for an unknown player, an unknown state, goto with rounds, and goto beside decision")
  func checks() {
    let text = (try? Self.text) ?? ""
    #expect(diagnostics(text.replacingOccurrences(of: "player: Sender", with: "player: Sendr")).first?
      .hasPrefix("t.yaml:66:15: error: unknown player 'Sendr' in the decision of event 'deadline'") == true)
    #expect(diagnostics(text.replacingOccurrences(of: "goto: tariffs}", with: "goto: tarifs}")).first?
      .hasPrefix("t.yaml:68:70: error: unknown state 'tarifs' in option 'enforce' of event 'deadline'") == true)
    #expect(diagnostics(text.replacingOccurrences(of: "goto: tariffs}", with: "goto: tariffs, rounds: 2}")).first
            == "t.yaml:68:79: error: option 'enforce' of event 'deadline' both ends the deadline ('goto') and extends it ('rounds')")
    #expect(diagnostics(text.replacingOccurrences(of: "    in: [talks]\n", with: "    in: [talks]\n    goto: deal\n")).first?
      .hasPrefix("t.yaml:63:5: error: event 'deadline' is a decision: 'goto' belongs to its options") == true)
  }
}
