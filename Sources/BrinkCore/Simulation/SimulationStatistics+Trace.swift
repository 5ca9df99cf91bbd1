extension SimulationStatistics {
  /// Counts one traced path (`PathTracer`) exactly as the simulator counts the path
  /// it ran: occupancy, absorption, payoffs and end values as fixed-point integers,
  /// the visited-state key, the effects that fired. Tallying paths
  /// `0..<n` this way (then `addRun`) gives the statistics of `Simulator.run` over
  /// those paths — the tests check it field for field.
  ///
  /// - Precondition: the path was traced on the ladder these statistics are for.
  public mutating func add(_ path: TracedPath) {
    for (t, s) in path.states.enumerated() { occupancy[t][s] += 1 }
    pathRounds += path.roundsPlayed
    if let at = path.absorbedAt {
      absorbed[path.endState][at] += 1
    } else {
      horizonEnd[path.endState] += 1
    }
    for p in 0..<2 {
      let q = Int64(path.payoffs[p] * payoffScale)  // toward zero, as the simulator
      payoffSums[p].add(q)
      payoffSquares[p].addSquare(q)
    }
    for (v, value) in path.values.enumerated() {
      let q = Int64((value * variables[v].scale).rounded())
      variables[v].sum.add(q)
      variables[v].squares.addSquare(q)
      variables[v].minimum = min(variables[v].minimum ?? q, q)
      variables[v].maximum = max(variables[v].maximum ?? q, q)
      variables[v].values.add(UInt64(bitPattern: q), 0)
    }
    let codec = PathKeyCodec(stateCount: stateCount)
    var a: UInt64 = 0, b: UInt64 = 0
    for s in path.visited { codec.append(&a, &b, state: Int32(s)) }
    paths.add(a, b)
    for firing in path.firings { effectFires[firing.effect] += 1 }
    for j in path.joints { jointMoves[j] += 1 }
  }

  /// Records that the paths `range` were run (after `add`ing each of them).
  public mutating func addRun(_ range: Range<Int>) {
    pathsCompleted += range.count
    if !range.isEmpty {
      pathRanges = (try? Self.union(pathRanges, [[range.lowerBound, range.upperBound]])) ?? pathRanges
    }
  }
}
