import BrinkCore
import BrinkFormats
import Testing

@testable import BrinkREPL

/// The replay report on a small scenario worked by hand.
@Suite struct ReplayReportTests {
  /// One state, both players always `go` (a fixed mix), `go/go` leads to `end`
  /// with chance 1/2; the script says both went twice (the game stayed in `s`
  /// the first time).
  static let yaml = game(name: "hand", title: "Worked by hand", rounds: 3, script: """
      - {round: 1, state: s, A: go, B: go, source: test, note: First.}
      - {round: 2, state: s, A: go, B: go, source: test}
    """)

  /// The game above with another name, horizon and script (other replay tests
  /// reuse it, so its hand-worked probabilities are written once).
  static func game(name: String, title: String? = nil, rounds: Int, script: String) -> String {
    """
    name: \(name)
    \(title.map { "title: \($0)\n" } ?? "")players:
      A: {moves: {go: , stop: }}
      B: {moves: {go: , stop: }}
    calendar: {start: 2025-01-06, rounds: \(rounds)}
    states:
      s:
        moves: {A: [go, stop], B: [go, stop]}
        payoffs: {go: [[1, 2], [0, 0]], stop: [[0, 0], [0, 0]]}
        transitions: {go/go: {end: 1/2, s: 1/2}}
      end: {terminal: true}
    behaviour:
      A: {model: fixed, mix: {s: {go: 1, stop: 0}}}
      B: {model: fixed, mix: {s: {go: 3/4, stop: 1/4}}}
    script:
    \(script)
    """
  }

