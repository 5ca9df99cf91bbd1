/// `Simulator.trace`: the paths of a run, recorded round by round (`PathTracer`)
/// through the simulator's own slices, chunks and threads (`schedule`), for
/// `brink simulate --paths-out`.
extension Simulator {
  /// Traces the paths of `run(ladder, paths:, seed:, …)` (or the shard's share) and
  /// returns their statistics, tallied from the traced paths: the statistics `run`
  /// returns, since the tracer replays its paths exactly.
  ///
  /// Each chunk's paths are traced and turned into a piece (`render`, say CSV text)
  /// on a worker thread; `deliver` gets the pieces on the calling thread in index
  /// order. Workers run at most two chunks each ahead of delivery, so memory holds
  /// a few chunks, never the run. After a stop (`shouldContinue` false) the
  /// statistics count exactly the paths delivered: the first K of the slice.
  ///
  /// - Parameters: as `run`, and
  ///   - render: a chunk's traced paths, in index order, as one piece.
  ///   - deliver: called once per chunk, in index order, on the calling thread; an
  ///     error it throws stops the run and is rethrown.
  public static func trace<Piece: Sendable, Failure: Error>(
    _ ladder: CompiledLadder, paths: Int, seed: UInt64, threads: Int = 1, shard: Shard? = nil,
    shouldContinue: () -> Bool = { true }, progress: (Int, Int) -> Void = { _, _ in },
    render: @escaping @Sendable ([TracedPath]) -> Piece,
    deliver: (Piece) throws(Failure) -> Void
  ) throws(Failure) -> SimulationStatistics {
    let all = 0..<max(paths, 0)
    let slice = shard?.range(of: all.count) ?? all
    let tracer = PathTracer(ladder: ladder, seed: seed)
    let work = Work<Void, (Piece, SimulationStatistics), Void>(
      start: {},
      run: { _, range in
        let traced = range.map { tracer.trace(path: $0) }
        var part = SimulationStatistics(ladder: ladder, seed: seed, pathsRequested: 0)
        for path in traced { part.add(path) }
        part.addRun(range)
        return (render(traced), part)
      },
      finish: { _ in },
      boundedAhead: true)
    var statistics = SimulationStatistics(ladder: ladder, seed: seed, pathsRequested: 0)
    _ = try schedule(
      slice, rounds: ladder.rounds, threads: threads, work: work, shouldContinue: shouldContinue, progress: progress
    ) { (_, piece: (Piece, SimulationStatistics)) throws(Failure) in
      try deliver(piece.0)
      try! statistics.merge(piece.1)  // same ladder and seed, disjoint chunks: cannot fail
    }
    statistics.pathsRequested = slice.count
    return statistics
  }
}
