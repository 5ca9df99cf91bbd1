import Foundation
import Testing
@testable import BrinkCore

@Suite struct SimulationSummaryTests {
  /// Reference values from Newcombe (1998), "Two-sided confidence intervals for the
  /// single proportion", Stat. Med. 17:857–872, Table I (method 3, Wilson score).
  @Test func wilsonIntervalsMatchNewcombe() {
    let cases: [(Int, Int, Double, Double)] = [(81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0, 0.1611), (1, 29, 0.0061, 0.1718)]
    for (k, n, low, high) in cases {
      let (l, h) = WilsonInterval.bounds(successes: k, trials: n)
      #expect(abs(l - low) < 5e-5 && abs(h - high) < 5e-5, "\(k)/\(n): \(l) \(h)")
    }
    let (l, h) = WilsonInterval.bounds(successes: 0, trials: 0)
    #expect(l == 0 && h == 1)
  }

  @Test func quartilesComeExactlyFromTheHistogram() {
    let time = SimulationSummary.timeToTerminal("deal", [0, 2, 1, 0, 1])
    #expect(time.count == 4 && time.lowerQuartile == 1 && time.median == 1 && time.upperQuartile == 2)
    #expect(time.mean == 2)
    let odd = SimulationSummary.timeToTerminal("war", [1, 1, 1])
    #expect(odd.lowerQuartile == 0 && odd.median == 1 && odd.upperQuartile == 2)
  }

  @Test func summaryOfTheCrisisIsConsistent() throws {
    let ladder = LadderFixtures.crisis()
    let statistics = Simulator.run(ladder, paths: 40_000, seed: 12, threads: 2)
    let summary = SimulationSummary(statistics, ladder: ladder)
    #expect(summary.outcomes.map(\.count).reduce(0, +) == 40_000)
    #expect(summary.outcomes.prefix(2).allSatisfy { $0.isTerminal })
    for outcome in summary.outcomes { #expect(outcome.low <= outcome.proportion && outcome.proportion <= outcome.high) }
    for row in summary.stateProbabilities { #expect(abs(row.reduce(0, +) - 1) < 1e-12) }
    // Tariff starts at 30 and only rises or is set to 157.
    let tariff = summary.variables[0]
    #expect(tariff.minimum! >= 30 && tariff.bucketWidth == 0)
    #expect(tariff.distribution.contains { $0.value == 157 })
    #expect(summary.topPaths.first!.states.first == "standoff")
    #expect(summary.topPaths.map(\.count) == summary.topPaths.map(\.count).sorted(by: >))
    #expect(summary.effects.map(\.name) == ["deadline", "summit shock"] && summary.effects[0].fires > 0)
    // Round-trips as JSON.
    let data = try JSONEncoder().encode(summary)
    #expect(try JSONDecoder().decode(SimulationSummary.self, from: data) == summary)
  }
}
