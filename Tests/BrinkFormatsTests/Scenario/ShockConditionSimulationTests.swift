import BrinkCore
import BrinkFormats
import Testing

/// A shock with a `when:` condition, beside a plain one, under the joint shock rule
/// (issue 10 item 9) and conditions (issue 13): the simulator may fire a shock only
/// where the round rules let it act (`CompiledLadder.RoundEffect.firesFrom`, judged
/// on the node the events left, with its values and round), so Monte Carlo must
/// agree with the exact chain in every state and round.
@Suite struct ShockConditionSimulationTests {
  static let yaml = """
    name: flare
    players:
      A:
        moves:
          hold:
          push: {effects: {pressure: +1}}
      B:
        moves:
          hold:
    variables:
      pressure: 0
    calendar: {start: 2025-01-06, step: 7, rounds: 6}
    states:
      wait:
        moves: {A: [hold, push], B: [hold]}
        payoffs: {hold: [[0, 0]], push: [[0, 0]]}
        transitions: {any/any: wait}
      calm:
        moves: {A: [hold], B: [hold]}
        payoffs: {hold: [[1, 1]]}
        transitions: {any/any: wait}
      broken: {terminal: true, value: [-1, -1]}
    shocks:
      - {name: flare, probability: 1/2, from: [wait], when: "date >= 2025-01-20", goto: broken}
      - {name: calm-down, probability: 1/4, from: [wait, calm], goto: calm}
    behaviour:
      A: {model: fixed, mix: {wait: {hold: 1/2, push: 1/2}}}
      B: {model: fixed}
    """

  @Test("Monte Carlo within 4 standard errors of the exact chain, every state and round")
  func monteCarloAgrees() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "flare.yaml")
    let solved = try EscalationSolver.solve(doc.scenario)
    let chain = LadderMarkovChain(solved)
    let exact = try #require(chain.exactStates)
    let broken = doc.scenario.states.firstIndex { $0.name == "broken" }!
    // The condition matters: some paths break, but fewer than without it.
    #expect(exact.last![broken] > .zero)
    let compiled = try solved.compiledScenario()
    let n = 200_000
    let statistics = Simulator.run(compiled.ladder, paths: n, seed: 9, threads: 2)
    let summary = compiled.summary(statistics, scenario: doc.scenario)
    for (t, row) in summary.stateProbabilities.enumerated() where t < exact.count {
      for (s, name) in summary.stateNames.enumerated() {
        guard let k = doc.scenario.states.firstIndex(where: { $0.name == name }) else { continue }
        let p = exact[t][k].doubleValue
        let q = row[s]
        let se = max((p * (1 - p) / Double(n)).squareRoot(), 1e-9)
        #expect(abs(q - p) <= 4 * se + 1e-12, "round \(t), \(name): \(q) vs exact \(p)")
      }
    }
  }
}
