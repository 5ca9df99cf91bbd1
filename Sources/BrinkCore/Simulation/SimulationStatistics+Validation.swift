extension SimulationStatistics {
  /// What is wrong with statistics read from outside the process (a shard file):
  /// the field, as a path into the JSON (`occupancy[3][1]`), and why.
  public struct Inconsistency: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let reason: String
    public var description: String { "'\(field)' \(reason)" }
  }

  /// Checks every shape, range and sum the simulator guarantees, so that merging
  /// and summarising (which index and add without checks, for speed) can never
  /// trap on a damaged or hand-made file. Each count is at most `pathsCompleted`
  /// (an effect's firings at most `pathsCompleted × rounds`: a shock can fire in
  /// every round of a path), `pathsCompleted` at most `Simulator.maximumPaths`
  /// (10¹²) and `rounds` at most 10⁵, so the merge of the shards of one run cannot
  /// overflow.
  ///
  /// 1. Sizes: `rounds` and `stateCount` within the limits; every table has the
  ///    shape of a ladder of that size.
  /// 2. Paths: `0 ≤ completed ≤ requested ≤ 10¹²`; the ranges are sorted, disjoint
  ///    pairs within `[0, 10¹²]` whose lengths add up to `completed`.
  /// 3. Counts: none negative or above `completed` (effect firings: above
  ///    `completed × rounds`); every completed path ended
  ///    once (absorbed, or at the horizon); the path-sequence table counts each
  ///    completed path once; `pathRounds ≤ completed × rounds`.
  /// 4. Scales: finite and positive; the capped tables have the simulator's caps
  ///    and coarsenings.
  ///
  /// Complexity: O(size of the statistics).
  public func inconsistency() -> Inconsistency? {
    func bad(_ field: String, _ reason: String) -> Inconsistency { Inconsistency(field: field, reason: reason) }
    // 1. Sizes.
    guard (1...Limits.maximumRounds).contains(rounds) else {
      return bad("rounds", "must be between 1 and \(Limits.maximumRounds), not \(rounds)")
    }
    guard (1...Limits.maximumLadderStates).contains(stateCount) else {
      return bad("stateCount", "must be between 1 and \(Limits.maximumLadderStates), not \(stateCount)")
    }
    // 2. Paths.
    guard (0...Simulator.maximumPaths).contains(pathsRequested) else {
      return bad("pathsRequested", "must be between 0 and \(Simulator.maximumPaths), not \(pathsRequested)")
    }
    guard (0...pathsRequested).contains(pathsCompleted) else {
      return bad("pathsCompleted", "must be between 0 and pathsRequested (\(pathsRequested)), not \(pathsCompleted)")
    }
    var covered = 0, end = 0
    for (i, range) in pathRanges.enumerated() {
      guard range.count == 2, range[0] >= end, range[0] < range[1], range[1] <= Simulator.maximumPaths else {
        return bad("pathRanges[\(i)]", "is not a [start, end) pair after the previous one, within 0...\(Simulator.maximumPaths)")
      }
      covered += range[1] - range[0]
      end = range[1]
    }
    guard covered == pathsCompleted else {
      return bad("pathRanges", "cover \(covered) paths, but pathsCompleted is \(pathsCompleted)")
    }
    // 3. Counts.
    let n = pathsCompleted
    func counts(_ field: String, _ values: [Int], count: Int?) -> Inconsistency? {
      if let count, values.count != count { return bad(field, "has \(values.count) entries, not \(count)") }
      if let i = values.firstIndex(where: { !(0...n).contains($0) }) {
        return bad("\(field)[\(i)]", "must be between 0 and pathsCompleted (\(n)), not \(values[i])")
      }
      return nil
    }
    guard occupancy.count == rounds else { return bad("occupancy", "has \(occupancy.count) rows, not one per round (\(rounds))") }
    for (t, row) in occupancy.enumerated() {
      if let problem = counts("occupancy[\(t)]", row, count: stateCount) { return problem }
    }
    guard absorbed.count == stateCount else { return bad("absorbed", "has \(absorbed.count) rows, not one per state (\(stateCount))") }
    var ended = 0
    for (s, row) in absorbed.enumerated() {
      if let problem = counts("absorbed[\(s)]", row, count: row.isEmpty ? 0 : rounds + 1) { return problem }
      for c in row where ended <= n { ended += c }
    }
    if let problem = counts("horizonEnd", horizonEnd, count: stateCount) { return problem }
    for c in horizonEnd where ended <= n { ended += c }
    guard ended == n else { return bad("absorbed", "and horizonEnd count \(ended) ended paths, not pathsCompleted (\(n))") }
    guard pathRounds >= 0, pathRounds <= n * rounds else {
      return bad("pathRounds", "must be between 0 and pathsCompleted × rounds (\(n * rounds)), not \(pathRounds)")
    }
    // An effect fires at most once a round, so up to `rounds` times on one path
    // (found by fuzz-scenario: an effect fired 27 times on 16 paths, and a shard
    // of such a run was refused by merge).
    if let i = effectFires.firstIndex(where: { !(0...n * rounds).contains($0) }) {
      return bad("effectFires[\(i)]", "must be between 0 and pathsCompleted × rounds (\(n * rounds)), not \(effectFires[i])")
    }
    // One joint move per round played.
    if let j = jointMoves.firstIndex(where: { $0 < 0 }) { return bad("jointMoves[\(j)]", "must not be negative, not \(jointMoves[j])") }
    guard jointMoves.reduce(0, { $0 &+ $1 }) == pathRounds else {
      return bad("jointMoves", "count \(jointMoves.reduce(0, { $0 &+ $1 })) rounds, not pathRounds (\(pathRounds))")
    }
    guard payoffSums.count == 2, payoffSquares.count == 2 else {
      return bad("payoffSums", "and payoffSquares must hold one sum per player (2)")
    }
    // 4. Scales and capped tables.
    guard payoffScale.isFinite, payoffScale > 0 else { return bad("payoffScale", "must be a positive number") }
    guard paths.cap == Self.pathCap, paths.coarsening == .pathPrefix(PathKeyCodec(stateCount: stateCount)) else {
      return bad("paths", "is not a table of paths of \(stateCount) states capped at \(Self.pathCap)")
    }
    guard paths.total == n else { return bad("paths", "counts \(paths.total) paths, not pathsCompleted (\(n))") }
    for (v, variable) in variables.enumerated() {
      guard variable.scale.isFinite, variable.scale > 0 else { return bad("variables[\(v)].scale", "must be a positive number") }
      guard variable.values.cap == Self.valueCap, variable.values.coarsening == .shift else {
        return bad("variables[\(v)].values", "is not a table of values capped at \(Self.valueCap)")
      }
      guard variable.values.total <= n else {
        return bad("variables[\(v)].values", "counts \(variable.values.total) values, more than pathsCompleted (\(n))")
      }
      if let low = variable.minimum, let high = variable.maximum, low > high {
        return bad("variables[\(v)].minimum", "is above the maximum")
      }
    }
    return nil
  }
}

