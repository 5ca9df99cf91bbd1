/// Quantiles and the mean of a sample.
///
/// The quantile at level q is Hyndman and Fan's definition 7 ("Sample quantiles in
/// statistical packages", *The American Statistician* 50(4), 1996; R's and NumPy's
/// default): with the sample sorted, x₁ ≤ … ≤ xₙ, h = (n − 1)q + 1, the value
/// x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). So the 50% quantile is the median, and a
/// sample of one has every quantile equal to it.
public struct SampleQuantiles: Sendable, Hashable {
  public var levels: [Double]
  /// One per level.
  public var quantiles: [Double]
  public var mean: Double
  public var count: Int

  /// `nil` for an empty sample.
  public init?(_ sample: [Double], levels: [Double]) {
    guard !sample.isEmpty else { return nil }
    let sorted = sample.sorted()
    let n = sorted.count
    self.levels = levels
    quantiles = levels.map { q in
      let h = Double(n - 1) * q
      let k = Int(h.rounded(.down))
      return k + 1 < n ? sorted[k] + (h - Double(k)) * (sorted[k + 1] - sorted[k]) : sorted[n - 1]
    }
    mean = sorted.reduce(0, +) / Double(n)
    count = n
  }
}
