import Foundation

/// Steps 2–5 of `Simulator` for any work done path by path: the chunks of a slice,
/// the worker threads that take them in order, cancellation and progress on the
/// calling thread, and each chunk's result handed back in index order. Both
/// `Simulator.run` (counting paths) and `Simulator.trace` (recording them) run
/// through it, so they cut, schedule and stop a run the same way.
extension Simulator {
  /// Paths per chunk for a horizon of `rounds`: about a million path-rounds each
  /// at most, `chunkSize` at most.
  static func chunkLength(rounds: Int) -> Int { max(1, min(chunkSize, (1 << 20) / max(rounds, 1))) }

  /// What a worker does, and what becomes of its results.
  struct Work<Worker, Piece: Sendable, Final: Sendable>: Sendable {
    /// A worker's state, made on the thread that uses it.
    var start: @Sendable () -> Worker
    /// Runs one chunk of path indices.
    var run: @Sendable (inout Worker, Range<Int>) -> Piece
    /// The worker's state once it takes no more chunks.
    var finish: @Sendable (inout Worker) -> Final
    /// Whether workers may run at most `2 × workers` chunks ahead of the one
    /// delivered last (pieces that hold memory), or freely (pieces that hold none).
    var boundedAhead: Bool
  }

  /// Runs `work` over `slice` on up to `threads` threads.
  ///
  /// Steps:
  /// 1. Cut the slice into chunks of `chunkLength(rounds:)` paths.
  /// 2. One worker: chunks in order on the calling thread, asking `shouldContinue`
  ///    before each. Several: worker threads take chunks in order from a shared
  ///    counter; the calling thread wakes at least every 50 ms to deliver, report
  ///    progress and ask `shouldContinue` (a `false` stops workers at their next chunk).
  /// 3. `deliver` gets each chunk's piece on the calling thread in index order;
  ///    after a stop, only the chunks before the first one not completed, so what
  ///    was delivered is always a prefix of the slice.
  /// 4. Returns the workers' final states, in worker order, and the number of
  ///    chunks run: chunks `0..<that`, every one finished (workers always finish
  ///    the chunk they took; a stop only ends the handing out).
  ///
  /// An error thrown by `deliver` stops the workers, waits for them, and is rethrown.
  static func schedule<Worker, Piece: Sendable, Final: Sendable, Failure: Error>(
    _ slice: Range<Int>, rounds: Int, threads: Int, work: Work<Worker, Piece, Final>,
    shouldContinue: () -> Bool, progress: (Int, Int) -> Void,
    deliver: (Range<Int>, Piece) throws(Failure) -> Void
  ) throws(Failure) -> (finals: [Final], chunksRun: Int) {
    // 1. Chunks.
    let chunk = chunkLength(rounds: rounds)
    let chunkCount = (slice.count + chunk - 1) / chunk
    let chunkRange: @Sendable (Int) -> Range<Int> = { c in
      let start = slice.lowerBound + c * chunk
      return start..<min(start + chunk, slice.upperBound)
    }
    let workers = max(1, min(threads, maxThreads, chunkCount))
    // 2. One worker, on this thread.
    if workers == 1 {
      var worker = work.start()
      var done = 0, chunksRun = 0
      for c in 0..<chunkCount {
        guard shouldContinue() else { break }
        let range = chunkRange(c)
        let piece = work.run(&worker, range)
        chunksRun += 1
        try deliver(range, piece)
        done += range.count
        progress(done, slice.count)
      }
      return ([work.finish(&worker)], chunksRun)
    }
    // 2. Several, on threads of their own.
    let board = ChunkBoard<Piece, Final>(chunkCount: chunkCount, workers: workers, ahead: work.boundedAhead ? 2 * workers : nil)
    for w in 0..<workers {
      let thread = Thread {
        var worker = work.start()
        while let c = board.takeChunk() {
          let range = chunkRange(c)
          board.completed(c, range.count, work.run(&worker, range))
        }
        board.finish(worker: w, work.finish(&worker))
      }
      thread.stackSize = 1 << 20
      thread.start()
    }
    var stopped = false
    var failure: Failure?
    while let done = board.waitForProgress(timeout: 0.05) {
      // 3. In index order.
      while failure == nil, let (c, piece) = board.nextInOrder() {
        do throws(Failure) { try deliver(chunkRange(c), piece) } catch {
          failure = error
          board.cancel()
        }
      }
      if failure == nil { progress(done, slice.count) }
      if !stopped && !shouldContinue() {
        board.cancel()
        stopped = true
      }
    }
    while failure == nil, let (c, piece) = board.nextInOrder() {
      do throws(Failure) { try deliver(chunkRange(c), piece) } catch { failure = error }
    }
    if let failure { throw failure }
    return (board.results(), board.chunksTaken())
  }
}

/// The chunk counter, the pieces not yet delivered and the workers' final states,
/// shared by the workers and the calling thread. Every field is read and written
/// under `condition`'s lock.
private final class ChunkBoard<Piece: Sendable, Final: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let chunkCount: Int
  /// How far past the next chunk to deliver a worker may take chunks (`nil`: no limit).
  private let ahead: Int?
  private var nextChunk = 0
  private var nextToDeliver = 0
  private var cancelled = false
  private var pathsDone = 0
  private var pieces: [Int: Piece] = [:]
  private var finished = 0
  private var slots: [Final?]

  init(chunkCount: Int, workers: Int, ahead: Int?) {
    self.chunkCount = chunkCount
    self.ahead = ahead
    slots = Array(repeating: nil, count: workers)
  }

  /// The next chunk to run, or `nil` when there is none or the run stopped;
  /// waits while the worker would run too far ahead of delivery.
  func takeChunk() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while let ahead, !cancelled, nextChunk < chunkCount, nextChunk >= nextToDeliver + ahead { condition.wait() }
    guard !cancelled, nextChunk < chunkCount else { return nil }
    nextChunk += 1
    return nextChunk - 1
  }

  func completed(_ chunk: Int, _ paths: Int, _ piece: Piece) {
    condition.lock()
    pathsDone += paths
    pieces[chunk] = piece
    condition.broadcast()
    condition.unlock()
  }

  /// The next chunk's piece in index order, if it is complete.
  func nextInOrder() -> (Int, Piece)? {
    condition.lock()
    defer { condition.unlock() }
    guard let piece = pieces.removeValue(forKey: nextToDeliver) else { return nil }
    nextToDeliver += 1
    condition.broadcast()
    return (nextToDeliver - 1, piece)
  }

  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  func finish(worker: Int, _ final: Final) {
    condition.lock()
    slots[worker] = final
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

  /// Chunks handed out: `0..<that`, every one run once the workers have finished.
  func chunksTaken() -> Int {
    condition.lock()
    defer { condition.unlock() }
    return nextChunk
  }

  func results() -> [Final] {
    condition.lock()
    defer { condition.unlock() }
    return slots.map { $0! }
  }
}
