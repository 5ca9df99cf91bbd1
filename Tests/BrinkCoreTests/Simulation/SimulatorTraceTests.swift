import Testing
@testable import BrinkCore

/// `Simulator.trace` runs the tracer through the simulator's own chunks and
/// threads: the pieces arrive in index order, cover the slice, and tally to the
/// statistics of `Simulator.run`; after a stop they are a prefix the statistics
/// count exactly; an error from `deliver` stops the run and comes back.
@Suite struct SimulatorTraceTests {
  struct Stop: Error, Equatable {}

  /// The indices of a chunk's traced paths, as its piece.
  static let indices: @Sendable ([TracedPath]) -> [Int] = { $0.map(\.index) }

  @Test(arguments: [1, 2, 3])
  func piecesArriveInOrderAndTallyToTheRun(threads: Int) throws {
    let ladder = LadderFixtures.reactiveCrisis()
    var seen: [Int] = []
    let traced = Simulator.trace(ladder, paths: 20_001, seed: 6, threads: threads, render: Self.indices) { seen += $0 }
    #expect(seen == Array(0..<20_001))
    #expect(traced == Simulator.run(ladder, paths: 20_001, seed: 6, threads: threads))
    #expect(!traced.isPartial)
  }

  @Test func aShardTracesItsSlice() throws {
    let ladder = LadderFixtures.crisis()
    let shard = try #require(Simulator.Shard(index: 2, count: 3))
    var seen: [Int] = []
    let traced = Simulator.trace(ladder, paths: 10_000, seed: 5, threads: 2, shard: shard, render: Self.indices) { seen += $0 }
    #expect(seen == Array(shard.range(of: 10_000)))
    #expect(traced == Simulator.run(ladder, paths: 10_000, seed: 5, shard: shard))
  }

  @Test(arguments: [1, 2])
  func aStopLeavesAPrefixThatTheStatisticsCount(threads: Int) throws {
    let ladder = LadderFixtures.crisis()
    var seen: [Int] = []
    var asked = 0
    let traced = Simulator.trace(
      ladder, paths: 200_000, seed: 3, threads: threads,
      shouldContinue: { asked += 1; return asked <= 2 }, render: Self.indices
    ) { seen += $0 }
    #expect(traced.isPartial && traced.pathsCompleted > 0 && traced.pathsCompleted < 200_000)
    #expect(seen == Array(0..<traced.pathsCompleted))
    #expect(traced.pathRanges == [[0, traced.pathsCompleted]])
    let replay = Simulator.trace(ladder, paths: traced.pathsCompleted, seed: 3, render: Self.indices) { _ in }
    #expect(replay.occupancy == traced.occupancy && replay.paths == traced.paths)
  }

  @Test(arguments: [1, 2])
  func anErrorFromDeliverStopsTheRun(threads: Int) {
    var delivered = 0
    #expect(throws: Stop()) {
      _ = try Simulator.trace(
        LadderFixtures.crisis(), paths: 100_000, seed: 1, threads: threads, render: Self.indices
      ) { (_: [Int]) throws(Stop) in
        delivered += 1
        if delivered == 2 { throw Stop() }
      }
    }
    #expect(delivered == 2)
  }

  @Test func everyBuiltLadderKeepsItsTableInvariants() throws {
    for ladder in [LadderFixtures.crisis(), LadderFixtures.reactiveCrisis(), LadderFixtures.crisis(rounds: 0)] {
      #expect(ladder.tables.checkInvariants())
      #expect(ladder.tables.chain != nil)
    }
  }
}
