import BrinkCore
import Testing

@testable import BrinkFormats

/// `Scenarios/chosen-risk.yaml`: Schelling's threat that leaves something to chance
/// (*The Strategy of Conflict*, 1960, ch. 8) as a move that changes a variable
/// (`risk: +1`) read by a transition probability (`war: risk/4`). The answer is
/// worked by hand in the file's comments.
@Suite("Teaching scenario: chosen risk (Schelling)")
struct ChosenRiskScenarioTests {
  @Test("by hand: the Challenger raises once, the Defender yields a round later; values [193/100, -243/100]")
  func byHand() throws {
    let s = try MonteCarloAgreement.library("chosen-risk").scenario
    let solved = try EscalationSolver.solve(s)
    #expect(solved.exactExpectedValues == [Rational(193, 100), Rational(-243, 100)])
    let crisis = s.stateIndex(named: "crisis")!, conceded = s.stateIndex(named: "conceded")!
    // Round 1: raise (the Challenger's first move), then the Defender stands firm after it.
    let first = solved.nodes[0][solved.nodeIndices(round: 0, state: crisis)[0]].exactPlayed!
    #expect(first.isSequential && first.leader == 0)
    #expect(first.leaderMixture == [1, 0])
    #expect(first.followerMixtures[0] == [1, 0])  // firm after a raise
    // Round 2, at risk 1: the Defender yields (before facing the risk).
    let chain = LadderMarkovChain(solved)
    #expect(chain.exactStates![2][conceded] == 1)
    #expect(chain.exactStates![3] == [0, 1, 0])
    // Round 3 at risk 1 (reached only off the path): standing firm is worth -9/4 to both.
    let r1 = solved.graph.rounds[2].indices.first {
      solved.graph.rounds[2][$0].node.state == crisis && solved.graph.rounds[2][$0].node.values == [1]
    }!
    #expect(solved.nodes[2][r1].exactValues == [Rational(-9, 4), Rational(-9, 4)])
  }

  @Test("exact solve and Monte Carlo agree within 4 standard errors (trembling 1/5)")
  func monteCarloAgrees() throws {
    let s = try MonteCarloAgreement.library("chosen-risk").scenario
    try MonteCarloAgreement.expectAgreement(MonteCarloAgreement.trembling(s, Rational(1, 5)))
  }
}
