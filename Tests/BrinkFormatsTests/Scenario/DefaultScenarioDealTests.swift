import BrinkCore
import BrinkFormats
import Testing

/// The default scenario's truce as a package menu (issue 13, "a deal as a package
/// menu"): each package's value to each side is the sum of its weights over the
/// rounds it is in force, worked by hand here and in the comment above the `truce`
/// state of `Scenarios/us-china-2025-10.yaml`; the bargaining range is every
/// package (each is better for both than the failed summit), and the US offers
/// `grand`, which China accepts.
@Suite("The default scenario's truce: a package menu valued by the weights")
struct DefaultScenarioDealTests {
  static func solved() throws -> (ScenarioDocument, SolvedScenario) {
    let doc = try ScenarioReader.read(ScenarioReader.builtInText, file: "us-china-2025-10.yaml")
    return (doc, try EscalationSolver.solve(doc.scenario))
  }

  @Test("the truce is a bargaining state: the US offers renew, renew-defer or grand, China accepts or refuses")
  func menu() throws {
    let s = try Self.solved().0.scenario
    let truce = try #require(s.stateIndex(named: "truce"))
    #expect(s.states[truce].moves[0].map(\.name) == ["renew", "renew-defer", "grand"])
    #expect(s.states[truce].moves[1].map(\.name) == ["accept", "reject"])
    #expect(s.states.filter { $0.name.hasPrefix("truce@grand.") }.count == 13)  // 90 days in weekly rounds
  }

  @Test("by hand: on the summit's path, round 4, every package is in the range and the US offers grand")
  func rangeByHand() throws {
    let (doc, solved) = try Self.solved()
    let s = doc.scenario
    let truce = try #require(s.stateIndex(named: "truce"))
    // Round 4 (index 3, 6 November): the first round the truce can be bargained in,
    // after the events of 8 and 10 November (tariffs 54 and 34, two stages).
    let nodes = solved.nodeIndices(round: 3, state: truce)
    #expect(!nodes.isEmpty)
    let d = Rational(98, 100)
    let rounds = d + d * d + d * d * d + d * d * d * d  // rounds 5-8, discounted to round 4
    #expect(rounds == Rational(23_774_751, 6_250_000))
    // The bargaining round's own flow, whatever is offered: US 54(-1/50) + 34(-1/100)
    // + 2(-1) - 1/2 - 1/4 = -417/100; China 54(-1/25) + 34(-1/200) + 2(-1/4) - 1 - 1/10
    // - 1/4 = -209/50.
    let now = [Rational(-417, 100), Rational(-209, 50)]
    // Per round in force. renew: tariffs 30 and 10, so US -3/5 - 1/10 - 2 - 1/2 - 1/4
    // = -69/20, China -6/5 - 1/20 - 1/2 - 1 - 1/10 - 1/4 = -31/10. renew-defer: one
    // stage less, US -69/20 + 1 = -49/20, China -31/10 + 1/4 = -57/20. grand: also no
    // fees, soybean halt or 50% rule, US -49/20 + 1/4 + 1/2 = -17/10, China -57/20
    // + 1/4 + 1/10 + 1 = -3/2.
    let perRound: [[Rational]] = [[Rational(-69, 20), Rational(-31, 10)], [Rational(-49, 20), Rational(-57, 20)],
                                  [Rational(-17, 10), Rational(-3, 2)]]
    let byHand = perRound.map { g in (0..<2).map { now[$0] + rounds * g[$0] } }
    #expect(byHand[2] == [Rational(-664_795_767, 62_500_000), Rational(-123_574_253, 12_500_000)])
    let controls = try #require(s.variableIndex(named: "rare_earth_controls"))
    #expect(nodes.contains { solved.graph.rounds[3][$0].node.values[controls] == 2 })
    for n in nodes where solved.graph.rounds[3][n].node.values[controls] == 2 {
      let r = try #require(BargainingRange(solved, round: 3, node: n))
      #expect(r.values == byHand)
      #expect(r.inRange == [0, 1, 2])
      #expect(r.proposerBest == 2 && r.nash == 2)
      #expect(r.offered == 2 && r.offerProbability > 0.9 && r.acceptance > 0.9)
      // No deal (the failed summit) is worse for both than the least package.
      #expect(r.noDeal[0] < byHand[0][0] && r.noDeal[1] < byHand[1][1])
    }
  }
}
