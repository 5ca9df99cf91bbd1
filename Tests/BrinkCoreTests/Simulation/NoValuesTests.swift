import Testing
@testable import BrinkCore

/// A ladder without variables runs with `NoValues` (nothing carried per path);
/// before, it ran with `LaneValues` over four unused lanes. Both loops must give
/// the same statistics either way, byte for byte.
@Suite struct NoValuesTests {
  typealias S = EscalationTestScenarios

  static let ladders: [(String, @Sendable () throws -> CompiledLadder)] = [
    ("sequential, player 0 leads, trembles", { try EscalationSolver.solve(S.tremblingChallenge(firstMover: 0)).compile() }),
    ("prisoner's dilemma, 12 rounds", { try EscalationSolver.solve(S.prisonersDilemma(rounds: 12)).compile() }),
  ]

  @Test(arguments: 0..<ladders.count)
  func noValuesGiveTheLaneValuesStatistics(_ index: Int) throws {
    let ladder = try Self.ladders[index].1()
    #expect(ladder.variableCount == 0)
    let lanes = try #require(ladder.tables.lanes)
    let paths = 0..<(3 * Simulator.chunkLength(rounds: ladder.rounds) / 2 + 5)
    /// One sampler's statistics after running `paths` through `body`.
    func statistics(_ body: (inout PathSampler) -> Int) -> SimulationStatistics {
      var sampler = PathSampler(ladder, fused: true, seed: 7)
      sampler.statistics.pathRounds = body(&sampler)
      return sampler.finish()
    }
    let laneValues = LaneValues(lanes.base)
    let interleaved = statistics { $0.runLanes(paths, seed: 7, values: laneValues) }
    #expect(interleaved.pathRounds > 0)
    #expect(statistics { $0.runLanes(paths, seed: 7, values: NoValues()) } == interleaved)
    let chained = statistics { $0.runChained(paths, seed: 7, values: laneValues) }
    #expect(statistics { $0.runChained(paths, seed: 7, values: NoValues()) } == chained)
    #expect(chained == interleaved)
  }
}
