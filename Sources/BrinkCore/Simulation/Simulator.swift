/// Monte Carlo simulation of a `CompiledLadder`: samples paths and returns their
/// `SimulationStatistics`.
///
/// Determinism: path `i` draws from its own stream, seeded from `(seed, i)`
/// (`PathRandom`), and every statistic is an exact integer that merges in any order
/// (`SimulationStatistics.merge`). So the result is the same — bit for bit — for
/// any thread count, any chunking and any shard split.
///
/// Steps:
/// 1. Take the shard's slice of path indices `0..<paths` (or all of them).
/// 2. Cut it into fixed chunks of at most `chunkSize` paths (fewer for long horizons).
/// 3. Workers (one per thread) take chunks in order from a shared counter, each
///    accumulating into its own `PathSampler`.
/// 4. Between chunks the coordinating (calling) thread reports progress and asks
///    `shouldContinue`; a `false` stops workers at their next chunk.
/// 5. The workers' statistics are merged in worker order.
/// 6. The paths run are recorded once, as one range: chunks are handed out in index
///    order and a worker always finishes the chunk it took (a stop only ends the
///    handing out), so the paths completed are the first `pathsCompleted` of the
///    slice. Recording chunk by chunk instead cost time quadratic in the paths when
///    workers took alternating chunks (issue 11); this costs O(1) for any run.
/// Steps 2–4 are `schedule` (`Simulator+Scheduler.swift`), which `trace`
/// (`Simulator+Trace.swift`, for `--paths-out`) runs through too.
public enum Simulator {
  /// The most paths one run takes: 10¹², so that paths × rounds (at most 10⁵, the
  /// calendar's limit) and every count stay far inside `Int`, and chunk arithmetic
  /// cannot overflow. At 10⁸ path-rounds a second it is hours of work already.
  public static let maximumPaths = 1_000_000_000_000
  /// One of `count` equal slices of the paths, `index` counted from 1 (as in `--shard 2/3`).
  public struct Shard: Sendable, Equatable {
    public let index: Int
    public let count: Int

    /// `nil` unless `1 ≤ index ≤ count`.
    public init?(index: Int, count: Int) {
      guard count >= 1, (1...count).contains(index) else { return nil }
      self.index = index
      self.count = count
    }

    /// The path indices of this shard out of `total`: the first `total % count`
    /// shards hold one path more than the others.
    public func range(of total: Int) -> Range<Int> {
      let base = total / count, extra = total % count
      func start(_ k: Int) -> Int { k * base + min(k, extra) }
      return start(index - 1)..<start(index)
    }
  }

  /// Paths per chunk: the unit of work, cancellation and progress.
  public static let chunkSize = 4096
  /// Threads are capped (each holds its own counters).
  public static let maxThreads = 256

  /// Runs `paths` paths (or the shard's share) of `ladder`.
  ///
  /// - Parameters:
  ///   - paths: the number of paths in the whole run (negative counts as 0).
  ///   - seed: the run's seed.
  ///   - threads: worker threads (clamped to 1...256); does not change the result.
  ///   - shard: run only this slice of the paths.
  ///   - shouldContinue: asked between chunks, on the calling thread; `false` stops
  ///     the run, and the statistics cover the paths completed (`isPartial`).
  ///   - progress: `(paths done, paths in this run)`, called on the calling thread
  ///     between chunks (single thread) or every 50 ms (several threads).
  /// - Complexity: O(paths × rounds); memory O(threads × (states × rounds + caps)),
  ///   independent of `paths`.
  public static func run(
    _ ladder: CompiledLadder, paths: Int, seed: UInt64, threads: Int = 1, shard: Shard? = nil,
    shouldContinue: () -> Bool = { true }, progress: (Int, Int) -> Void = { _, _ in }
  ) -> SimulationStatistics {
    run(ladder, paths: paths, seed: seed, threads: threads, shard: shard, fused: true,
        shouldContinue: shouldContinue, progress: progress)
  }

  /// `run` with the chained draws taken one path at a time instead of several
  /// interleaved (`PathSampler.runLanes`): the same statistics, more slowly. For
  /// the benchmark that shows what interleaving gains (`brink-bench`, ladder).
  public static func runOnePathAtATime(_ ladder: CompiledLadder, paths: Int, seed: UInt64, threads: Int = 1) -> SimulationStatistics {
    run(ladder, paths: paths, seed: seed, threads: threads, shard: nil, fused: true, lanes: false,
        shouldContinue: { true }, progress: { _, _ in })
  }

  /// `fused: false` draws moves and transitions one by one even when the ladder has
  /// fused tables (for tests of that path; results differ from the fused draws).
  /// `lanes: false` runs the chained draws one path at a time (for tests that the
  /// interleaved loop, `PathSampler.runLanes`, gives the same statistics).
  static func run(
    _ ladder: CompiledLadder, paths: Int, seed: UInt64, threads: Int, shard: Shard?, fused: Bool, lanes: Bool = true,
    shouldContinue: () -> Bool, progress: (Int, Int) -> Void
  ) -> SimulationStatistics {
    // 1. The slice.
    let all = 0..<max(paths, 0)
    let slice = shard?.range(of: all.count) ?? all
    // 2–4. Chunks and workers (`schedule`), each accumulating into its own sampler,
    // which reads the ladder's flat tables (`LadderTables`), shared by all.
    let work = Work<PathSampler, Void, SimulationStatistics>(
      start: { PathSampler(ladder, fused: fused, lanes: lanes, seed: seed) },
      run: { sampler, range in sampler.run(paths: range, seed: seed) },
      finish: { sampler in sampler.finish() },
      boundedAhead: false)
    let (parts, chunksRun) = schedule(
      slice, rounds: ladder.rounds, threads: threads, work: work, shouldContinue: shouldContinue, progress: progress,
      deliver: { (_, _) throws(Never) in })
    // 5. Merged in worker order.
    var result = parts[0]
    for part in parts.dropFirst() {
      // Same ladder and seed, disjoint chunks: cannot fail.
      try! result.merge(part)
    }
    if parts.count > 1 { progress(result.pathsCompleted, slice.count) }
    // 6. Chunks 0..<chunksRun, all finished: one range.
    let end = min(slice.lowerBound + chunksRun * chunkLength(rounds: ladder.rounds), slice.upperBound)
    assert(end - slice.lowerBound == result.pathsCompleted, "the chunks run are not a prefix of the slice")
    result.pathRanges = end > slice.lowerBound ? [[slice.lowerBound, end]] : []
    result.pathsRequested = slice.count
    return result
  }
}
