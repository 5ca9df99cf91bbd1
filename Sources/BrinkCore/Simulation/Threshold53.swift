/// Probabilities as 53-bit integer thresholds, the form in which every
/// distribution of the simulator is drawn: an entry is chosen by comparing a
/// uniform 53-bit integer `u` (`PathRandom.next53`) with thresholds, so a draw is
/// exact integer arithmetic, the same on every machine.
///
/// The one definition of each conversion, used by `LadderBuilder` (cumulative move
/// and transition tables, round effects' gap tables), `FusedRoundTable` (alias
/// thresholds) and so, through the built tables, by both `PathSampler` loops and
/// `PathTracer`.
enum Threshold53 {
  /// 2⁵³: the threshold of certainty (every `u` is below it).
  static let unit: UInt64 = 1 << 53

  /// `p` in [0, 1] as round(p · 2⁵³), at most 2⁵³.
  @inline(__always)
  static func of(_ p: Double) -> UInt64 {
    min(unit, UInt64((p * Double(unit)).rounded()))
  }

  /// Cumulative thresholds of a distribution (finite, ≥ 0, positive total, as
  /// `LadderBuilder` checks): entry i gets P(index ≤ i); the last entry with
  /// positive probability and all after it get 2⁵³, so zero-probability entries
  /// are never chosen and rounding never leaves a gap at the top.
  static func cumulative(_ probabilities: [Double]) -> [UInt64] {
    let total = probabilities.reduce(0, +)
    let lastPositive = probabilities.lastIndex { $0 > 0 } ?? probabilities.count - 1
    var sum = 0.0
    return probabilities.indices.map { i in
      sum += probabilities[i]
      return i >= lastPositive ? unit : of(sum / total)
    }
  }

  /// P(gap ≤ g) = 1 − (1 − p)^(g+1) for g in 0..<count: the distribution of the
  /// wait until an event of probability `p` per round first happens. Powers by
  /// repeated multiplication: IEEE arithmetic only, the same everywhere.
  static func geometricGaps(probability p: Double, count: Int) -> [UInt64] {
    var miss = 1.0
    return (0..<max(count, 0)).map { _ in
      miss *= 1 - p
      return p >= 1 ? unit : of(1 - miss)
    }
  }
}
