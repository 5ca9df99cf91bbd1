import BrinkCore
import BrinkFormats

/// `forecast --uncertainty N`: each question's probability as a band over the
/// scenario's priors (`UncertainForecast`), beside the point forecast.
extension ForecastReport {
  /// One question's band: the quantiles of its probability over the draws, and the mean.
  public struct Band: Sendable, Encodable {
    public var low: Double
    public var median: Double
    public var high: Double
    public var mean: Double
  }

  /// How the band was drawn.
  public struct Uncertainty: Sendable, Encodable {
    public var draws: Int
    public var requested: Int
    public var seed: UInt64
    /// "discount uniform [4/5, 1]", …
    public var priors: [String]
    /// The quantile levels of `low`, `median`, `high`.
    public var levels: [Double]
  }

  /// The report with each question's band from `u` (which answered `doc.questions`).
  public func adding(_ u: UncertainForecast) -> ForecastReport {
    var r = self
    r.uncertainty = Uncertainty(draws: u.answers.count, requested: u.requested, seed: u.seed,
                                priors: u.priors.map { "\($0.name) \(Self.describe($0.distribution))" },
                                levels: UncertainForecast.levels)
    for k in r.questions.indices {
      r.questions[k].band = u.band(k).map { Band(low: $0.quantiles[0], median: $0.quantiles[1], high: $0.quantiles[2], mean: $0.mean) }
    }
    return r
  }

  static func describe(_ d: ParameterPrior.Distribution) -> String {
    switch d {
    case .uniform(let lo, let hi): "uniform [\(lo), \(hi)]"
    case .discrete(let list): "{" + list.map { "\($0.value): \($0.probability)" }.joined(separator: ", ") + "}"
    }
  }

  /// The lines under the table that say how the band was drawn.
  func uncertaintyLines() -> [String] {
    guard let u = uncertainty else { return [] }
    var out = ["Uncertainty: \(u.draws) draw\(u.draws == 1 ? "" : "s") of the priors (seed \(u.seed)), each solved exactly; "
               + "the band is the 5%, 50% and 95% quantiles of each question's probability over the draws, and their mean:"]
    for p in u.priors { out.append("  \(p)") }
    if u.draws < u.requested { out.append("Interrupted after \(u.draws) of \(u.requested) draws: the band is over the draws finished.") }
    return out
  }
}
