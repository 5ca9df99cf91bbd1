import Foundation
import Testing

@testable import BrinkCore

/// The scores of `brink backtest` on a 3-question example worked by hand.
///
/// Forecasts 0.8 (resolved yes), 0.3 (no), 0.5 (yes).
/// - Brier: (1 − 0.8)² = 0.04, (0.3 − 0)² = 0.09, (1 − 0.5)² = 0.25; mean 0.38 / 3 = 0.12666…
/// - Log (bits): log₂ 0.8 = −0.321928, log₂ (1 − 0.3) = log₂ 0.7 = −0.514573, log₂ 0.5 = −1;
///   mean −1.836501 / 3 = −0.612167.
/// - The coin (1/2 each): Brier 0.25 and log −1 on every question, so it loses on both.
/// - Calibration bins: 0.3 in [0.3, 0.4), 0.5 in [0.5, 0.6), 0.8 in [0.8, 0.9).
@Suite struct ProperScoresTests {
  static let forecasts: [(p: Double, outcome: Bool)] = [(0.8, true), (0.3, false), (0.5, true)]

  @Test func byHand() throws {
    let m = try #require(ProperScores.means(Self.forecasts))
    #expect(abs(m.brier - 0.38 / 3) < 1e-12)
    #expect(abs(m.log - (-1.836501 / 3)) < 1e-6)
    #expect(abs(ProperScores.brier(0.3, outcome: false) - 0.09) < 1e-15)
    #expect(abs(ProperScores.log(0.3, outcome: false) - (-0.514573)) < 1e-6)
    let coin = try #require(ProperScores.means(Self.forecasts.map { (p: 0.5, outcome: $0.outcome) }))
    #expect(coin.brier == 0.25 && coin.log == -1)
    #expect(m.brier < coin.brier && m.log > coin.log)
    // A certainty that turns out wrong: the log score is −∞, the Brier score 1.
    #expect(ProperScores.log(1, outcome: false) == -.infinity)
    #expect(ProperScores.brier(1, outcome: false) == 1)
    #expect(ProperScores.means([]) == nil)
  }

  @Test func calibration() {
    let t = CalibrationTable(Self.forecasts)
    #expect(t.bins.count == 10)
    #expect(t.bins.map(\.count) == [0, 0, 0, 1, 0, 1, 0, 0, 1, 0])
    #expect(t.bins[3].yes == 0 && t.bins[5].yes == 1 && t.bins[8].yes == 1)
    #expect(t.bins[8].meanForecast == 0.8 && t.bins[8].frequency == 1)
    // 1 falls in the last bin, closed at 1.
    #expect(CalibrationTable([(1, true)]).bins[9].count == 1)
  }
}
