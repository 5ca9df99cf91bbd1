/// What a Monte Carlo run says, in the terms of the brief: outcome proportions with
/// 95% Wilson intervals, state probabilities by round, time to each terminal outcome
/// (quartiles), end values of the variables, expected discounted payoffs with
/// standard errors, and the most frequent paths. Derived from `SimulationStatistics`
/// (exact counts) by `init(_:ladder:)`; rendering is left to the callers.
public struct SimulationSummary: Sendable, Equatable, Codable {
  public var seed: UInt64
  public var rounds: Int
  public var pathsRequested: Int
  public var pathsCompleted: Int
  public var isPartial: Bool
  /// For a `brink merge` without some shards: their numbers (k of `--shard k/n`);
  /// nil otherwise (and then absent from the JSON).
  public var missingShards: [Int]?
  public var pathRounds: Int
  public var stateNames: [String]
  public var outcomes: [Outcome]
  /// `stateProbabilities[t][s]` for t in 0...rounds: the share of paths in state `s`
  /// when round `t` is played (row `rounds`: at the end). Paths stay in the terminal
  /// state that absorbed them.
  public var stateProbabilities: [[Double]]
  public var timesToTerminal: [TimeToTerminal]
  public var variables: [VariableSummary]
  public var payoffs: [PayoffSummary]
  public var topPaths: [PathSummary]
  public var effects: [EffectSummary]
  /// How often each side played each move, by state (`StateMoves`).
  public var moves: [StateMoves]
  /// For a one-state scenario whose stage game is a prisoner's dilemma, stag hunt
  /// or chicken: how often each side cooperated (`Cooperation`); nil otherwise
  /// (and then absent from the JSON).
  public var cooperation: Cooperation?

  /// Where paths ended: absorbed in a terminal state, or still in a non-terminal
  /// state at the horizon.
  public struct Outcome: Sendable, Equatable, Codable {
    public var state: String
    public var isTerminal: Bool
    public var count: Int
    public var proportion: Double
    /// 95% Wilson interval.
    public var low: Double
    public var high: Double
  }

  /// Rounds until absorption, over the paths absorbed in `state`. A quantile q is
  /// the smallest round t by which at least q of those paths were absorbed
  /// (the inverse of the empirical distribution, Hyndman & Fan 1996 type 1),
  /// computed exactly from the per-round counts.
  public struct TimeToTerminal: Sendable, Equatable, Codable {
    public var state: String
    public var count: Int
    public var mean: Double?
    public var lowerQuartile: Int?
    public var median: Int?
    public var upperQuartile: Int?
  }

  public struct VariableSummary: Sendable, Equatable, Codable {
    public var name: String
    public var mean: Double?
    public var standardDeviation: Double?
    public var minimum: Double?
    public var maximum: Double?
    /// 0 when `distribution` lists exact values; otherwise the width of its
    /// buckets (each value is a bucket's lower edge), used once a variable took more
    /// than `SimulationStatistics.valueCap` distinct values.
    public var bucketWidth: Double
    public var distribution: [ValueCount]
  }

  public struct ValueCount: Sendable, Equatable, Codable {
    public var value: Double
    public var count: Int
    public var proportion: Double
  }

  /// Expected discounted payoff: the sample mean and its standard error (s/√n).
  public struct PayoffSummary: Sendable, Equatable, Codable {
    public var player: String
    public var mean: Double?
    public var standardError: Double?
  }

  /// A sequence of visited states (repeats collapsed); `truncated` when the
  /// path went on beyond the states shown.
  public struct PathSummary: Sendable, Equatable, Codable {
    public var states: [String]
    public var truncated: Bool
    public var count: Int
    public var proportion: Double
  }

  public struct EffectSummary: Sendable, Equatable, Codable {
    public var name: String
    public var fires: Int
  }
}
