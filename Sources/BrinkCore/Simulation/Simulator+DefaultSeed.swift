extension Simulator {
  /// The seed used when none is given, by the REPL (`simulate`, the draws of
  /// `play`) and by `brink simulate` alike, so the same run gives the same numbers
  /// in both (issue 12: the REPL used 2025 and the command line 1). 2025 was the
  /// REPL's, which the tutorial's transcripts show.
  public static let defaultSeed: UInt64 = 2025
}
