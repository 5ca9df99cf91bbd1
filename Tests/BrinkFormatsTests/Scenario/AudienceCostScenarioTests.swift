import BrinkCore
import Testing

@testable import BrinkFormats

/// `Scenarios/audience-cost.yaml`: Fearon's audience cost ("Domestic Political
/// Audiences and the Escalation of International Disputes", *APSR* 88(3), 1994) as a
/// move that sets a variable (`threat_public: =1`) read by a later payoff
/// (`back-down: -1 - 4*threat_public`). The answer is worked by hand in the file.
@Suite("Teaching scenario: audience cost (Fearon 1994)")
struct AudienceCostScenarioTests {
  static func solved(auditing cost: String = "4") throws -> (EscalationScenario, SolvedScenario) {
    var doc = try MonteCarloAgreement.library("audience-cost")
    if cost != "4" {
      let text = try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/audience-cost.yaml"), encoding: .utf8)
      doc = try ScenarioReader.read(text.replacingOccurrences(of: "-1 - 4*threat_public", with: "-1 - \(cost)*threat_public"),
                                    file: "audience-cost.yaml")
    }
    return (doc.scenario, try EscalationSolver.solve(doc.scenario))
  }

  @Test("by hand: with an audience cost of 4 the Leader threatens in public and the Challenger yields; [1, -1]")
  func publicThreatIsCredible() throws {
    let (s, solved) = try Self.solved()
    #expect(solved.exactExpectedValues == [1, -1])
    let crisis = s.stateIndex(named: "crisis")!, showdown = s.stateIndex(named: "showdown")!
    #expect(solved.nodes[0][solved.nodeIndices(round: 0, state: crisis)[0]].exactPlayed!.marginal(player: 0) == [1, 0])
    let node = solved.nodeIndices(round: 1, state: showdown).first { solved.graph.rounds[1][$0].node.values == [1] }!
    let played = solved.nodes[1][node].exactPlayed!
    #expect(played.leader == 1 && played.leaderMixture == [0, 1])  // the Challenger yields
    #expect(played.followerMixtures[0] == [1, 0])                    // the Leader would fight a stand
  }

  @Test("by hand: with an audience cost of 1 the threat is a bluff; the Leader keeps quiet and backs down; [-1, 1]")
  func smallAudienceCostIsABluff() throws {
    let (s, solved) = try Self.solved(auditing: "1")
    #expect(solved.exactExpectedValues == [-1, 1])
    let crisis = s.stateIndex(named: "crisis")!
    #expect(solved.nodes[0][solved.nodeIndices(round: 0, state: crisis)[0]].exactPlayed!.marginal(player: 0) == [0, 1])
    // After a public threat it would get -2 (the Challenger calls the bluff).
    let showdown = s.stateIndex(named: "showdown")!
    let node = solved.nodeIndices(round: 1, state: showdown).first { solved.graph.rounds[1][$0].node.values == [1] }!
    #expect(solved.nodes[1][node].exactValues == [-2, 1])
  }

  @Test("exact solve and Monte Carlo agree within 4 standard errors (trembling 1/5)")
  func monteCarloAgrees() throws {
    let (s, _) = try Self.solved()
    try MonteCarloAgreement.expectAgreement(MonteCarloAgreement.trembling(s, Rational(1, 5)))
  }
}