  @Test func roundsAndLikelihood() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "hand.yaml")
    let report = ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
    #expect(report.rounds.count == 2)
    // Round 1: B goes with 3/4, and the game stays in s with 1/2: 3/8.
    // Round 2: B goes with 3/4 again.
    #expect(report.exactProbability == Rational(9, 32))
    let text = report.render()
    for line in ["Replay of hand: Worked by hand", "Round 1 (2025-01-06), state s", "Round 2 (2025-01-13), state s",
                 "model: go 75.0%, stop 25.0%", "the model gave this round 37.5%", "the model gave this round 75.0%",
                 "note: First.", "(exactly 9/32)"] {
      #expect(text.contains(line), "missing: \(line)")
    }
  }

  /// The scores on the hand-worked game. Round 1: A goes (1) and B goes (3/4):
  /// decisions 3/4, −log₂ 3/4 = 0.415 bits; go/go stays in s (as round 2 records)
  /// with 1/2: chance 1 bit; 3/8 in all, 1.415 bits. Round 2: decisions 3/4 again,
  /// nothing recorded after it, so chance 1: 0.415 bits. The path: 9/32,
  /// ln 9/32 = −1.2685, 1.830 bits. Uniform play gives each round's moves 1/4
  /// (2 bits each) and keeps the chance (1 bit): 1/32, 5 bits, ln 1/32 = −3.4657,
  /// so it loses. The fixed models have no discount to ignore and no tremble, so
  /// the other two baselines are the model.
  @Test func surprisePerRoundAndTheBaselines() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "hand.yaml")
    var report = ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
    report.compare(baselinesOf: doc.scenario)
    let text = report.render()
    #expect(text.contains("the model gave this round 37.5% (exactly 3/8); surprise 1.42 bits (decisions 0.42, chance 1.00)"))
    #expect(text.contains("the model gave this round 75.0% (exactly 3/4); surprise 0.42 bits (decisions 0.42, chance 0.00)"))
    #expect(text.hasSuffix("""
      Likelihood of the real path under the model: 0.2813 (exactly 9/32)
      Log-likelihood: ln P = -1.2685, log2 P = -1.8301: a surprise of 1.83 bits, 0.83 from the players' decisions and 1.00 from chance

      Against simpler models, on the same record (the higher ln P explains it better):
        model             ln P  bits  decisions  chance  P
        the model      -1.2685  1.83       0.83    1.00  0.2813
        uniform        -3.4657  5.00       4.00    1.00  0.0313
        short-sighted  -1.2685  1.83       0.83    1.00  0.2813
        no-tremble     -1.2685  1.83       0.83    1.00  0.2813
      """))
    let uniform = try #require(report.comparisons[1].score)
    #expect(uniform.exactProbability == Rational(1, 32))
  }

  /// Another scenario of the same events (`--against`): scored on this record,
  /// states carried over by name; a scenario without a recorded state says so.
  @Test func againstOtherScenarios() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "hand.yaml")
    var sure = doc.scenario
    sure.behaviours[1].model = .fixed(strategies: [[1, 0], nil])  // B always goes: 1/2 (the stay) in all
    var renamed = doc.scenario
    renamed.states[0].name = "t"
    var report = ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
    report.compare(baselinesOf: doc.scenario, against: [("sure.yaml", sure), ("renamed.yaml", renamed)])
    #expect(report.comparisons.count == 6)
    #expect(report.comparisons[4].score?.exactProbability == Rational(1, 2))
    #expect(report.comparisons[5].problem == "it has no state 's', which the record names")
    let text = try #require(report.comparisonText)
    #expect(text.contains("\n  sure.yaml      -0.6931  1.00       0.00    1.00  0.5000\n"))
    #expect(text.hasSuffix("sure.yaml explains the record better than the model by 0.83 bits"))
  }

  /// A record whose probability is below the smallest Double reads from its
  /// logarithm, in scientific notation, never 0.0000.
  @Test func tinyProbabilitiesAreShownFromTheirLogarithm() throws {
    let script = (1...600).map { "  - {round: \($0), A: stop, B: stop, source: test}" }.joined(separator: "\n")
    let yaml = Self.game(name: "long", rounds: 600, script: script)
      .replacingOccurrences(of: "{go: 1, stop: 0}", with: "{go: 1/2, stop: 1/2}")
      .replacingOccurrences(of: "{go: 3/4, stop: 1/4}", with: "{go: 1/2, stop: 1/2}")
    let doc = try ScenarioReader.read(yaml, file: "long.yaml")
    let report = ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
    // (1/4)^600 = 2^-1200 = 10^-361.236: 5.81e-362.
    #expect(report.probability == 0)
    #expect(report.likelihoodLine == "Likelihood of the real path under the model: 5.81e-362")
    #expect(report.scoreLine!.contains("a surprise of 1200.00 bits"))
  }

  /// B plays tit-for-tat; the script has A push in round 1. The model shown for
  /// round 2 is B's answer to that escalation (push), read from the solved node
  /// with B's memory of it, not from the first node of the state.
  @Test func historyModelsAreShownFromTheNodeWithTheirMemory() throws {
    let yaml = """
      name: tft
      players:
        A: {moves: {hold: {posture: hold}, push: {posture: escalate}}}
        B: {moves: {hold: {posture: hold}, push: {posture: escalate}}}
      calendar: {start: 2025-01-06, rounds: 3}
      states:
        s:
          moves: {A: [hold, push], B: [hold, push]}
          payoffs: {hold: [[3, 3], [0, 5]], push: [[5, 0], [1, 1]]}
      behaviour:
        B: {model: tit-for-tat}
      script:
        - {round: 1, A: push, B: hold, source: test}
        - {round: 2, A: hold, B: push, source: test}
        - {round: 3, A: hold, B: hold, source: test}
      """
    let doc = try ScenarioReader.read(yaml, file: "tft.yaml")
    let report = ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
    let b = report.rounds.map { r in r.model[1].map(\.probability) }
    #expect(b == [[1, 0], [0, 1], [1, 0]])
    // LadderNode.memory: bits 2-3 are B's memory of A; 12 = A escalated last round;
    // then 11 = B escalated last round (bits 0-1: 3), A earlier (bits 2-3: 2).
    #expect(report.rounds.map(\.memory) == [0, 12, 11])
  }

  /// Deterrence with resisting made cheaper (the Defender resists a challenge and
  /// concedes otherwise) and both sides trembling (ε = 1/5): the Defender's model
  /// probabilities are its answer to the challenge the script says was made.
  @Test func theSecondMoverIsShownAnsweringTheFirstMove() throws {
    let yaml = """
      name: deterrence-replay
      players:
        Challenger: {moves: {accept: , challenge: }}
        Defender: {moves: {concede: , resist: }}
      calendar: {start: 2025-01-06, rounds: 1}
      states:
        crisis:
          order: Challenger
          moves: {Challenger: [accept, challenge], Defender: [concede, resist]}
          payoffs: {accept: [[0, 0], [0, 0]], challenge: [[1, -1], [-2, -1/2]]}
      behaviour:
        Challenger: {model: equilibrium, tremble: 1/5}
        Defender: {model: equilibrium, tremble: 1/5}
      script:
        - {round: 1, state: crisis, Challenger: challenge, Defender: resist, source: test}
      """
    let doc = try ScenarioReader.read(yaml, file: "d.yaml")
    let report = ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
    let defender = try #require(report.rounds.first?.model[1])
    // After challenge: resist with 1 − 1/5 + 1/10 = 9/10 (its overall frequency is 0.18).
    #expect(defender.map(\.move) == ["concede", "resist"])
    #expect(abs(defender[1].probability - 0.9) < 1e-12)
    // The Challenger accepts with 9/10: challenge 1/10, then resist 9/10.
    #expect(report.exactProbability == Rational(9, 100))
  }
}
