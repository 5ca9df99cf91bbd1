import Foundation
import Testing

/// `brink forecast` and `brink backtest` end to end.
@Suite("brink forecast and backtest (end to end)")
struct ForecastCommandTests {
  /// The Geneva scenario's three questions. Both sides talk from the first week and
  /// talks start with chance 1/2 a week, so talks by 12 May (four tries) is 15/16.
  @Test func genevaForecast() throws {
    let run = try BrinkProcess.run(["forecast", CheckCommandTests.scenario("geneva-truce-2025-05.yaml")])
    #expect(run.status == 0)
    #expect(run.stdout == """
      Forecast: geneva-truce-2025-05: The Geneva truce, May 2025, as of 2025-04-14
      +-----------------+-------------+------------------------------+----------+
      | question        | probability | read                         | resolved |
      +-----------------+-------------+------------------------------+----------+
      | talks-by-may-12 |      0.9375 | ever by round 5 (2025-05-12) | yes      |
      | truce           |      0.9688 | ever by the end              | yes      |
      | decoupling      |      0.0006 | ever by the end              | no       |
      +-----------------+-------------+------------------------------+----------+
      talks-by-may-12: Will US and Chinese negotiators meet by 12 May?
      truce: Will the two sides cut their tariffs together (a truce) by 26 May?
      decoupling: Will the embargo become permanent by 26 May?
      Exact:
        talks-by-may-12 = 15/16
        truce = 31/32
        decoupling = 1/1600

      """)
  }

  @Test func jsonCsvAndPaths() throws {
    let file = CheckCommandTests.scenario("geneva-truce-2025-05.yaml")
    let json = try BrinkProcess.run(["forecast", file, "--json", "--paths", "1000", "--seed", "3"])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let questions = try #require(object["questions"] as? [[String: Any]])
    #expect(questions.map { $0["id"] as? String } == ["talks-by-may-12", "truce", "decoupling"])
    #expect(questions[0]["exact"] as? String == "15/16")
    let sampled = try #require(questions[0]["sampled"] as? [String: Any])
    #expect(sampled["paths"] as? Int == 1000)
    let low = try #require(sampled["low"] as? Double), high = try #require(sampled["high"] as? Double)
    #expect(low < 0.9375 && 0.9375 < high)
    // Same seed, same bytes.
    #expect(try BrinkProcess.run(["forecast", file, "--json", "--paths", "1000", "--seed", "3"]).stdout == json.stdout)
    let csv = try BrinkProcess.run(["forecast", file, "--csv"])
    #expect(csv.stdout.hasPrefix("question,probability,exact,sampled,ci_low,ci_high,resolution\ntalks-by-may-12,0.9375,15/16,,,,yes\n"))
  }

  @Test func noQuestions() throws {
    let run = try BrinkProcess.run(["forecast", CheckCommandTests.scenario("chicken.yaml")])
    #expect(run.status == 1)
    #expect(run.stderr.hasSuffix("chicken.yaml: error: the scenario has no questions (add a 'questions:' block: Docs/scenario-format.md)\n"))
  }

  /// With no files, backtest scores the library found from where it runs: every
  /// scenario with resolved questions, and never the Gambit games beside them.
  @Test func backtestTheLibrary() throws {
    let run = try BrinkProcess.run(["backtest"], directory: BrinkProcess.packageRoot)
    #expect(run.status == 0, "\(run.stderr)")
    for name in ["geneva-truce-2025-05 (as of 2025-04-14)", "tariff-rounds-2018-2019 (as of 2018-06-15)", "us-china-2025-10 (as of 2025-10-18)"] {
      #expect(run.stdout.contains(name + "\n"), "\(name)")
    }
    #expect(!run.stdout.contains(".efg") && !run.stderr.contains(".efg"))
  }

  @Test func backtestGeneva() throws {
    let svg = FileManager.default.temporaryDirectory.appendingPathComponent("brink-reliability-\(getpid()).svg").path
    defer { try? FileManager.default.removeItem(atPath: svg) }
    let run = try BrinkProcess.run(["backtest", CheckCommandTests.scenario("geneva-truce-2025-05.yaml"), "--svg", svg])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("geneva-truce-2025-05 (as of 2025-04-14)\n"))
    #expect(run.stdout.contains("| Brier (lower is better)            |         |  0.0016 |  0.3372 |        0.6710 |     0.0016 |  0.2500 |"))
    // Geneva's players do not tremble, so the no-tremble variant is the model itself.
    #expect(run.stdout.contains("Verdict: the model beats uniform, short-sighted and coin on both scores; ties with no-tremble (the same forecasts); 3 questions from one case"))
    #expect(run.stdout.contains("Calibration of the model, pooled over 3 questions:"))
    let image = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(image.hasPrefix("<?xml") && image.contains("<circle"))
  }
}

/// `brink simulate --exact`: the chain's tables, alone with `--paths 0`.
@Suite("brink simulate --exact (end to end)")
struct SimulateExactCommandTests {
  /// Geneva: both talk every week and talks start with chance 1/2, then both cut:
  /// the embargo lasts k weeks with chance 1/2^k.
  @Test func genevaExactAlone() throws {
    let run = try BrinkProcess.run(["simulate", CheckCommandTests.scenario("geneva-truce-2025-05.yaml"), "--exact", "--paths", "0"])
    #expect(run.status == 0)
    #expect(run.stdout == """
      Exact tables of geneva-truce-2025-05 (The Geneva truce, May 2025)

      Exact, from the Markov chain

      Outcomes
        outcome                   probability  exact
        truce                           96.9%  31/32
        decoupling                       0.1%  1/1600
        embargo (at the horizon)         3.1%  49/1600

      Probability of each state by round
        round  date        embargo   talks   truce  decoupling
        1      2025-04-14   100.0%    0.0%    0.0%        0.0%
        2      2025-04-21    50.0%   50.0%    0.0%        0.0%
        3      2025-04-28    25.0%   25.0%   50.0%        0.0%
        4      2025-05-05    12.5%   12.5%   75.0%        0.0%
        5      2025-05-12     6.2%    6.2%   87.5%        0.0%
        6      2025-05-19     3.1%    3.1%   93.8%        0.0%
        end    2025-05-26     3.1%    0.0%   96.9%        0.1%

      """)
  }

  @Test func besideTheSampledRunAndAsJSON() throws {
    let file = CheckCommandTests.scenario("geneva-truce-2025-05.yaml")
    let plain = try BrinkProcess.run(["simulate", file, "--paths", "500"])
    let both = try BrinkProcess.run(["simulate", file, "--paths", "500", "--exact"])
    #expect(both.status == 0)
    // The sampled report is unchanged, and the exact tables follow it.
    #expect(both.stdout.hasPrefix(plain.stdout.trimmingCharacters(in: .newlines) + "\n\nExact, from the Markov chain\n"))
    let json = try BrinkProcess.run(["simulate", file, "--paths", "500", "--exact", "--json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let exact = try #require(object["exact"] as? [String: Any])
    let outcomes = try #require(exact["outcomes"] as? [[String: Any]])
    #expect(outcomes.first?["exact"] as? String == "31/32")
    let simulation = try #require(object["simulation"] as? [String: Any])
    #expect(simulation["pathsCompleted"] as? Int == 500)
    let refused = try BrinkProcess.run(["simulate", file, "--paths", "0"])
    #expect(refused.status == 2)
  }
}
