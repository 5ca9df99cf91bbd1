import Foundation

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
public enum Simulator {
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

  /// `fused: false` draws moves and transitions one by one even when the ladder has
  /// fused tables (for tests of that path; results differ from the fused draws).
  static func run(
    _ ladder: CompiledLadder, paths: Int, seed: UInt64, threads: Int, shard: Shard?, fused: Bool,
    shouldContinue: () -> Bool, progress: (Int, Int) -> Void
  ) -> SimulationStatistics {
    // 1. The slice.
    let all = 0..<max(paths, 0)
    let slice = shard?.range(of: all.count) ?? all
    // 2. Chunks: about a million path-rounds each at most.
    let chunk = max(1, min(chunkSize, (1 << 20) / max(ladder.rounds, 1)))
    let chunkCount = (slice.count + chunk - 1) / chunk
    let chunkRange: @Sendable (Int) -> Range<Int> = { c in
      let start = slice.lowerBound + c * chunk
      return start..<min(start + chunk, slice.upperBound)
    }
    let workers = max(1, min(threads, maxThreads, chunkCount))
    // The ladder's flat tables (`LadderTables`), built with it and read by every
    // worker; the ladder, held to the end, keeps their memory alive.
    var result: SimulationStatistics
    if workers == 1 {
      var sampler = PathSampler(ladder, fused: fused, seed: seed)
      var done = 0
      for c in 0..<chunkCount {
        guard shouldContinue() else { break }
        let range = chunkRange(c)
        sampler.run(paths: range, seed: seed)
        done += range.count
        progress(done, slice.count)
      }
      result = sampler.finish()
    } else {
      result = runThreaded(
        ladder, fused: fused, seed: seed, workers: workers, chunkCount: chunkCount, total: slice.count,
        chunkRange: chunkRange, shouldContinue: shouldContinue, progress: progress)
    }
    result.pathsRequested = slice.count
    return result
  }

  /// Steps 3–5 with `workers` threads.
  private static func runThreaded(
    _ ladder: CompiledLadder, fused: Bool, seed: UInt64, workers: Int, chunkCount: Int, total: Int,
    chunkRange: @escaping @Sendable (Int) -> Range<Int>,
    shouldContinue: () -> Bool, progress: (Int, Int) -> Void
  ) -> SimulationStatistics {
    let board = WorkBoard(chunkCount: chunkCount, workers: workers)
    for w in 0..<workers {
      let thread = Thread {
        var sampler = PathSampler(ladder, fused: fused, seed: seed)
        while let c = board.takeChunk() {
          let range = chunkRange(c)
          sampler.run(paths: range, seed: seed)
          board.completed(range.count)
        }
        board.finish(worker: w, statistics: sampler.finish())
      }
      thread.stackSize = 1 << 20
      thread.start()
    }
    var stopped = false
    while let done = board.waitForProgress(timeout: 0.05) {
      progress(done, total)
      if !stopped && !shouldContinue() {
        board.cancel()
        stopped = true
      }
    }
    let parts = board.results()
    progress(parts.reduce(0) { $0 + $1.pathsCompleted }, total)
    var merged = parts[0]
    for part in parts.dropFirst() {
      // Same ladder and seed, disjoint chunks: cannot fail.
      try! merged.merge(part)
    }
    return merged
  }
}

/// The chunk counter and result slots shared by the workers and the coordinator.
/// Every field is read and written under `condition`'s lock.
private final class WorkBoard: @unchecked Sendable {
  private let condition = NSCondition()
  private var nextChunk = 0
  private let chunkCount: Int
  private var cancelled = false
  private var pathsDone = 0
  private var finished = 0
  private var slots: [SimulationStatistics?]

  init(chunkCount: Int, workers: Int) {
    self.chunkCount = chunkCount
    slots = Array(repeating: nil, count: workers)
  }

  func takeChunk() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard !cancelled, nextChunk < chunkCount else { return nil }
    nextChunk += 1
    return nextChunk - 1
  }

  func completed(_ paths: Int) {
    condition.lock()
    pathsDone += paths
    condition.unlock()
  }

  func cancel() {
    condition.lock()
    cancelled = true
    condition.unlock()
  }

  func finish(worker: Int, statistics: SimulationStatistics) {
    condition.lock()
    slots[worker] = statistics
    finished += 1
    condition.broadcast()
    condition.unlock()
  }

  /// Waits up to `timeout` seconds; returns the paths done so far, or `nil` once
  /// every worker has finished.
  func waitForProgress(timeout: TimeInterval) -> Int? {
    condition.lock()
    defer { condition.unlock() }
    if finished < slots.count { _ = condition.wait(until: Date(timeIntervalSinceNow: timeout)) }
    return finished == slots.count ? nil : pathsDone
  }

  func results() -> [SimulationStatistics] {
    condition.lock()
    defer { condition.unlock() }
    return slots.map { $0! }
  }
}
