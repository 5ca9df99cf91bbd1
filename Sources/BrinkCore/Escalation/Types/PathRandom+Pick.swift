extension PathRandom {
  /// An index drawn with the given chances (doubles summing to about 1): the
  /// first whose running sum exceeds a uniform 53-bit draw, the last positive one
  /// when rounding leaves the sum short of the draw. Zero chances are never
  /// drawn.
  ///
  /// The one draw the typed Monte Carlo loops make (`TypedSimulation`,
  /// `TypedLogitSimulation`), so that both sample a given stream the same way.
  mutating func pick(_ probabilities: [Double]) -> Int {
    let u = Double(next53()) * 0x1p-53
    var acc = 0.0
    for (i, p) in probabilities.enumerated() where p > 0 {
      acc += p
      if u < acc { return i }
    }
    return probabilities.lastIndex { $0 > 0 }!
  }
}
