/// The `PathValues` of a ladder without variables: nothing to reset, change or read.
///
/// Why: `LaneValues` serves any ladder of at most four variables, zero included, and
/// the loop cannot know the count is zero, so every round still loaded the joint
/// move's `keep` and `amount` vectors and multiplied and added them (four loads and
/// four vector operations on SSE2, a tenth of a round's work on the ladder benchmark,
/// issue 11) for values no statistic reads. With this type the compiler's
/// specialisation of the loops drops that work.
///
/// Exactness: with no variables, `PathTally.record` reads no value, the flow
/// payoffs are absent (`hasFlowPayoffs` is false: there is no variable to weigh)
/// and the changes lists are empty, so every statistic is the one `LaneValues`
/// gives (the lanes and golden tests compare them).
struct NoValues: PathValues {
  @inline(__always)
  mutating func start() {}

  /// Σ over no variables: +0.0, as the others' sums started at +0.0.
  @inline(__always)
  func flows() -> (Double, Double) { (0.0, 0.0) }

  @inline(__always)
  mutating func applyOutcome(_ joint: Int) {}

  /// Effects of a ladder without variables change none.
  @inline(__always)
  mutating func applyChanges(_ start: Int32, _ end: Int32) {}

  /// Never called: a ladder without variables has no index to read.
  @inline(__always)
  func value(_ v: Int) -> Double { 0 }
}
