import Foundation
import Testing
@testable import BrinkCore

/// Degenerate ladders and arguments must not crash, and still count correctly.
@Suite struct SimulatorAdversarialTests {
  typealias L = CompiledLadder

  static func loop(rounds: Int) throws -> CompiledLadder {
    let only = L.State(name: "only", moves: [["wait"], ["wait"]], outcomes: [L.Outcome(payoffs: [1, -1], to: 0)])
    return try CompiledLadder(states: [only], initialState: 0, strategies: [.stationary([[1]]), .stationary([[1]])], rounds: rounds, discount: 1)
  }

  @Test func oneStateProbabilityOneLoop() throws {
    let ladder = try Self.loop(rounds: 50)
    let statistics = Simulator.run(ladder, paths: 1000, seed: 1, threads: 3)
    #expect(statistics.horizonEnd == [1000])
    #expect(statistics.occupancy.allSatisfy { $0 == [1000] })
    #expect(statistics.pathRounds == 50_000)
    let summary = SimulationSummary(statistics, ladder: ladder)
    #expect(summary.payoffs.map(\.mean) == [50, -50])
    #expect(summary.payoffs.map(\.standardError) == [0, 0])
    #expect(summary.topPaths.map(\.states) == [["only"]])
    #expect(summary.outcomes.map(\.state) == ["only"])
    #expect(summary.outcomes[0].proportion == 1)
  }

  @Test func zeroRoundsEndAtTheStart() throws {
    let ladder = try Self.loop(rounds: 0)
    let statistics = Simulator.run(ladder, paths: 10, seed: 1)
    #expect(statistics.horizonEnd == [10] && statistics.pathRounds == 0 && statistics.occupancy.isEmpty)
    let summary = SimulationSummary(statistics, ladder: ladder)
    #expect(summary.stateProbabilities == [[1]])
  }

  @Test func everyStateTerminal() throws {
    let ladder = try CompiledLadder(
      states: [L.State(name: "over", isTerminal: true, terminalPayoffs: [3, 4]), L.State(name: "other", isTerminal: true)],
      initialState: 0, strategies: [.stationary([[], []]), .stationary([[], []])], rounds: 5, discount: 0.5)
    let statistics = Simulator.run(ladder, paths: 100, seed: 9, threads: 2)
    #expect(statistics.absorbed[0] == [100, 0, 0, 0, 0, 0])
    #expect(statistics.pathRounds == 0)
    let summary = SimulationSummary(statistics, ladder: ladder)
    #expect(summary.payoffs.map(\.mean) == [3, 4])
    #expect(summary.timesToTerminal[0].median == 0)
    #expect(summary.timesToTerminal[1].count == 0 && summary.timesToTerminal[1].median == nil)
  }

  @Test func noPathsAndOddArguments() throws {
    let ladder = LadderFixtures.crisis()
    for (paths, threads) in [(0, 1), (-5, 4), (3, 0), (3, 10_000)] {
      let statistics = Simulator.run(ladder, paths: paths, seed: 0, threads: threads)
      #expect(statistics.pathsCompleted == max(paths, 0) && !statistics.isPartial)
      let summary = SimulationSummary(statistics, ladder: ladder)
      if paths <= 0 {
        #expect(summary.payoffs.allSatisfy { $0.mean == nil })
        #expect(summary.outcomes.allSatisfy { $0.low == 0 && $0.high == 1 })
      }
    }
  }

  @Test func zeroProbabilityEntriesAreNeverTaken() throws {
    let state = L.State(
      name: "s", moves: [["never", "always"], ["x"]],
      outcomes: [
        L.Outcome(payoffs: [0, 0], to: 1),
        L.Outcome(payoffs: [0, 0], transitions: [.init(to: 1, probability: 0), .init(to: 0, probability: 1), .init(to: 1, probability: 0)]),
      ])
    let ladder = try CompiledLadder(
      states: [state, L.State(name: "t", isTerminal: true)], initialState: 0,
      strategies: [.stationary([[0, 1], []]), .stationary([[1], []])], rounds: 30, discount: 1)
    let statistics = Simulator.run(ladder, paths: 5000, seed: 4)
    #expect(statistics.horizonEnd[0] == 5000)
  }

