import BrinkCore
import Testing

@testable import BrinkFormats

/// Transition probabilities as exact affine expressions of the variables
/// (`breakdown: risk/4`; Docs/scenario-format.md, "Transitions"): read, checked to
/// sum to 1 and to stay in [0, 1] where the game can be, solved and simulated.
@Suite("Probabilities as expressions of the variables")
struct ScenarioProbabilityExpressionTests {
  /// Schelling's threat that leaves something to chance, as a choice of risk
  /// (*The Strategy of Conflict*, 1960, ch. 8): each round A raises the shared risk
  /// by 1 (from 0), and the crisis breaks down with probability risk/4, read before
  /// the move. By hand, over three rounds: breakdown 0, then 1/4, then 1/2, so the
  /// crisis survives with (3/4)(1/2) = 3/8 and breaks down with 5/8.
  static func yaml(rounds: Int = 3, tremble: String = "0") -> String {
    """
    name: risk
    players:
      A:
        moves:
          raise: {effects: {risk: +1}}
          hold:
      B: {moves: {hold: }}
    variables:
      risk: 0
    calendar: {start: 2025-01-06, step: 7, rounds: \(rounds)}
    states:
      crisis:
        moves: {A: [raise, hold], B: [hold]}
        payoffs: {raise: [[1, 0]], hold: [[0, 0]]}
        transitions:
          any/any: {breakdown: risk/4, crisis: 1 - risk/4}
      breakdown: {terminal: true, value: [-1, -1]}
    behaviour:
      A: {model: equilibrium, tremble: \(tremble)}
    """
  }

  @Test("by hand: breakdown 5/8 over three rounds")
  func byHand() throws {
    let doc = try ScenarioReader.read(Self.yaml(), file: "risk.yaml")
    let solved = try EscalationSolver.solve(doc.scenario)
    let chain = LadderMarkovChain(solved)
    #expect(chain.exactStates!.last! == [Rational(3, 8), Rational(5, 8)])
  }

  @Test("exact solve and Monte Carlo agree within 4 standard errors")
  func monteCarloAgrees() throws {
    let doc = try ScenarioReader.read(Self.yaml(tremble: "1/3"), file: "risk.yaml")
    let solved = try EscalationSolver.solve(doc.scenario)
    let chain = LadderMarkovChain(solved)
    let compiled = try solved.compiledScenario()
    let stats = Simulator.run(compiled.ladder, paths: 100_000, seed: 5, threads: 2)
    let summary = compiled.summary(stats, scenario: doc.scenario)
    let n = Double(stats.pathsCompleted)
    for t in 0...solved.horizon {
      for k in doc.scenario.states.indices {
        let p = chain.states[t][k], q = summary.stateProbabilities[t][k]
        #expect(abs(q - p) <= 4 * (p * (1 - p) / n).squareRoot() + 1e-9, "round \(t) state \(k): \(q) vs \(p)")
      }
    }
  }

  @Test("check: the sum must be 1 whatever the variables; a value outside [0, 1] where the game can be is an error")
  func checks() {
    #expect(diagnostics(Self.yaml().replacingOccurrences(of: "1 - risk/4", with: "1 - risk/5"))
            == ["t.yaml:16:16: error: the probabilities after 'any/any' in state 'crisis' sum to 1 + 1/20*risk, not 1"])
    // risk/4 reaches 1 at risk 4 and the crisis ends there: no path goes beyond.
    #expect(diagnostics(Self.yaml(rounds: 8)).isEmpty)
    // 3/8 × risk passes 1 in round 4, where risk is 3 if A raised every round.
    let steep = Self.yaml(rounds: 4).replacingOccurrences(of: "risk/4", with: "3/8*risk")
    #expect(diagnostics(steep).first
            == "t.yaml:16:28: error: the probability of 'breakdown' after 'raise/hold' in state 'crisis' is 9/8 in round 4 (2025-01-27) at risk = 3, outside [0, 1]")
  }

  @Test("save writes the expressions back")
  func roundTrip() throws {
    let doc = try ScenarioReader.read(Self.yaml(), file: "risk.yaml")
    let again = try ScenarioReader.read(ScenarioWriter.yaml(doc), file: "saved.yaml")
    #expect(again.scenario == doc.scenario)
  }
}
