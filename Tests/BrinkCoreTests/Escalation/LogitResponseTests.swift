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

  /// The fixed point's in-place responses are `response(_:lambda:)` and `best(_:)`
  /// bit for bit (the iteration stopped allocating for speed; its answers must not
  /// move): values with ties, huge and tiny magnitudes, and a cycle that runs all
  /// 20,000 steps (a zero-sum game with a best-responding column player).
  @Test func inPlaceResponsesMatchTheAllocatingOnes() {
    var generator = SplitMix64(seed: 2026)  // seeded: a failure replays
    let pool: [Double] = [0, 1, -1, 2, 2, 1e300, -1e300, 1e-300, 0.1, 0.2, 0.30000000000000004, 1 / 3]
    for _ in 0..<2_000 {
      let k = Int.random(in: 1...5, using: &generator)
      let values = (0..<k).map { _ in Bool.random(using: &generator) ? pool.randomElement(using: &generator)! : Double.random(in: -50...50, using: &generator) }
      let lambda = [0, 0.5, 3, 1e6].randomElement(using: &generator)!
      var out = [Double](repeating: .nan, count: k)
      LogitResponse.respond(.logit(lambda), values, into: &out)
      #expect(out.map(\.bitPattern) == LogitResponse.response(values, lambda: lambda).map(\.bitPattern), "logit \(lambda) of \(values)")
      LogitResponse.respond(.best, values, into: &out)
      #expect(out.map(\.bitPattern) == LogitResponse.best(values).map(\.bitPattern), "best of \(values)")
    }
    // Zero-sum, row (2, −1; −1, 1): the column best-responds with a pure move except
    // where the row plays top with exactly 2/5, so its response never settles.
    let pennies = LogitResponse.fixedPoint(a: [[2, -1], [-1, 1]], b: [[-2, 1], [1, -1]], players: [.logit(2), .best])
    #expect(!pennies.converged && pennies.iterations == 20_000)
    // The averaged play ends near the row's 2/5 that keeps the column indifferent.
    #expect(abs(pennies.x[0] - 0.4) < 0.05)
  }
}
