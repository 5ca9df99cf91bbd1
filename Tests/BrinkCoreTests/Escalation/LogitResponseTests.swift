import Foundation
import Testing
@testable import BrinkCore

@Suite struct LogitResponseTests {
  typealias S = EscalationTestScenarios

  /// λ = 0: every move equally likely, whatever the payoffs.
  @Test func zeroLambdaIsUniform() throws {
    let logit = PlayerBehaviour(model: .logit(lambda: 0))
    let solved = try EscalationSolver.solve(S.commitment(timing: .simultaneous, behaviours: [logit, logit]))
    #expect(!solved.isExact)
    let p = solved.nodes[0][0].played!
    #expect(p.leaderMixture == [0.5, 0.5])
    #expect(p.followerMixtures == [[0.5, 0.5]])
    // Uniform play: row gets (3+1+4+2)/4 = 2.5, column (1+0+0+1)/4 = 0.5.
    #expect(abs(solved.expectedValues[0] - 2.5) < 1e-12)
    #expect(abs(solved.expectedValues[1] - 0.5) < 1e-12)
  }

  /// Large λ in a dominance-solvable game approaches its unique equilibrium (D,R).
  @Test func largeLambdaApproachesDominanceSolution() throws {
    var last = 0.0
    for lambda in [1.0, 5.0, 20.0, 100.0] {
      let logit = PlayerBehaviour(model: .logit(lambda: lambda))
      let solved = try EscalationSolver.solve(S.commitment(timing: .simultaneous, behaviours: [logit, logit]))
      let p = solved.nodes[0][0].played!
      #expect(p.leaderMixture[1] > last)  // more weight on D as λ grows
      last = p.leaderMixture[1]
      if lambda == 100 {
        #expect(p.leaderMixture[1] > 1 - 1e-9)
        #expect(p.followerMixtures[0][1] > 1 - 1e-9)
        if case .logit(_, _, let converged) = solved.nodes[0][0].explanations[0] { #expect(converged) }
      }
    }
  }

  /// The fixed point: row's D-probability x satisfies x = 1/(1 + e^{−λ·(value gap)})
  /// with gap = 1 (D beats U by exactly 1 against any column mixture), so at λ = 1
  /// x = 1/(1 + e^{−1}) ≈ 0.7310585786.
  @Test func knownValueOfDominantGap() throws {
    let logit = PlayerBehaviour(model: .logit(lambda: 1))
    let solved = try EscalationSolver.solve(S.commitment(timing: .simultaneous, behaviours: [logit, logit]))
    #expect(abs(solved.nodes[0][0].played!.leaderMixture[1] - 0.7310585786300049) < 1e-9)
  }

  @Test func softmaxIsStableForHugeValues() {
    let p = LogitResponse.response([1e300, 0, -1e300], lambda: 1e10)
    #expect(p == [1, 0, 0])
  }

  /// Each side responds to the other's *trembled* play (Selten 1975), as in the
  /// exact solve: the column player best-responds to a row player fixed on its
  /// first move; against [1, 0] the first column is best (1 against 0), against
  /// that trembled by 1/2, [3/4, 1/4], the second (0 against 3/4 − 10/4).
  @Test func respondsToTheTrembledOpponent() {
    let a: [[Double]] = [[0, 0], [0, 0]], b: [[Double]] = [[1, 0], [-10, 0]]
    let still = LogitResponse.fixedPoint(a: a, b: b, players: [.given([1, 0]), .best])
    #expect(still.y == [1, 0])
    let trembling = LogitResponse.fixedPoint(a: a, b: b, players: [.given([1, 0]), .best], tremble: [0.5, 0])
    #expect(trembling.y == [0, 1])
    // A logit responder weighs the trembled values too: log-odds λ·(0 − (−1.75)).
    let logit = LogitResponse.fixedPoint(a: a, b: b, players: [.given([1, 0]), .logit(1)], tremble: [0.5, 0])
    #expect(abs(logit.y[1] / logit.y[0] - exp(1.75)) < 1e-9)
  }

  /// The responses, worked by hand: logit weights e^{λ·v} normalised, so with
  /// λ = ln 2 the values (1, 0) weigh 2 : 1, and with λ = ln 3 the values (0, 1, 1)
  /// weigh 1 : 3 : 3; a best responder splits evenly over the moves within 10⁻¹²
  /// (relative) of the top and gives the rest nothing; a given mixture is copied.
  @Test func responsesWorkedByHand() {
    func close(_ p: [Double], _ q: [Double]) -> Bool { p.count == q.count && zip(p, q).allSatisfy { abs($0 - $1) < 1e-15 } }
    let third: Double = 1 / 3, seventh: Double = 1 / 7
    #expect(close(LogitResponse.response([1, 0], lambda: log(2)), [2 * third, third]))
    #expect(close(LogitResponse.response([0, 1, 1], lambda: log(3)), [seventh, 3 * seventh, 3 * seventh]))
    #expect(LogitResponse.response([5, -5, 0], lambda: 0) == [third, third, third])
    #expect(LogitResponse.best([2, 1, 2]) == [0.5, 0, 0.5])
    #expect(LogitResponse.best([1, 1 - 1e-13, 0]) == [0.5, 0.5, 0])  // within the tolerance: a tie
    #expect(LogitResponse.best([1, 1 - 1e-9, 0]) == [1, 0, 0])  // outside it: not
    #expect(LogitResponse.best([1e300, 1e300 * (1 - 1e-13)]) == [0.5, 0.5])  // relative to the top
    #expect(LogitResponse.response([], lambda: 2) == [] && LogitResponse.best([]) == [])
    var out = [Double](repeating: .nan, count: 3)
    LogitResponse.respond(.given([0.25, 0.75, 0]), [9, 8, 7], into: &out)
    #expect(out == [0.25, 0.75, 0])
    LogitResponse.respond(.best, [0, 3, 3], into: &out)  // in place, over what was there
    #expect(out == [0, 0.5, 0.5])
  }

  /// A best-responding column player that never settles runs all 20,000 steps.
  @Test func aCycleRunsEveryStep() {
    // Zero-sum, row (2, −1; −1, 1): the column best-responds with a pure move except
    // where the row plays top with exactly 2/5, so its response never settles.
    let pennies = LogitResponse.fixedPoint(a: [[2, -1], [-1, 1]], b: [[-2, 1], [1, -1]], players: [.logit(2), .best])
    #expect(!pennies.converged && pennies.iterations == 20_000)
    // The averaged play ends near the row's 2/5 that keeps the column indifferent.
    #expect(abs(pennies.x[0] - 0.4) < 0.05)
  }
}
