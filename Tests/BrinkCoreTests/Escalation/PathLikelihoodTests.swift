import Testing

@testable import BrinkCore

/// `SolvedScenario.likelihood` stops when `shouldContinue` says so: it polls once per
/// round of each pass (floating point, then exact), returns at the first `false`
/// without another round, and marks the result interrupted.
@Suite struct PathLikelihoodInterruptionTests {
  typealias S = EscalationTestScenarios

  /// A 40-round prisoner's dilemma with every round's defections observed.
  static func solvedWithPath() throws -> (SolvedScenario, [ObservedRound]) {
    let solved = try EscalationSolver.solve(S.prisonersDilemma(rounds: 40))
    return (solved, Array(repeating: ObservedRound(moves: ["escalate", "escalate"]), count: 40))
  }

  /// Counts polls and answers true for the first `allowed` of them.
  final class Poll: @unchecked Sendable {
    var count = 0
    let allowed: Int
    init(allowed: Int) { self.allowed = allowed }
    func next() -> Bool {
      count += 1
      return count <= allowed
    }
  }

  @Test func runsToTheEndWhenNotStopped() throws {
    let (solved, path) = try Self.solvedWithPath()
    let poll = Poll(allowed: .max)
    let result = solved.likelihood(of: path, shouldContinue: poll.next)
    #expect(!result.interrupted)
    #expect(result.exactProbability == 1)
    #expect(result.roundProbabilities.count == 40)
    #expect(poll.count == 80)  // once per round in each pass
  }

  @Test func stoppedAtOnceReturnsNothingButTheMarker() throws {
    let (solved, path) = try Self.solvedWithPath()
    let poll = Poll(allowed: 0)
    let result = solved.likelihood(of: path, shouldContinue: poll.next)
    #expect(result.interrupted)
    #expect(result.probability.isNaN)
    #expect(result.exactProbability == nil && result.roundProbabilities.isEmpty)
    #expect(poll.count == 1)
  }

  @Test func stoppedInTheExactPassKeepsTheFloatingPointResult() throws {
    let (solved, path) = try Self.solvedWithPath()
    let full = solved.likelihood(of: path)
    let poll = Poll(allowed: 45)
    let result = solved.likelihood(of: path, shouldContinue: poll.next)
    #expect(result.interrupted)
    #expect(result.exactProbability == nil)
    #expect(result.probability == full.probability && result.roundProbabilities == full.roundProbabilities)
    #expect(poll.count == 46)  // no round after the first false
  }
}

/// In a sequential stage the second mover's chance of its observed move is its
/// answer to the first mover's observed move, not its overall frequency.
@Suite struct PathLikelihoodSequentialTests {
  typealias S = EscalationTestScenarios

  @Test(arguments: [0, 1])
  func theSecondMoverIsWeighedByItsAnswerToTheFirstMove(firstMover: Int) throws {
    let solved = try EscalationSolver.solve(S.tremblingChallenge(firstMover: firstMover))
    let played = try #require(solved.nodes[0][0].exactPlayed)
    #expect(played.respondsToMixedLead)
    for (i, j) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
      let names = ["hold", "escalate"]
      let result = solved.likelihood(of: [ObservedRound(moves: [names[i], names[j]], state: 0)])
      let (a, b) = firstMover == 0 ? (i, j) : (j, i)
      let answer = played.leaderMixture[a] * played.followerMixtures[a][b]
      #expect(result.exactProbability == answer)
      #expect(answer != played.leaderMixture[a] * played.marginal(player: played.follower)[b])
    }
  }
}
