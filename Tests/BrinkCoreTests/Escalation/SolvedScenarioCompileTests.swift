import Testing
@testable import BrinkCore

/// The compile step, checked the way the issue asks: Monte Carlo frequencies from
/// the compiled ladder against the exact Markov chain of the solved scenario, within
/// five standard errors (a false alarm about once in 1.7 million checks).
@Suite struct SolvedScenarioCompileTests {
  typealias S = EscalationTestScenarios

  /// Compiles, simulates `paths` paths, and compares every state's probability in
  /// every round, and both expected payoffs.
  func checkAgainstChain(_ solved: SolvedScenario, paths: Int = 100_000, seed: UInt64 = 7,
                         perState: Bool? = nil, fused: Bool = true) throws {
    let compiled = try solved.compiledScenario()
    #expect(compiled.approximations.isEmpty, "\(compiled.approximations)")
    if let perState { #expect(compiled.isPerState == perState) }
    let chain = LadderMarkovChain(solved)
    let stats = Simulator.run(compiled.ladder, paths: paths, seed: seed, threads: 2, shard: nil, fused: fused,
                              shouldContinue: { true }, progress: { _, _ in })
    let n = Double(stats.pathsCompleted)
    #expect(stats.pathsCompleted == paths)
    func close(_ observed: Double, _ p: Double, _ what: String) {
      let se = (p * (1 - p) / n).squareRoot()
      #expect(abs(observed - p) <= 5 * se + 1e-12, "\(what): simulated \(observed), exact \(p)")
    }
    let count = solved.scenario.states.count
    for t in 0...solved.horizon {
      let absorbedByT = compiled.byScenarioState(stats.absorbed.map { $0.isEmpty ? 0 : $0[0...t].reduce(0, +) }, stateCount: count)
      let occupied = t < solved.horizon ? compiled.byScenarioState(stats.occupancy[t], stateCount: count) : []
      for (s, state) in solved.scenario.states.enumerated() {
        let exact = chain.states[t][s]
        if state.isTerminal {
          close(Double(absorbedByT[s]) / n, exact, "round \(t), \(state.name) (absorbed)")
        } else if t < solved.horizon {
          close(Double(occupied[s]) / n, exact, "round \(t), \(state.name)")
        }
      }
    }
    for p in 0..<2 {
      let mean = stats.payoffSums[p].doubleValue / stats.payoffScale / n
      let meanSquare = stats.payoffSquares[p].doubleValue / (stats.payoffScale * stats.payoffScale) / n
      let se = (max(0, meanSquare - mean * mean) / n).squareRoot()
      #expect(abs(mean - solved.expectedValues[p]) <= 5 * se + 1e-9,
              "player \(p): simulated \(mean), exact \(solved.expectedValues[p])")
    }
  }

  @Test func standoffMixed() throws {
    try checkAgainstChain(try EscalationSolver.solve(S.standoff(selection: .mixed)))
  }

  @Test func calendarEventsShocksAndVariables() throws {
    let solved = try EscalationSolver.solve(S.calendarDriven())
    try checkAgainstChain(solved, perState: true)
    let ladder = try solved.compile()
    #expect(ladder.variableNames == ["tariff"])
    #expect(ladder.rounds == 4)
  }

  @Test func logitWithTremble() throws {
    let logit = PlayerBehaviour(model: .logit(lambda: 1.5), tremble: Rational(1, 5))
    try checkAgainstChain(try EscalationSolver.solve(S.standoff(selection: .mixed), behaviours: [logit, logit]))
  }

  /// Grim trigger against generous tit-for-tat with trembles: both reactive tables,
  /// and the chain follows the memory nodes exactly.
  @Test func reactiveStrategies() throws {
    let behaviours = [PlayerBehaviour(model: .grimTrigger, tremble: Rational(1, 10)),
                      PlayerBehaviour(model: .generousTitForTat(forgiveness: Rational(1, 3)), tremble: Rational(1, 10))]
    let solved = try EscalationSolver.solve(S.prisonersDilemma(rounds: 6, behaviours: behaviours))
    try checkAgainstChain(solved)
  }

  /// A strategic player against grim trigger cooperates while the trigger is calm
  /// and defects once its own trembles have set it off: two strategies in the same
  /// round and state. The compile step keeps the two apart (a scenario state with
  /// several ladder states), and the simulation follows the solved strategies exactly.
  @Test func pathDependentStrategyIsKeptApart() throws {
    let behaviours = [PlayerBehaviour(model: .equilibrium(selection: .riskDominant), tremble: Rational(1, 10)),
                      PlayerBehaviour(model: .grimTrigger)]
    let solved = try EscalationSolver.solve(S.prisonersDilemma(rounds: 3, behaviours: behaviours))
    let triggered = solved.graph.rounds[1].firstIndex { $0.node.opponentEverEscalated(player: 1) }!
    let calm = solved.graph.rounds[1].firstIndex { !$0.node.opponentEverEscalated(player: 1) }!
    #expect(solved.nodes[1][triggered].intended?.leaderMixture == [0, 1])
    #expect(solved.nodes[1][calm].intended?.leaderMixture == [1, 0])
    try checkAgainstChain(solved, perState: false)
  }

  /// Events and shocks copied per node variant: the calendar scenario compiled
  /// without merging must agree with the chain as well as the merged one does, and
  /// merging brings it back to one ladder state per scenario state (its strategies
  /// do not depend on the path).
  @Test func unmergedVariantsWithEventsAndShocks() throws {
    let solved = try EscalationSolver.solve(S.calendarDriven())
    let byNode = try solved.compiledScenario(merging: false)
    #expect(byNode.approximations.isEmpty)
    #expect(byNode.ladder.stateCount > solved.scenario.states.count)
    #expect(try solved.compiledScenario().isPerState)
    let stats = Simulator.run(byNode.ladder, paths: 100_000, seed: 3, threads: 1)
    let chain = LadderMarkovChain(solved)
    let n = Double(stats.pathsCompleted)
    for t in 0..<solved.horizon {
      let occupied = byNode.byScenarioState(stats.occupancy[t], stateCount: 3)
      for s in [0, 1] {
        let p = chain.states[t][s]
        #expect(abs(Double(occupied[s]) / n - p) <= 5 * (p * (1 - p) / n).squareRoot() + 1e-12)
      }
    }
    let mean = stats.payoffSums[0].doubleValue / stats.payoffScale / n
    #expect(abs(mean - solved.expectedValues[0]) < 0.05)
  }

  @Test func sequentialStageCompilesExactlyWhenTheLeaderIsPure() throws {
    try checkAgainstChain(try EscalationSolver.solve(S.commitment(timing: .sequential(firstMover: 0))))
  }

  /// A sequential stage whose first mover trembles, so mixes: the second mover's
  /// move must follow the first mover's actual move. Drawing it from its average
  /// response instead (as the simulator once did) misses the exact chain by far
  /// more than 5 standard errors. Both first movers (the draw order differs), with
  /// the alias tables and move by move.
  @Test(arguments: [0, 1], [true, false])
  func sequentialStageWithAMixingLeader(firstMover: Int, fused: Bool) throws {
    let solved = try EscalationSolver.solve(S.tremblingChallenge(firstMover: firstMover))
    let played = try #require(solved.nodes[0][0].played)
    #expect(played.isSequential && played.leader == firstMover && played.respondsToMixedLead)
    let ladder = try solved.compile()
    #expect(ladder.plans[1 - firstMover].responds(state: 0) && !ladder.plans[firstMover].responds(state: 0))
    try checkAgainstChain(solved, fused: fused)
  }
}
