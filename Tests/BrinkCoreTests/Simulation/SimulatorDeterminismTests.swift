import Foundation
import Testing
@testable import BrinkCore

@Suite struct SimulatorDeterminismTests {
  static func json(_ statistics: SimulationStatistics) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(statistics), as: UTF8.self)
  }

  @Test func sameSeedGivesIdenticalStatistics() throws {
    let ladder = LadderFixtures.crisis()
    let a = Simulator.run(ladder, paths: 20_000, seed: 42)
    let b = Simulator.run(ladder, paths: 20_000, seed: 42)
    #expect(try Self.json(a) == Self.json(b))
    let c = Simulator.run(ladder, paths: 20_000, seed: 43)
    #expect(a != c)
    #expect(a.pathsCompleted == 20_000 && c.pathsCompleted == 20_000)
  }

  @Test(arguments: ["stationary", "reactive"])
  func threadCountDoesNotChangeTheResult(kind: String) throws {
    let ladder = kind == "reactive" ? LadderFixtures.reactiveCrisis() : LadderFixtures.crisis()
    let one = Simulator.run(ladder, paths: 30_001, seed: 7, threads: 1)
    for threads in [2, 8] {
      let many = Simulator.run(ladder, paths: 30_001, seed: 7, threads: threads)
      #expect(try Self.json(many) == Self.json(one), "threads: \(threads)")
    }
  }

  @Test func moveByMoveDrawsAreDeterministicToo() throws {
    let ladder = LadderFixtures.reactiveCrisis()
    func run(_ threads: Int, _ shard: Simulator.Shard?) -> SimulationStatistics {
      Simulator.run(ladder, paths: 12_000, seed: 8, threads: threads, shard: shard, fused: false,
                    shouldContinue: { true }, progress: { _, _ in })
    }
    let whole = run(1, nil)
    #expect(try Self.json(run(8, nil)) == Self.json(whole))
    let merged = try #require(try SimulationStatistics.merged((1...3).map { run(2, Simulator.Shard(index: $0, count: 3)!) }))
    #expect(try Self.json(merged) == Self.json(whole))
    // A different way of drawing: the same distribution, other paths.
    #expect(whole != Simulator.run(ladder, paths: 12_000, seed: 8))
  }

  @Test func shardsMergeToTheWholeRun() throws {
    let ladder = LadderFixtures.crisis()
    let whole = Simulator.run(ladder, paths: 25_000, seed: 99, threads: 2)
    let shards = (1...3).map { k in
      Simulator.run(ladder, paths: 25_000, seed: 99, threads: k, shard: Simulator.Shard(index: k, count: 3)!)
    }
    #expect(shards.map(\.pathsCompleted) == [8334, 8333, 8333])
    // Merged in order and out of order: the same bytes as the whole run.
    let inOrder = try #require(try SimulationStatistics.merged(shards))
    let reversed = try #require(try SimulationStatistics.merged(shards.reversed()))
    #expect(try Self.json(inOrder) == Self.json(whole))
    #expect(try Self.json(reversed) == Self.json(whole))
    #expect(inOrder.pathRanges == [[0, 25_000]])
  }

  @Test func shardMergeSurvivesAJSONRoundTrip() throws {
    let ladder = LadderFixtures.reactiveCrisis()
    let whole = Simulator.run(ladder, paths: 9_000, seed: 5)
    let decoded = try (1...4).map { k in
      let part = Simulator.run(ladder, paths: 9_000, seed: 5, shard: Simulator.Shard(index: k, count: 4)!)
      return try JSONDecoder().decode(SimulationStatistics.self, from: Data(Self.json(part).utf8))
    }
    let merged = try #require(try SimulationStatistics.merged(decoded))
    #expect(try Self.json(merged) == Self.json(whole))
  }

  /// Found by fuzz-merge: a shard whose terminal state's `absorbed` row was emptied
  /// passes its own check (an empty row is what a non-terminal state has), and
  /// merging the other shard into it indexed past the empty row (a trap) before the
  /// check against the ladder could refuse it. Rows of other lengths are refused.
  @Test func mergeRefusesAbsorbedRowsOfAnotherShape() throws {
    let ladder = LadderFixtures.crisis()
    let a = Simulator.run(ladder, paths: 1000, seed: 1, shard: Simulator.Shard(index: 1, count: 2)!)
    var b = Simulator.run(ladder, paths: 1000, seed: 1, shard: Simulator.Shard(index: 2, count: 2)!)
    let terminal = try #require(b.absorbed.firstIndex { !$0.isEmpty && $0.allSatisfy { $0 == 0 } } ?? b.absorbed.firstIndex { !$0.isEmpty })
    let absorbedThere = b.absorbed[terminal].reduce(0, +)
    b.absorbed[terminal] = []
    b.horizonEnd[0] += absorbedThere
    var merged = a
    #expect(throws: MergeError.self) { try merged.merge(b) }
    var other = b
    #expect(throws: MergeError.self) { try other.merge(a) }
  }

  @Test func mergeRefusesDifferentRunsAndOverlaps() throws {
    let ladder = LadderFixtures.crisis()
    let shard = Simulator.Shard(index: 1, count: 2)!
    var a = Simulator.run(ladder, paths: 1000, seed: 1, shard: shard)
    let sameShard = a
    #expect(throws: MergeError.overlappingPaths(start: 0, end: 500)) { try a.merge(sameShard) }
    let otherSeed = Simulator.run(ladder, paths: 1000, seed: 2, shard: Simulator.Shard(index: 2, count: 2)!)
    #expect(throws: MergeError.self) { try a.merge(otherSeed) }
    let otherLadder = Simulator.run(LadderFixtures.crisis(rounds: 10), paths: 1000, seed: 1, shard: Simulator.Shard(index: 2, count: 2)!)
    #expect(throws: MergeError.self) { try a.merge(otherLadder) }
  }

  @Test func shardRangesCoverAllPathsOnce() {
    for total in [0, 1, 2, 10, 1001] {
      for count in 1...7 {
        let ranges = (1...count).map { Simulator.Shard(index: $0, count: count)!.range(of: total) }
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == total)
        for (x, y) in zip(ranges, ranges.dropFirst()) { #expect(x.upperBound == y.lowerBound) }
        #expect(ranges.map(\.count).max()! - ranges.map(\.count).min()! <= 1)
      }
    }
    #expect(Simulator.Shard(index: 0, count: 3) == nil)
    #expect(Simulator.Shard(index: 4, count: 3) == nil)
  }
}
