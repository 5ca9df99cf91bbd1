import Testing
@testable import BrinkCore

/// The interleaved loop (`PathSampler.runLanes`, several paths at once) must give
/// exactly the statistics of the one-path-at-a-time chained loop (`runChained`):
/// same paths, same counts, same sums, same top paths, for any thread count.
@Suite struct PathSamplerLanesTests {
  typealias S = EscalationTestScenarios

  static let ladders: [(String, @Sendable () throws -> CompiledLadder)] = [
    ("crisis: a deadline, a shock, a variable", { LadderFixtures.crisis() }),
    ("reactive crisis: memory blocks", { LadderFixtures.reactiveCrisis() }),
    ("calendar-driven scenario", { try EscalationSolver.solve(S.calendarDriven()).compiledScenario().ladder }),
    ("sequential, player 1 leads", { try EscalationSolver.solve(S.tremblingChallenge(firstMover: 1)).compile() }),
    ("crisis, 3 rounds", { LadderFixtures.crisis(rounds: 3) }),
  ]

  @Test(arguments: 0..<ladders.count, [UInt64(3), 0xDEAD_BEEF])
  func lanesGiveTheChainedLoopsStatistics(_ index: Int, seed: UInt64) throws {
    let ladder = try Self.ladders[index].1()
    var sampler = PathSampler(ladder, fused: true, seed: seed)
    #expect(sampler.useLanes, "the interleaved loop is not used")
    _ = sampler.finish()
    // Not a multiple of the lanes, nor of a chunk: lanes run dry at different times.
    let paths = 2 * Simulator.chunkLength(rounds: ladder.rounds) + 7
    func run(threads: Int, lanes: Bool) -> SimulationStatistics {
      Simulator.run(ladder, paths: paths, seed: seed, threads: threads, shard: nil, fused: true, lanes: lanes,
                    shouldContinue: { true }, progress: { _, _ in })
    }
    let oneByOne = try SimulatorDeterminismTests.json(run(threads: 1, lanes: false))
    #expect(try SimulatorDeterminismTests.json(run(threads: 1, lanes: true)) == oneByOne)
    #expect(try SimulatorDeterminismTests.json(run(threads: 2, lanes: true)) == oneByOne)
  }

  /// Fewer paths than lanes, and none: the lanes without a path stay idle.
  @Test(arguments: [0, 1, 3, 5])
  func fewPaths(_ paths: Int) throws {
    let ladder = LadderFixtures.crisis()
    func run(lanes: Bool) -> SimulationStatistics {
      Simulator.run(ladder, paths: paths, seed: 11, threads: 1, shard: nil, fused: true, lanes: lanes,
                    shouldContinue: { true }, progress: { _, _ in })
    }
    #expect(try SimulatorDeterminismTests.json(run(lanes: true)) == SimulatorDeterminismTests.json(run(lanes: false)))
    #expect(run(lanes: true).pathsCompleted == paths)
  }
}
