/// The Wilson score interval for a binomial proportion (Wilson 1927, "Probable
/// inference, the law of succession, and statistical inference", JASA 22:209–212).
///
/// Unlike the normal ("Wald") interval it stays inside [0, 1] and behaves at 0 and
/// n successes, which matters for rare outcomes such as war on an escalation ladder.
///
/// With p̂ = k/n and z the normal quantile:
/// 1. centre = (p̂ + z²/2n) / (1 + z²/n)
/// 2. half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
/// 3. interval = centre ± half-width, clamped to [0, 1].
public enum WilsonInterval {
  /// z for a two-sided 95% interval (Φ⁻¹(0.975)).
  public static let z95 = 1.959963984540054

  /// The interval for `successes` out of `trials`; [0, 1] when `trials` is 0.
  public static func bounds(successes: Int, trials: Int, z: Double = z95) -> (low: Double, high: Double) {
    guard trials > 0 else { return (0, 1) }
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
    return (max(0, centre - half), min(1, centre + half))
  }
}
