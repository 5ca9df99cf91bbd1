import Foundation
import Testing

/// `brink replay` end to end on the library's scripted scenarios.
@Suite("brink replay (end to end)")
struct ReplayCommandTests {
  @Test("the Geneva truce: every round, the model's play, and the exact likelihood")
  func geneva() throws {
    let file = CheckCommandTests.scenario("geneva-truce-2025-05.yaml")
    let run = try BrinkProcess.run(["replay", file])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Replay of geneva-truce-2025-05: The Geneva truce, May 2025\n\nRound 1 (2025-04-14), state embargo (reconstructed)\n"))
    #expect(run.stdout.contains("""
      Round 5 (2025-05-12), state talks
        US     played cut      model: cut 100.0%, hold 0.0%
        China  played cut      model: cut 100.0%, hold 0.0%
      """))
    // Both talk from the first week, and talks start with chance 1/2 a week: the
    // embargo lasting three weeks (1/8) and talks then starting (1/2) is 1/16.
    #expect(run.stdout.contains("\nLikelihood of the real path under the model: 0.0625 (exactly 1/16)\n"))
    // Four weeks whose chance was 1/2 each: 4 bits, all of it chance.
    #expect(run.stdout.contains("\nLog-likelihood: ln P = -2.7726, log2 P = -4.0000: a surprise of 4.00 bits, 0.00 from the players' decisions and 4.00 from chance\n"))
  }

  @Test("the default scenario replays its three sourced weeks")
  func defaultScenario() throws {
    let run = try BrinkProcess.run(["replay"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Replay of us-china-2025-10: US-China rare-earth standoff, October 2025"))
    for line in ["Round 1 (2025-10-16), state standoff", "Round 2 (2025-10-23), state talks", "Round 3 (2025-10-30), state summit",
                 "  source: aa-2025-10-26"] {
      #expect(run.stdout.contains(line), "missing \(line)")
    }
    #expect(run.stdout.contains("Likelihood of the real path under the model: "))
  }

  @Test("a scenario without a script says so")
  func noScript() throws {
    let run = try BrinkProcess.run(["replay", CheckCommandTests.scenario("chicken.yaml")])
    #expect(run.status == 0)
    #expect(run.stdout == "Replay of chicken: Chicken (Rapoport and Chammah), one round\n\nThe scenario has no script: nothing to replay.\n")
  }
}

/// `brink replay --json` and `--against`, end to end.
@Suite("brink replay: scores (end to end)")
struct ReplayScoresCommandTests {
  @Test("--json carries the rounds' surprise and every model's scores; --against adds a scenario")
  func jsonAndAgainst() throws {
    let geneva = CheckCommandTests.scenario("geneva-truce-2025-05.yaml")
    let run = try BrinkProcess.run(["replay", geneva, "--json", "--against", geneva])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["exact_probability"] as? String == "1/16")
    let rounds = try #require(object["rounds"] as? [[String: Any]])
    #expect(rounds.count == 5)
    // Each of the first four weeks: the talks start (or not) with 1/2, 1 bit of chance.
    #expect(rounds[0]["surprise_bits"] as? String == "1.000000000")
    #expect(rounds[0]["chance_bits"] as? String == "1.000000000")
    let models = try #require(object["models"] as? [[String: Any]])
    #expect(models.map { $0["name"] as? String } == ["the model", "uniform", "short-sighted", "no-tremble", geneva])
    #expect(models[0]["log2_likelihood"] as? String == "-4.000000000")
    #expect(models[4]["exact_probability"] as? String == "1/16")  // the same scenario scores the same
  }

  @Test("an --against file that cannot be read is an error, before any work")
  func againstMissing() throws {
    let run = try BrinkProcess.run(["replay", "--against", "/nonexistent/x.yaml"])
    #expect(run.status != 0)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("/nonexistent/x.yaml"))
  }
}
