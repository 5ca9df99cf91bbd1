import BrinkCore
import BrinkFormats
import Testing

/// `EscalationSolver.solve(needs: .strategies)`: with two rule-following players
/// (fixed, script, history rules) the simulator's start-up skips the exact values
/// (issue 11), and what it samples must not change: the same played strategies at
/// every node, so the same compiled ladder and the same statistics, draw for draw.
@Suite struct StrategiesOnlySolveTests {
  static func scenario() throws -> EscalationScenario {
    try ScenarioReader.read(Fixtures.text("ladder-benchmark.yaml"), file: "ladder-benchmark.yaml").scenario
  }

  /// Every node's played strategy (exact), and the statistics of a seeded run.
  func compare(_ scenario: EscalationScenario) throws -> (full: SolvedScenario, rules: SolvedScenario) {
    let full = try EscalationSolver.solve(scenario)
    let rules = try EscalationSolver.solve(scenario, needs: .strategies)
    #expect(full.graph.rounds.map(\.count) == rules.graph.rounds.map(\.count))
    for t in full.nodes.indices {
      for n in full.nodes[t].indices {
        #expect(full.nodes[t][n].exactPlayed == rules.nodes[t][n].exactPlayed, "round \(t), node \(n)")
        #expect(full.nodes[t][n].played == rules.nodes[t][n].played, "round \(t), node \(n)")
      }
    }
    let a = Simulator.run(try full.compiledScenario().ladder, paths: 20_000, seed: 3, threads: 2)
    let b = Simulator.run(try rules.compiledScenario().ladder, paths: 20_000, seed: 3, threads: 1)
    #expect(a == b)
    return (full, rules)
  }

  @Test("fixed mixes: the same strategies and statistics, no values computed")
  func fixedMixes() throws {
    let (full, rules) = try compare(Self.scenario())
    #expect(full.hasValues)
    #expect(!rules.hasValues)
    #expect(rules.exactExpectedValues == nil)
    #expect(rules.nodes[0].allSatisfy { $0.exactValues == nil && $0.stageGame == nil })
  }

  @Test("history rules and a tremble: tit-for-tat against generous tit-for-tat")
  func historyRules() throws {
    var scenario = try Self.scenario()
    scenario.behaviours = [PlayerBehaviour(model: .titForTat, tremble: Rational(1, 20)),
                           PlayerBehaviour(model: .generousTitForTat(forgiveness: Rational(1, 3)))]
    let (_, rules) = try compare(scenario)
    #expect(!rules.hasValues)
  }

  @Test("an optimising player: .strategies solves everything, as it must")
  func optimisingPlayer() throws {
    var scenario = try Self.scenario()
    scenario.behaviours[0] = PlayerBehaviour(model: .equilibrium(selection: .riskDominant))
    let (full, rules) = try compare(scenario)
    #expect(rules.hasValues)
    #expect(rules.exactExpectedValues == full.exactExpectedValues)
  }
}
