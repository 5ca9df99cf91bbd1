import BrinkCore
import BrinkFormats
import Testing

/// The default scenario's strategies depend on the path, so only the by-node
/// ladder (`compiledScenario()`) simulates it exactly; its report must still
/// name each scenario state once.
@Suite struct DefaultScenarioSimulationTests {
  @Test func stateProbabilitiesMatchTheExactChainAndNamesAreUnique() throws {
    let doc = try ScenarioReader.read(ScenarioReader.builtInText, file: "us-china-2025-10.yaml")
    let solved = try EscalationSolver.solve(doc.scenario)
    let compiled = try solved.compiledScenario()
    #expect(compiled.approximations.isEmpty)
    let stats = Simulator.run(compiled.ladder, paths: 100_000, seed: 7, threads: 2)
    let summary = compiled.summary(stats, scenario: doc.scenario)
    let chain = LadderMarkovChain(solved)
    let n = Double(stats.pathsCompleted)
    #expect(summary.stateNames == doc.scenario.states.map(\.name))
    for t in 0..<solved.horizon {
      for (s, state) in doc.scenario.states.enumerated() where !state.isTerminal {
        let p = chain.states[t][s], q = summary.stateProbabilities[t][s]
        #expect(abs(q - p) <= 5 * (p * (1 - p) / n).squareRoot() + 1e-9, "round \(t) state \(state.name): \(q) vs \(p)")
      }
    }
    // Each state once: in the table, the outcomes, the times and each path's neighbours.
    #expect(Set(summary.stateNames).count == summary.stateNames.count)
    #expect(Set(summary.outcomes.map(\.state)).count == summary.outcomes.count)
    #expect(Set(summary.timesToTerminal.map(\.state)).count == summary.timesToTerminal.count)
    let paths = summary.topPaths.map { $0.states + [$0.truncated ? "…" : ""] }
    #expect(Set(paths).count == paths.count)
    for path in summary.topPaths { #expect(zip(path.states, path.states.dropFirst()).allSatisfy { $0 != $1 }) }
    #expect(summary.outcomes.map(\.count).reduce(0, +) == stats.pathsCompleted)
    #expect(Set(summary.effects.map(\.name)).count == summary.effects.count)
  }
}
