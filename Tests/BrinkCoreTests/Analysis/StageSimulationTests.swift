import Testing
@testable import BrinkCore

/// Repeated play of one stage game: repeatable by seed, shares inside wide bands,
/// stopped by its check.
@Suite struct StageSimulationTests {
  let chicken = Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])

  @Test func samplesTheMixedEquilibriumRepeatably() throws {
    let simulation = try #require(StageSimulation(sampling: chicken, seed: 7))
    #expect(simulation.profile == [[Rational(9, 10), Rational(1, 10)], [Rational(9, 10), Rational(1, 10)]])
    let run = simulation.run(rounds: 100_000, shouldContinue: { true }, progress: nil)
    #expect(run == simulation.run(rounds: 100_000, shouldContinue: { true }, progress: nil))
    #expect(run.rounds == 100_000 && !run.interrupted)
    // P(Yield, Yield) = 0.81: the count lies well inside 0.81 ± 5 standard deviations.
    let share = Double(run.counts[0][0]) / 100_000
    #expect(abs(share - 0.81) < 5 * (0.81 * 0.19 / 100_000).squareRoot())
  }

  @Test func aPureGameIsSampledAtItsEquilibrium() throws {
    let dominant = Bimatrix(a: [[1, 1], [0, 0]], b: [[1, 0], [1, 0]])
    let run = try #require(StageSimulation(sampling: dominant, seed: 1)).run(rounds: 1000, shouldContinue: { true }, progress: nil)
    #expect(run.counts == [[1000, 0], [0, 0]])
  }

  @Test func stopsWhenAskedAndSaysSo() throws {
    var calls = 0
    let run = try #require(StageSimulation(sampling: chicken, seed: 1))
      .run(rounds: 10_000, shouldContinue: { calls += 1; return calls < 2 }, progress: nil)
    #expect(run.rounds == 4096 && run.interrupted)
  }
}
