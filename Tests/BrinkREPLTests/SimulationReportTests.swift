import BrinkCore
import Foundation
import Testing

@testable import BrinkREPL

/// The simulation report's pieces: the chart's apportionment, numbers, and the
/// text for a small hand-made summary, compared exactly.
@Suite struct SimulationReportTests {
  @Test func apportionmentFillsTheBarExactly() {
    #expect(SimulationReport.apportion([0.5, 0.25, 0.25], width: 40) == [20, 10, 10])
    #expect(SimulationReport.apportion([1.0 / 3, 1.0 / 3, 1.0 / 3], width: 40) == [14, 13, 13])
    #expect(SimulationReport.apportion([0.004, 0.996], width: 40) == [0, 40])
    #expect(SimulationReport.apportion([0, 0], width: 10) == [0, 0])
  }

  @Test func numbers() {
    #expect(ReportNumber.fixed(2.345, 2) == "2.35")
    #expect(ReportNumber.fixed(-0.0001, 2) == "0.00")
    #expect(ReportNumber.fixed(-1.5, 1) == "-1.5")
    #expect(ReportNumber.percent(0.98) == "98.0%")
    #expect(ReportNumber.fixed(157, 0) == "157")
  }

  /// A small summary, written as the JSON `brink simulate --json` prints (the
  /// summary has no public memberwise initialiser).
  static let summary: SimulationSummary = {
    let json = """
      {"seed": 1, "rounds": 2, "pathsRequested": 4, "pathsCompleted": 4, "isPartial": false, "pathRounds": 6,
       "stateNames": ["talks", "deal"],
       "outcomes": [{"state": "deal", "isTerminal": true, "count": 3, "proportion": 0.75, "low": 0.3, "high": 0.95},
                    {"state": "talks", "isTerminal": false, "count": 1, "proportion": 0.25, "low": 0.05, "high": 0.7}],
       "stateProbabilities": [[1, 0], [0.5, 0.5], [0.25, 0.75]],
       "timesToTerminal": [{"state": "deal", "count": 3, "mean": 1.33, "lowerQuartile": 1, "median": 1, "upperQuartile": 2}],
       "variables": [{"name": "tariff", "mean": 57, "standardDeviation": 0, "minimum": 57, "maximum": 57, "bucketWidth": 0,
                      "distribution": [{"value": 57, "count": 4, "proportion": 1}]}],
       "payoffs": [{"player": "US", "mean": 1.5, "standardError": 0.25}, {"player": "China", "mean": -0.5, "standardError": 0.125}],
       "topPaths": [{"states": ["talks", "deal"], "truncated": false, "count": 3, "proportion": 0.75}],
       "effects": [{"name": "deadline", "fires": 2}], "moves": []}
      """
    return try! JSONDecoder().decode(SimulationSummary.self, from: Data(json.utf8))
  }()

  @Test func textReport() {
    let text = SimulationReport.text(Self.summary, title: "tiny", dates: nil, chartWidth: 8)
    for line in ["Simulation of tiny: 4 paths, 2 rounds, seed 1", "Outcomes (95% Wilson intervals)",
                 "talks (at the horizon)", "30.0% to 95.0%", "|AAAAAAAA|", "|AAAABBBB|", "|AABBBBBB|",
                 "key: A talks, B deal", "57.00 (100.0%)", "talks > deal", "Events and shocks: deadline 2", "Path-rounds: 6"] {
      #expect(text.contains(line), "missing: \(line)")
    }
  }

  @Test func csvIsLongFormat() {
    let lines = SimulationReport.csv(Self.summary).split(separator: "\n").map(String.init)
    #expect(lines[0] == "table,row,column,value")
    #expect(lines.contains("outcome,deal,count,3"))
    #expect(lines.contains("state_probability,end,deal,0.75"))
    #expect(lines.contains("path,1,states,talks > deal"))
    #expect(SimulationReport.field("a,b") == "\"a,b\"")
  }

  @Test func jsonIsStable() {
    #expect(SimulationReport.json(Self.summary) == SimulationReport.json(Self.summary))
    #expect(SimulationReport.json(Self.summary).contains("\"pathsCompleted\" : 4"))
  }
}
