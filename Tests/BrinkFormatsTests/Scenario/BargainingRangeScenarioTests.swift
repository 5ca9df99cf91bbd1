import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// `Scenarios/bargaining-range.yaml`: Fearon's bargaining range ("Rationalist
/// Explanations for War", *IO* 49(3), 1995) with a menu of packages (`deal:`,
/// `DealMenu`). The answers are worked by hand in the file.
@Suite("Teaching scenario: the bargaining range (Fearon 1995)")
struct BargainingRangeScenarioTests {
  static func text() throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/bargaining-range.yaml"), encoding: .utf8)
  }

  /// The scenario, with the breakdown worth `breakdown` to each side.
  static func document(breakdown: String = "-2") throws -> ScenarioDocument {
    try ScenarioReader.read(try text().replacingOccurrences(of: "value: [-2, -2]", with: "value: [\(breakdown), \(breakdown)]"),
                            file: "bargaining-range.yaml")
  }

  static func range(_ doc: ScenarioDocument) throws -> (SolvedScenario, BargainingRange) {
    let solved = try EscalationSolver.solve(doc.scenario)
    let talks = try #require(doc.scenario.stateIndex(named: "talks"))
    let n = try #require(solved.nodeIndices(round: 0, state: talks).first)
    return (solved, try #require(BargainingRange(solved, round: 0, node: n)))
  }

  @Test("the menu is lowered: the US offers a package, China accepts or refuses, one state per round of a deal in force")
  func lowering() throws {
    let s = try Self.document().scenario
    let talks = try #require(s.stateIndex(named: "talks"))
    #expect(s.states[talks].moves[0].map(\.name) == ["cut", "buy", "swap", "grand"])
    #expect(s.states[talks].moves[1].map(\.name) == ["accept", "reject"])
    #expect(s.states[talks].timing == .sequential(firstMover: 0))
    #expect(s.states.map(\.name).filter { $0.hasPrefix("talks@grand") } == ["talks@grand.1", "talks@grand.2"])
    // The last round of grand undoes its effects and goes back to the talks.
    let last = try #require(s.stateIndex(named: "talks@grand.2"))
    #expect(s.states[last].outcomes[0][0].transition == .to(talks))
    #expect(s.states[last].outcomes[0][0].effects == [VariableEffect(variable: 1, .add(-20)), VariableEffect(variable: 0, .add(-10))])
  }

  @Test("by hand: the range is cut and grand; the US offers grand, China accepts; the Nash solution would be cut; [7/2, -1]")
  func rangeByHand() throws {
    let (solved, r) = try Self.range(try Self.document())
    #expect(solved.exactExpectedValues == [Rational(7, 2), -1])
    #expect(r.noDeal == [-2, -2])
    #expect(r.values == [[Rational(-3, 4), Rational(9, 2)], [6, -6], [Rational(45, 8), Rational(-15, 4)], [Rational(7, 2), -1]])
    #expect(r.inRange == [0, 3])
    #expect(r.offered == 3 && r.offerProbability == 1 && r.acceptance == 1)
    #expect(r.proposerBest == 3)
    #expect(r.nash == 0)
    #expect(r.gain(0, 0) * r.gain(0, 1) == Rational(65, 8))
  }

  @Test("by hand: with a breakdown worth -1/2 the range is empty; the US offers buy, China refuses; [-1/2, -1/2]")
  func emptyRange() throws {
    let (solved, r) = try Self.range(try Self.document(breakdown: "-1/2"))
    #expect(solved.exactExpectedValues == [Rational(-1, 2), Rational(-1, 2)])
    #expect(r.inRange.isEmpty && r.nash == nil && r.proposerBest == nil)
    #expect(r.offered == 1 && r.acceptance == 0)
  }

  @Test("a deal in force runs its course: a shock that applies everywhere does not act in a deal's rounds")
  func shocksWaitForTheDeal() throws {
    let text = try Self.text() + "shocks:\n  - {name: crisis, probability: 1/2, goto: breakdown}\n"
    let s = try ScenarioReader.read(text, file: "b.yaml").scenario
    let talks = try #require(s.stateIndex(named: "talks")), breakdown = try #require(s.stateIndex(named: "breakdown"))
    #expect(s.shocks[0].states == [talks])
    // Every package lasts at least two rounds: rounds 2 and 3 are in a deal or over.
    let chain = LadderMarkovChain(try EscalationSolver.solve(s))
    #expect(chain.states[1][breakdown] > 0 && chain.states[2][breakdown] == chain.states[1][breakdown])
  }

  @Test("exact solve and Monte Carlo agree within 4 standard errors (trembling 1/5)")
  func monteCarloAgrees() throws {
    try MonteCarloAgreement.expectAgreement(MonteCarloAgreement.trembling(try Self.document().scenario, Rational(1, 5)))
  }

  @Test("save writes the menu back as one deal block, and reads back to the same scenario")
  func roundTrip() throws {
    let doc = try Self.document()
    let yaml = ScenarioWriter.yaml(doc)
    #expect(!yaml.contains("@"))
    #expect(yaml.contains(
      "    deal:\n      proposer: US\n"
        + "      payoff: [\"-1/40*tariff_cut + 1/10*purchases\", \"3/20*tariff_cut - 1/10*purchases\"]\n"
        + "      no_deal: breakdown\n      packages:\n"
        + "        cut: {description: \"Cut the tariff by 10 points\", effects: {tariff_cut: \"+10\"}, rounds: 3}\n"))
    let again = try ScenarioReader.read(yaml, file: "saved.yaml")
    #expect(again.scenario == doc.scenario)
  }

  /// The grand deal offered and accepted, then kept.
  static let script = """
    script:
      - {round: 1, state: talks, US: grand, China: accept, source: fearon-1995}
      - {round: 2, US: keep, China: keep, source: fearon-1995}

    """

  @Test("a script names the offer and the answer in the bargaining state, and keep in a deal's round; replayed; written back")
  func script() throws {
    let doc = try ScenarioReader.read(try Self.text() + Self.script, file: "b.yaml")
    let solved = try EscalationSolver.solve(doc.scenario)
    let likelihood = solved.likelihood(of: solved.observedHistory(states: doc.historyStates))
    #expect(likelihood.probability > 0.999)
    let yaml = ScenarioWriter.yaml(doc)
    #expect(!yaml.contains("grand: {}") && !yaml.contains("keep: {}") && !yaml.contains("accept: {}"))
    let again = try ScenarioReader.read(yaml, file: "saved.yaml")
    #expect(again.scenario == doc.scenario && again.historyStates == doc.historyStates)
    #expect(diagnostics(try Self.text() + Self.script.replacingOccurrences(of: "US: grand", with: "US: grnd")).first?
      .hasPrefix("t.yaml:93:34: error: unknown move 'grnd' of 'US' in state 'talks' in script entry 1") == true)
  }

  @Test("solve --json: a bargaining node carries its range")
  func json() throws {
    let doc = try Self.document()
    let solved = try EscalationSolver.solve(doc.scenario)
    let text = ScenarioSolveJSON.object(file: "f", document: doc, solved: solved) { _, _ in "" }.rendered()
    #expect(text.contains("""
          "bargaining": {
            "proposer": "US",
            "rule": "the subgame-perfect equilibrium of a take-it-or-leave-it offer",
            "noDeal": ["-2", "-2"],
            "packages": [
              {
                "name": "cut",
                "values": ["-3/4", "9/2"],
                "gains": ["5/4", "13/2"],
                "inRange": true
              },
    """))
    #expect(text.contains("""
            "range": ["cut", "grand"],
            "offered": "grand",
            "offerProbability": "1",
            "acceptance": "1",
            "nash": "cut"
    """))
  }

  @Test("check: errors at file:line:column for an unknown variable, a duration below 1, an empty menu, a set, an unknown proposer, moves beside a deal")
  func checks() throws {
    let text = try Self.text()
    func first(_ from: String, _ to: String) -> String? {
      diagnostics(text.replacingOccurrences(of: from, with: to)).first
    }
    #expect(first("effects: {tariff_cut: +10}, rounds: 3}", "effects: {tarif_cut: +10}, rounds: 3}")?
      .hasPrefix("t.yaml:87:67: error: unknown variable 'tarif_cut' in package 'cut' of the deal of state 'talks'") == true)
    #expect(first("{purchases: +20}, rounds: 3}", "{purchases: +20}, rounds: -1}")
            == "t.yaml:88:89: error: the rounds of package 'buy' of state 'talks' must be between 1 and 1000, found -1")
    #expect(first("effects: {tariff_cut: +10}, rounds: 3}", "effects: {tariff_cut: =10}, rounds: 3}")?
      .hasPrefix("t.yaml:87:79: error: the effect on 'tariff_cut' in package 'cut' of the deal of state 'talks' sets it (=10): a package's effects must add (+N or -N)") == true)
    #expect(first("proposer: US", "proposer: USA")?.hasPrefix("t.yaml:84:17: error: unknown player 'USA' proposing the deal of state 'talks'") == true)
    #expect(first("      no_deal: breakdown\n", "      no_deal: brakdown\n")?
      .hasPrefix("t.yaml:85:16: error: unknown state 'brakdown' in 'no_deal' of the deal of state 'talks'") == true)
    let empty = text.components(separatedBy: "      packages:\n")[0] + "      packages: {}\n  breakdown: {terminal: true, value: [-2, -2]}\n"
    #expect(diagnostics(empty).first == "t.yaml:86:17: error: the deal of state 'talks' has no packages: a menu needs at least one")
    #expect(first("    deal:\n", "    moves: {US: [walk-out], China: [walk-out]}\n    deal:\n")?
      .hasPrefix("t.yaml:83:5: error: state 'talks' offers a deal: its 'moves' are made from the menu") == true)
  }
}

/// A bargaining state takes no fixed mix and no perceived payoffs: its moves are made
/// from the menu (an error at file:line:column, `ScenarioValidator.bargainingBehaviour`).
@Suite struct BargainingBehaviourCheckTests {
  @Test func aFixedMixOrPerceivedPayoffsInABargainingStateIsAnError() throws {
    let text = try BargainingRangeScenarioTests.text()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
    let mix = diagnostics(text + "behaviour:\n  China: {model: fixed, mix: {talks: {accept: 1}}}\n")
    #expect(mix.first == "t.yaml:\(lines + 1):31: error: 'China' cannot have a fixed mix in state 'talks': it is a bargaining state, whose moves are made from its deal's menu")
    let perceived = diagnostics(text + "behaviour:\n  US:\n    model: equilibrium\n    perceives:\n      talks: {accept: [[1, 1]]}\n")
    #expect(perceived.first == "t.yaml:\(lines + 4):7: error: 'US' cannot have perceived payoffs in state 'talks': it is a bargaining state, whose moves are made from its deal's menu")
  }
}
