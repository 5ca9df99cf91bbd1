import BrinkCore
import Testing

@testable import BrinkFormats

/// The check every teaching scenario of issue 13 passes: the exact state
/// probabilities of each round (`LadderMarkovChain`) and the Monte Carlo ones agree
/// within 4 standard errors, √(p(1 − p)/n), in every round and state.
enum MonteCarloAgreement {
  /// Reads `Scenarios/NAME.yaml`.
  static func library(_ name: String) throws -> ScenarioDocument {
    try ScenarioReader.read(contentsOf: packageRoot.appendingPathComponent("Scenarios/\(name).yaml").path)
  }

  /// `scenario` with every player trembling with probability `tremble`, so that
  /// every branch is taken and the comparison has something to compare.
  static func trembling(_ scenario: EscalationScenario, _ tremble: Rational) -> EscalationScenario {
    var s = scenario
    for k in s.behaviours.indices { s.behaviours[k].tremble = tremble }
    return s
  }

  static func expectAgreement(_ scenario: EscalationScenario, paths: Int = 100_000, seed: UInt64 = 13,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let solved = try EscalationSolver.solve(scenario)
    let chain = LadderMarkovChain(solved)
    let compiled = try solved.compiledScenario()
    let stats = Simulator.run(compiled.ladder, paths: paths, seed: seed, threads: 2)
    let summary = compiled.summary(stats, scenario: scenario)
    let n = Double(stats.pathsCompleted)
    for t in 0...solved.horizon {
      for k in scenario.states.indices {
        let p = chain.states[t][k], q = summary.stateProbabilities[t][k]
        #expect(abs(q - p) <= 4 * (max(0, p * (1 - p)) / n).squareRoot() + 1e-9,
                "round \(t) state \(scenario.states[k].name): \(q) vs \(p)", sourceLocation: sourceLocation)
      }
    }
  }
}
