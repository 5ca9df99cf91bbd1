/// Everything a Monte Carlo run measured, as exact integers, so that statistics
/// from threads or `--shard k/n` runs merge into exactly (byte for byte, as JSON)
/// the statistics of the whole run. Memory depends on the ladder (states × rounds),
/// never on the number of paths.
///
/// Derived figures (proportions with intervals, medians, means) are computed from
/// these by `SimulationSummary`.
public struct SimulationStatistics: Sendable, Equatable, Codable {
  /// Identifies the ladder (`CompiledLadder.fingerprint`) and the run.
  public var ladderFingerprint: UInt64
  public var seed: UInt64
  public var rounds: Int
  public var stateCount: Int
  /// Paths asked for (the shard's share, for a shard).
  public var pathsRequested: Int
  /// Paths actually run (fewer than requested after a cancellation).
  public var pathsCompleted: Int
  /// Which path indices were run: sorted, disjoint `[start, end)` pairs.
  public var pathRanges: [[Int]]
  /// Rounds played, summed over paths (the benchmark's "path-rounds").
  public var pathRounds: Int
  /// `occupancy[t][s]`: paths that played round `t` in (non-terminal) state `s`.
  public var occupancy: [[Int]]
  /// `absorbed[s][t]`: paths absorbed into terminal state `s` at round `t`
  /// (`0...rounds`); empty for non-terminal states.
  public var absorbed: [[Int]]
  /// `horizonEnd[s]`: paths that played every round and ended in non-terminal `s`.
  public var horizonEnd: [Int]
  /// Each path's discounted payoff per player, times `payoffScale`, truncated to
  /// an integer (an error below 2⁻⁴⁰ of the payoff bound): sums and sums of squares.
  public var payoffScale: Double
  public var payoffSums: [WideSum]
  public var payoffSquares: [WideSum]
  public var variables: [VariableStatistics]
  /// Counts of the visited-state sequences (`PathKeyCodec`), capped (`CappedCounts`).
  public var paths: CappedCounts
  /// How often each round effect fired.
  public var effectFires: [Int]
  /// `jointMoves[j]`: rounds, over all paths, whose joint move was the ladder's
  /// outcome `j` (move `(a, b)` in state `s` is `jointBase[s] + a + b · moveCount0[s]`,
  /// `LadderTables`): how often each side played each move in each state (issue 12).
  public var jointMoves: [Int]

  /// End values of one variable, as fixed-point integers `round(value × scale)`.
  public struct VariableStatistics: Sendable, Equatable, Codable {
    public var scale: Double
    public var sum: WideSum
    public var squares: WideSum
    public var minimum: Int64?
    public var maximum: Int64?
    /// Exact values (level 0), or buckets of 2^level units once more than
    /// `cap` distinct values were seen.
    public var values: CappedCounts
  }

  /// Caps on distinct keys (see `CappedCounts`).
  public static let pathCap = 4096
  public static let valueCap = 256

  /// Empty statistics for a run of `ladder`.
  public init(ladder: CompiledLadder, seed: UInt64, pathsRequested: Int) {
    ladderFingerprint = ladder.fingerprint
    self.seed = seed
    rounds = ladder.rounds
    stateCount = ladder.stateCount
    self.pathsRequested = pathsRequested
    pathsCompleted = 0
    pathRanges = []
    pathRounds = 0
    occupancy = Array(repeating: Array(repeating: 0, count: ladder.stateCount), count: ladder.rounds)
    absorbed = ladder.isTerminal.map { $0 ? Array(repeating: 0, count: ladder.rounds + 1) : [] }
    horizonEnd = Array(repeating: 0, count: ladder.stateCount)
    payoffScale = ladder.payoffScale
    payoffSums = [WideSum(), WideSum()]
    payoffSquares = [WideSum(), WideSum()]
    variables = ladder.variableScales.map {
      VariableStatistics(
        scale: $0, sum: WideSum(), squares: WideSum(), minimum: nil, maximum: nil,
        values: CappedCounts(cap: Self.valueCap, coarsening: .shift))
    }
    paths = CappedCounts(cap: Self.pathCap, coarsening: .pathPrefix(PathKeyCodec(stateCount: ladder.stateCount)))
    effectFires = Array(repeating: 0, count: ladder.effectNames.count)
    jointMoves = Array(repeating: 0, count: ladder.jointMoveCount)
  }

  /// True when the run stopped before all requested paths were run.
  public var isPartial: Bool { pathsCompleted < pathsRequested }
}
