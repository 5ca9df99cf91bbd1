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

  @Test func backtestGeneva() throws {
    let svg = FileManager.default.temporaryDirectory.appendingPathComponent("brink-reliability-\(getpid()).svg").path
    defer { try? FileManager.default.removeItem(atPath: svg) }
    let run = try BrinkProcess.run(["backtest", CheckCommandTests.scenario("geneva-truce-2025-05.yaml"), "--svg", svg])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("geneva-truce-2025-05 (as of 2025-04-14)\n"))
    #expect(run.stdout.contains("| Brier (lower is better)            |         |  0.0016 |  0.3372 |  0.2500 |"))
    #expect(run.stdout.contains("Verdict: the model beats uniform and coin on both scores; 3 questions from one case"))
    #expect(run.stdout.contains("Calibration of the model, pooled over 3 questions:"))
    let image = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(image.hasPrefix("<?xml") && image.contains("<circle"))
  }
}
