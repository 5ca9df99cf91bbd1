import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// The short-sighted baseline of a typed replay (the scenario at discount 0, solved
/// as a perfect Bayesian equilibrium: `RecordScoring.typedBaselines`) worked by hand
/// on the two records Docs/signalling.md quotes, and the sentence the closing table
/// prints checked to follow from the score (`ReplayReport.comparisonText`: a model
/// that gives the record probability 0 "rules out round r"; one with a higher ln P
/// than the model "explains the record better than the model by" the bits it saves).
///
/// At discount 0 a type-agent's worth of a move is the round's own payoff
/// (`TypedSolution.agentPayoffs`: U_p(θ, m) = Σ_c μ_q(c) Σ_r σ_q(r | c) · u_p(θ, c; m, r),
/// the δ term gone), so each round is the stage game of its table plus the weights.
@Suite("Typed replay: the short-sighted baseline worked by hand")
struct TypedShortSightedBaselineTests {
  /// The typed default's first round (the standoff of 16 October) at discount 0.
  ///
  /// The weights at the initial variables (us_tariff 30, us_extra_tariff 0,
  /// china_tariff 10, rare_earth_controls 1, software_controls 0, affiliates_rule 1,
  /// port_fees 1, soybean_halt 1) add the same flow to every cell of the round:
  ///
  ///     US:    -30/50 - 10/100 - 1 - 1/2 - 1/4          = -49/20  (the header's 2.45)
  ///     China: -30/25 - 10/200 - 1/4 - 1 - 1/10 - 1/4   = -57/20  (2.85)
  ///
  /// The standoff's table (US rows talk, tariff; China columns talk, enforce), the
  /// US's payoffs the same against either type of China:
  ///
  ///     US:               talk  enforce        cautious China:    talk  enforce
  ///       talk               0       -2          talk               0        1
  ///       tariff             1       -1          tariff            -2       -1
  ///     resolved China:   talk  enforce
  ///       talk               0        2
  ///       tariff            -2        0
  ///
  /// tariff beats talk for the US by 1 against each of China's moves, whatever
  /// China's type and the belief: talk is strictly dominated, so every equilibrium
  /// has the US impose the tariff, and with no trembles the record's "US talk" in
  /// round 1 has chance 0. Enforce is likewise strictly dominant for both types of
  /// China (cautious 1 > 0 and -1 > -2, resolved 2 > 0 and 0 > -2), so the
  /// record's "China talk" has chance 0 too, whatever the belief. Against that play the
  /// worths are US talk -2 - 49/20 = -89/20, tariff -1 - 49/20 = -69/20; resolved
  /// China talk -2 - 57/20 = -97/20, enforce -57/20; cautious talk -97/20, enforce
  /// -1 - 57/20 = -77/20. So the short-sighted record has probability 0, ruled out
  /// in round 1, which is what the table says, and it does not explain the record
  /// better than the model (whose ln P is finite: 1539/2500).
  @Test("the typed default: at discount 0 the US's tariff dominates talk, so short-sighted rules out round 1")
  func typedDefault() throws {
    let doc = try TypedReplaySteppingTests.scenario("us-china-2025-10-types.yaml")
    let flowUS = -Rational(30, 50) - Rational(10, 100) - 1 - Rational(1, 2) - Rational(1, 4)
    let flowChina = -Rational(30, 25) - Rational(10, 200) - Rational(1, 4) - 1 - Rational(1, 10) - Rational(1, 4)
    #expect(flowUS == Rational(-49, 20) && flowChina == Rational(-57, 20))
    let short = ScenarioBaseline.shortSighted.apply(to: doc.scenario)
    #expect(short.discount == .zero)
    let solution = try TypedSolver.solve(short)
    let root = solution.roots[0]
    let played = try #require(solution.nodes[root].played)
    // US [talk, tariff]: tariff for sure; China [talk, enforce]: enforce, both types.
    #expect(played.playedStrategies[0] == [[0, 1]])
    #expect(played.playedStrategies[1] == [[0, 1], [0, 1]])
    #expect(solution.typeNames(of: 1) == ["resolved", "cautious"])
    let worth = try #require(solution.agentPayoffs(at: root))
    #expect(worth[0] == [[-2 + flowUS, -1 + flowUS]])
    #expect(worth[1] == [[-2 + flowChina, flowChina], [-2 + flowChina, -1 + flowChina]])
    // The record followed under it: round 1's US talk and China talk both have chance 0.
    let record = ReplayReport.record(of: doc, horizon: solution.graph.horizon)
    let rounds = solution.replay(record)
    #expect(rounds.first?.chances == [0, 0])
    #expect(rounds.first?.probability == .zero)
    let entry = try #require(RecordScoring.typedBaselines(of: doc.scenario, path: record)
      .first { $0.kind == .baseline(.shortSighted) })
    let score = try #require(entry.score)
    #expect(score.isImpossible && score.impossibleRound == 0)
    #expect(score.exactProbability == .zero)
    // The sentence follows: ruled out in round 1, and no "explains it better".
    var report = TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario))
    report.compare()
    let table = report.closingText
    #expect(report.score?.exactProbability == Rational(1539, 2500))
    #expect(table.contains("\nshort-sighted rules out round 1 of the record"))
    #expect(!table.contains("short-sighted explains"))
  }

  /// bluff-ladder (discount 1 in the file) at discount 0, on the record of a threat
  /// and then a press (`TypedReplaySteppingTests.bluffScript`).
  ///
  /// Round 1 (crisis): the Defender's table is 0 for threaten and for quiet, and the
  /// Challenger has one move, wait, so at discount 0 (the second round's press no
  /// longer counts)
  ///
  ///     U(resolved, threaten) = U(resolved, quiet) = 0,  U(irresolute, threaten) = U(irresolute, quiet) = 0:
  ///
  /// both types are indifferent, and every type strategy is an equilibrium of the
  /// round (a degenerate stage: a continuum). brink keeps the four pure type
  /// strategies (step 3 of the search; the semi-separating one needs the mixing
  /// type's indifference to fix the reply, which at discount 0 holds for every
  /// reply); `mixed` selects the largest supports, the same 1 + 1 + 1 for all four,
  /// and ties go to the first found, in enumeration order: both types threaten.
  /// Then, pooling, a threat has chance 1/4 · 1 + 3/4 · 1 = 1 and leaves the belief
  /// (1/4 · 1) / 1 = 1/4.
  ///
  /// Round 2 (after-threat) at belief r = 1/4: pressing is worth to the Challenger
  /// -2 r + 1 (1 - r) = -1/2 + 3/4 = 1/4 > 0, backing off's worth: it presses with
  /// chance 1; the Defender's only move is stand.
  ///
  /// So the record has probability 1 · 1 · 1 · 1 = 1, ln P = 0, against the model's
  /// 3/8 (ln P = ln 3/8 = -0.9808): short-sighted saves log2(8/3) = 1.415 bits, and
  /// the table says it "explains the record better than the model by 1.42 bits".
  @Test("bluff-ladder: at discount 0 both types are indifferent, pool on the threat, and the press follows: probability 1")
  func bluffLadder() throws {
    let doc = try TypedReplaySteppingTests.scenario("bluff-ladder.yaml", script: TypedReplaySteppingTests.bluffScript)
    #expect(doc.scenario.discount == .one)
    let short = ScenarioBaseline.shortSighted.apply(to: doc.scenario)
    let solution = try TypedSolver.solve(short)
    let root = solution.roots[0]
    let node = solution.nodes[root]
    // Defender [threaten, quiet] by type [resolved, irresolute]; Challenger [wait].
    #expect(solution.agentPayoffs(at: root)?[0] == [[0, 0], [0, 0]])
    #expect(node.equilibria.count == 4)
    #expect(node.equilibria.allSatisfy { $0.isPure })
    #expect(Set(node.equilibria.map { $0.strategies[0] }) == [
      [[1, 0], [1, 0]], [[1, 0], [0, 1]], [[0, 1], [1, 0]], [[0, 1], [0, 1]],
    ])
    #expect(node.played?.strategies[0] == [[1, 0], [1, 0]])
    #expect(node.equilibria.first?.strategies[0] == [[1, 0], [1, 0]])
    let record = ReplayReport.record(of: doc, horizon: solution.graph.horizon)
    let rounds = solution.replay(record)
    #expect(rounds.count == 2)
    #expect(rounds[0].chances == [1, 1] && rounds[0].after[0] == [Rational(1, 4), Rational(3, 4)])
    // Round 2: Challenger [press, back-off] worth [1/4, 0] at belief 1/4.
    let r: Rational = Rational(1, 4)
    #expect(solution.agentPayoffs(at: rounds[1].node)?[1] == [[-2 * r + (1 - r), 0]])
    #expect(rounds[1].before[0] == [r, 1 - r] && rounds[1].chances == [1, 1])
    let score = try #require(solution.score(rounds))
    #expect(score.exactProbability == .one && score.logLikelihood == 0)
    // The sentence follows from ln P = 0 > ln 3/8.
    var report = TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario))
    report.compare()
    let model = try #require(report.score)
    #expect(model.exactProbability == Rational(3, 8))
    let saved = model.bits - score.bits
    #expect(abs(saved - log2(8.0 / 3)) < 1e-12)
    #expect(report.comparisons.first { $0.kind == .baseline(.shortSighted) }?.score?.exactProbability == .one)
    #expect(report.closingText.contains("\n  short-sighted   0.0000  0.00       0.00    0.00  1.0000\n"))
    #expect(report.closingText.hasSuffix("\nshort-sighted explains the record better than the model by 1.42 bits"))
  }
}