  @Test func manyDistinctPathsCoarsenDeterministically() throws {
    // 16 states, uniform random moves: far more than 4096 distinct sequences.
    let n = 16
    let states = (0..<n).map { s in
      L.State(
        name: "s\(s)", moves: [["a"], ["b"]],
        outcomes: [L.Outcome(
          payoffs: [Double(s), 0], transitions: (0..<n).map { L.Transition(to: $0, probability: 1 / Double(n)) },
          variableChanges: [.add(0, Double(s + 1).squareRoot())])])
    }
    let ladder = try CompiledLadder(
      states: states, initialState: 0, variables: [L.Variable(name: "drift", initial: 0)],
      strategies: [.stationary(Array(repeating: [1], count: n)), .stationary(Array(repeating: [1], count: n))],
      rounds: 20, discount: 0.99)
    let one = Simulator.run(ladder, paths: 20_000, seed: 11)
    #expect(one.paths.level > 0 && one.paths.distinct <= SimulationStatistics.pathCap)
    #expect(one.paths.total == 20_000)
    #expect(one.variables[0].values.level > 0 && one.variables[0].values.distinct <= SimulationStatistics.valueCap)
    let many = Simulator.run(ladder, paths: 20_000, seed: 11, threads: 8)
    #expect(many == one)
    let shards = (1...5).map { Simulator.run(ladder, paths: 20_000, seed: 11, shard: Simulator.Shard(index: $0, count: 5)!) }
    #expect(try SimulationStatistics.merged(shards.shuffled()) == one)
    let summary = SimulationSummary(one, ladder: ladder)
    #expect(summary.variables[0].bucketWidth > 0)
    #expect(summary.topPaths.allSatisfy { $0.truncated })
    #expect(summary.topPaths.count == 10)
  }
}

@Suite struct SimulatorCancellationTests {
  @Test func cancellingOnOneThreadStopsAtAChunk() {
    let ladder = LadderFixtures.crisis()
    var asked = 0
    var reports: [Int] = []
    let statistics = Simulator.run(
      ladder, paths: 100_000, seed: 1,
      shouldContinue: {
        asked += 1
        return asked <= 3
      },
      progress: { done, total in
        reports.append(done)
        #expect(total == 100_000)
      })
    #expect(statistics.pathsCompleted == 3 * Simulator.chunkSize)
    #expect(statistics.isPartial && statistics.pathsRequested == 100_000)
    #expect(statistics.pathRanges == [[0, 3 * Simulator.chunkSize]])
    #expect(reports == [1, 2, 3].map { $0 * Simulator.chunkSize })
    // What was done is reported consistently: the same as running those paths.
    let prefix = Simulator.run(ladder, paths: 3 * Simulator.chunkSize, seed: 1)
    #expect(statistics.occupancy == prefix.occupancy && statistics.paths == prefix.paths)
  }

  @Test func cancellingWithThreadsReportsTheCompletedPaths() {
    let ladder = LadderFixtures.crisis()
    let statistics = Simulator.run(ladder, paths: 5_000_000, seed: 1, threads: 2, shouldContinue: { false })
    #expect(statistics.isPartial)
    #expect(statistics.pathsCompleted < 5_000_000)
    #expect(statistics.pathsCompleted == statistics.pathRanges.reduce(0) { $0 + $1[1] - $1[0] })
    let summary = SimulationSummary(statistics, ladder: ladder)
    for row in summary.stateProbabilities where statistics.pathsCompleted > 0 {
      #expect(abs(row.reduce(0, +) - 1) < 1e-9)
    }
  }

  /// The simulator records the paths run as one range (step 6 of `Simulator`): with
  /// threads taking alternating chunks, and after a stop, they are the first
  /// `pathsCompleted` of the slice, and counting them gives the same statistics as
  /// a run of exactly those paths.
  @Test func threadedRunsRecordThePrefixOfTheirSliceAsOneRange() throws {
    let ladder = LadderFixtures.crisis()
    let shard = try #require(Simulator.Shard(index: 2, count: 3))
    let whole = Simulator.run(ladder, paths: 100_000, seed: 3, threads: 2, shard: shard)
    #expect(whole.pathRanges == [[33_334, 66_667]])
    var asked = 0
    let stopped = Simulator.run(ladder, paths: 2_000_000, seed: 3, threads: 2, shard: shard, shouldContinue: {
      asked += 1
      return asked < 3
    })
    let n = stopped.pathsCompleted
    #expect(stopped.isPartial)
    #expect(stopped.pathRanges == (n == 0 ? [] : [[666_667, 666_667 + n]]))
    // The same chunks run on one thread: the same statistics.
    #expect(n % Simulator.chunkSize == 0)
    var chunks = 0
    let single = Simulator.run(ladder, paths: 2_000_000, seed: 3, threads: 1, shard: shard, shouldContinue: {
      chunks += 1
      return chunks <= n / Simulator.chunkSize
    })
    #expect(single == stopped)
  }

  @Test func progressReachesTheTotalWithThreads() {
    var last = 0
    _ = Simulator.run(LadderFixtures.crisis(), paths: 50_000, seed: 1, threads: 2, progress: { done, _ in
      #expect(done >= last)
      last = done
    })
    #expect(last == 50_000)
  }
}
