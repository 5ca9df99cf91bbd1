/// Every size limit of brink, in one place: what `check` enforces is what each
/// command enforces, so a file that passes `check` never exhausts memory or
/// overflows later. (Game-solver limits are `GameSizeLimits`.)
///
/// Each limit is far above any hand-written model and far below what would strain
/// a laptop; the reason for each is beside it.
public enum Limits {
  /// Moves one player has in one stage game. The REPL refuses larger stages;
  /// a 16×16 stage solved by enumeration at every node takes gigabytes
  /// (issue 16), so scenario files are held to the same bound.
  public static let maximumMovesPerStage = GameSizeLimits.maximumEnumerationSide
  /// Rounds of a calendar or a run (`--rounds`): 100,000 is 270 years of days.
  public static let maximumRounds = 100_000
  /// States a scenario may declare.
  public static let maximumStates = 1_000
  /// Rounds a package of a deal lasts (`DealMenu`): each round in force is a state.
  public static let maximumDealRounds = 1_000
  /// Nodes of the unrolled ladder (`LadderGraph`), hence states of the compiled
  /// ladder the simulator runs (one per node at most).
  public static let maximumNodes = 200_000
  /// States of a compiled ladder, as read back from a shard file.
  public static let maximumLadderStates = maximumNodes
  /// Bytes read from one input file or from standard input (16 MiB): a scenario
  /// of thousands of lines is under 1 MiB; a shard of a 100,000-round run is a few.
  public static let maximumInputBytes = 16 * 1024 * 1024
  /// The largest magnitude of a payoff, probability weight or other number in a
  /// scenario. Values and payoffs are combined in floating point by the simulator
  /// and the logit solver (sums of squares, `exp`): 1e150 squared stays finite.
  public static let maximumMagnitude = 1e150
}
