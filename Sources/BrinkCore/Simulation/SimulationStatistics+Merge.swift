/// Why two sets of statistics cannot be merged.
public enum MergeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Different ladders, seeds or horizons: the paths would not belong to one run.
  case differentRuns(String)
  /// The same path indices appear in both (a shard merged twice).
  case overlappingPaths(start: Int, end: Int)

  /// The reason alone: callers say what could not be done ("cannot merge: …").
  public var description: String {
    switch self {
    case .differentRuns(let why): "the statistics are of different runs: \(why)"
    case .overlappingPaths(let start, let end): "paths \(start)..<\(end) are counted twice (a shard given twice?)"
    }
  }
}

extension SimulationStatistics {
  /// Adds `other`'s paths to these. Every field is an integer count, an integer
  /// sum, a min/max or a `CappedCounts`, so the result does not depend on how the
  /// paths were split or in which order the parts are merged.
  ///
  /// - Throws: `MergeError` for statistics of another ladder, seed or horizon, or
  ///   for path ranges that overlap.
  public mutating func merge(_ other: SimulationStatistics) throws(MergeError) {
    if ladderFingerprint != other.ladderFingerprint { throw .differentRuns("the ladders differ") }
    if seed != other.seed { throw .differentRuns("seeds \(seed) and \(other.seed)") }
    if rounds != other.rounds || stateCount != other.stateCount || payoffScale != other.payoffScale
      || variables.count != other.variables.count || effectFires.count != other.effectFires.count
      || jointMoves.count != other.jointMoves.count
      || absorbed.map(\.count) != other.absorbed.map(\.count)
    {
      throw .differentRuns("the horizons or table shapes differ")
    }
    pathRanges = try Self.union(pathRanges, other.pathRanges)
    pathsRequested += other.pathsRequested
    pathsCompleted += other.pathsCompleted
    pathRounds += other.pathRounds
    for t in occupancy.indices {
      for s in occupancy[t].indices { occupancy[t][s] += other.occupancy[t][s] }
    }
    for s in absorbed.indices {
      for t in absorbed[s].indices { absorbed[s][t] += other.absorbed[s][t] }
    }
    for s in horizonEnd.indices { horizonEnd[s] += other.horizonEnd[s] }
    for p in 0..<2 {
      payoffSums[p].add(other.payoffSums[p])
      payoffSquares[p].add(other.payoffSquares[p])
    }
    for v in variables.indices { variables[v].merge(other.variables[v]) }
    paths.merge(other.paths)
    for e in effectFires.indices { effectFires[e] += other.effectFires[e] }
    for j in jointMoves.indices { jointMoves[j] += other.jointMoves[j] }
  }

  /// Merges a list of statistics (e.g. the shard files of one run), in order.
  public static func merged(_ parts: [SimulationStatistics]) throws(MergeError) -> SimulationStatistics? {
    guard var result = parts.first else { return nil }
    for part in parts.dropFirst() { try result.merge(part) }
    return result
  }

  /// The union of two sorted lists of disjoint ranges, coalescing adjacent ones.
  static func union(_ x: [[Int]], _ y: [[Int]]) throws(MergeError) -> [[Int]] {
    let all = (x + y).filter { $0.count == 2 && $0[0] < $0[1] }.sorted { $0[0] < $1[0] }
    var result: [[Int]] = []
    for range in all {
      if let last = result.last, range[0] < last[1] {
        throw .overlappingPaths(start: range[0], end: min(range[1], last[1]))
      }
      if let last = result.last, range[0] == last[1] {
        result[result.count - 1][1] = range[1]
      } else {
        result.append(range)
      }
    }
    return result
  }
}

extension SimulationStatistics.VariableStatistics {
  mutating func merge(_ other: Self) {
    sum.add(other.sum)
    squares.add(other.squares)
    if let m = other.minimum { minimum = Swift.min(minimum ?? m, m) }
    if let m = other.maximum { maximum = Swift.max(maximum ?? m, m) }
    values.merge(other.values)
  }
}
