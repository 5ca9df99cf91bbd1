/// A reliability table (Murphy and Winkler, "Reliability of subjective probability
/// forecasts of precipitation and temperature", *JRSS C* 26, 1977): forecasts pooled
/// into ten bins by their probability, each bin's mean forecast beside how often its
/// questions resolved yes. A calibrated forecaster's points lie on the diagonal;
/// with a handful of questions a bin's frequency is mostly noise, which the count
/// beside it shows.
public struct CalibrationTable: Sendable, Equatable {
  public struct Bin: Sendable, Equatable {
    /// `[low, high)`, the last bin closed at 1.
    public var low: Double
    public var high: Double
    public var count: Int
    public var meanForecast: Double
    public var yes: Int
    public var frequency: Double { count == 0 ? 0 : Double(yes) / Double(count) }
  }

  /// The ten bins, empty ones included.
  public var bins: [Bin]

  public init(_ forecasts: [(p: Double, outcome: Bool)], binCount: Int = 10) {
    var sums = [Double](repeating: 0, count: binCount), counts = [Int](repeating: 0, count: binCount)
    var yes = [Int](repeating: 0, count: binCount)
    for f in forecasts {
      let k = min(binCount - 1, max(0, Int(f.p * Double(binCount))))
      sums[k] += f.p
      counts[k] += 1
      if f.outcome { yes[k] += 1 }
    }
    bins = (0..<binCount).map { k in
      Bin(low: Double(k) / Double(binCount), high: Double(k + 1) / Double(binCount), count: counts[k],
          meanForecast: counts[k] == 0 ? 0 : sums[k] / Double(counts[k]), yes: yes[k])
    }
  }
}