extension SimulationStatistics {
  /// Whether these (consistent) statistics are of a run of `ladder`: the
  /// fingerprint, and the shapes the summary indexes by (a hand-made file could
  /// copy the fingerprint and change the rest).
  public func mismatch(with ladder: CompiledLadder) -> Inconsistency? {
    func bad(_ field: String, _ reason: String) -> Inconsistency { Inconsistency(field: field, reason: reason) }
    guard ladderFingerprint == ladder.fingerprint else {
      return bad("ladderFingerprint", "differs: the shards were made by a different build of the model")
    }
    guard stateCount == ladder.stateCount, rounds == ladder.rounds else {
      return bad("stateCount", "and rounds are not the ladder's (\(ladder.stateCount) states, \(ladder.rounds) rounds)")
    }
    guard variables.count == ladder.variableScales.count, effectFires.count == ladder.effectNames.count else {
      return bad("variables", "and effectFires are not one per variable and effect of the ladder")
    }
    guard payoffScale == ladder.payoffScale else {
      return bad("payoffScale", "is \(payoffScale), not the ladder's \(ladder.payoffScale)")
    }
    for (k, v) in variables.enumerated() where v.scale != ladder.variableScales[k] {
      return bad("variables[\(k)].scale", "is \(v.scale), not the ladder's \(ladder.variableScales[k])")
    }
    guard jointMoves.count == ladder.jointMoveCount else {
      return bad("jointMoves", "has \(jointMoves.count) entries, not one per joint move of the ladder (\(ladder.jointMoveCount))")
    }
    for s in absorbed.indices where absorbed[s].isEmpty == ladder.isTerminal[s] {
      return bad("absorbed[\(s)]", ladder.isTerminal[s] ? "is empty for a terminal state" : "is not empty for a non-terminal state")
    }
    return nil
  }
}
