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
    #expect(run.stdout.hasSuffix("Likelihood of the real path under the model: 0.0625 (exactly 1/16)\n"))
  }

  @Test("the default scenario replays its three sourced weeks")
  func defaultScenario() throws {
    let run = try BrinkProcess.run(["replay"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Replay of us-china-2025-10: US-China rare-earth standoff, October 2025"))
    for line in ["Round 1 (2025-10-13), state standoff", "Round 2 (2025-10-20), state talks", "Round 3 (2025-10-27), state summit",
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
