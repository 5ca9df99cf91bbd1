import Testing
@testable import BrinkCore

@Suite struct ExactSimplexTests {
  typealias C = LinearProgram.Constraint

  @Test func chvatalIntroductoryExample() throws {
    // Chvátal, Linear Programming (1983), ch. 2: optimum 13 at x = (2, 0, 1).
    let p = LinearProgram(maximize: q([5, 4, 3]), subjectTo: [
      C(q([2, 3, 1]), .lessOrEqual, 5),
      C(q([4, 1, 2]), .lessOrEqual, 11),
      C(q([3, 4, 2]), .lessOrEqual, 8),
    ])
    let s = try #require(ExactSimplex.solve(p).solution)
    #expect(s.value == 13)
    #expect(s.x == q([2, 0, 1]))
    #expect(certifies(p, s))
  }

  @Test func blandsRuleTerminatesOnChvatalsCyclingExample() throws {
    // Chvátal (1983), ch. 3: the largest-coefficient rule cycles on this degenerate
    // program; Bland's rule reaches the optimum 1 at x = (1, 0, 1, 0).
    let p = LinearProgram(maximize: q([10, -57, -9, -24]), subjectTo: [
      C([Rational(1, 2), Rational(-11, 2), Rational(-5, 2), 9], .lessOrEqual, 0),
      C([Rational(1, 2), Rational(-3, 2), Rational(-1, 2), 1], .lessOrEqual, 0),
      C(q([1, 0, 0, 0]), .lessOrEqual, 1),
    ])
    for rule in [ExactSimplex.PivotRule.bland, .dantzig] {
      let s = try #require(ExactSimplex.solve(p, rule: rule).solution)
      #expect(s.value == 1)
      #expect(s.x == q([1, 0, 1, 0]))
      #expect(certifies(p, s))
    }
  }

  @Test func equalitiesGreaterRowsNegativeRightHandSidesAndFreeVariables() throws {
    // minimise x + y s.t. x + y ≥ 2, x − y = 0  →  −2 at (1, 1).
    let p1 = LinearProgram(maximize: q([-1, -1]), subjectTo: [C(q([1, 1]), .greaterOrEqual, 2), C(q([1, -1]), .equal, 0)])
    let s1 = try #require(ExactSimplex.solve(p1).solution)
    #expect(s1.value == -2 && s1.x == q([1, 1]) && certifies(p1, s1))
    // A free variable pushed negative: max v s.t. v ≤ −3.
    let p2 = LinearProgram(maximize: q([1]), subjectTo: [C(q([1]), .lessOrEqual, -3)], freeVariables: [0])
    let s2 = try #require(ExactSimplex.solve(p2).solution)
    #expect(s2.value == -3 && s2.x == q([-3]) && certifies(p2, s2))
    // −x ≥ −4 (negative right-hand side), max x → 4.
    let p3 = LinearProgram(maximize: q([1]), subjectTo: [C(q([-1]), .greaterOrEqual, -4)])
    let s3 = try #require(ExactSimplex.solve(p3).solution)
    #expect(s3.value == 4 && certifies(p3, s3))
  }

  @Test func redundantEqualityRowsAreHarmless() throws {
    let p = LinearProgram(maximize: q([1, 0]), subjectTo: [C(q([1, 1]), .equal, 1), C(q([2, 2]), .equal, 2)])
    let s = try #require(ExactSimplex.solve(p).solution)
    #expect(s.value == 1 && s.x == q([1, 0]) && certifies(p, s))
  }

  @Test func infeasibleAndUnboundedAreReportedNotCrashed() {
    let infeasible = LinearProgram(maximize: q([1]), subjectTo: [C(q([1]), .lessOrEqual, 1), C(q([1]), .greaterOrEqual, 2)])
    #expect(ExactSimplex.solve(infeasible) == .infeasible)
    let contradictory = LinearProgram(maximize: q([0, 0]), subjectTo: [C(q([1, 1]), .equal, 1), C(q([1, 1]), .equal, 2)])
    #expect(ExactSimplex.solve(contradictory) == .infeasible)
    let unbounded = LinearProgram(maximize: q([1, 0]), subjectTo: [C(q([1, -1]), .lessOrEqual, 1)])
    #expect(ExactSimplex.solve(unbounded) == .unbounded)
    let freeUnbounded = LinearProgram(maximize: q([-1]), subjectTo: [], freeVariables: [0])
    #expect(ExactSimplex.solve(freeUnbounded) == .unbounded)
    let empty = LinearProgram(maximize: [], subjectTo: [])
    #expect(ExactSimplex.solve(empty).solution?.value == 0)
  }

  @Test func randomProgramsAreCertifiedByTheirDuals() {
    var g = SplitMix64(seed: 20261129)
    var optimal = 0, infeasible = 0
    for _ in 0..<300 {
      let n = Int.random(in: 1...5, using: &g), m = Int.random(in: 1...5, using: &g)
      var rows = (0..<m).map { _ -> C in
        let rel: LinearProgram.Relation = [.lessOrEqual, .equal, .greaterOrEqual][Int.random(in: 0...2, using: &g)]
        return C((0..<n).map { _ in Rational(Int.random(in: -4...4, using: &g)) }, rel, Rational(Int.random(in: -6...6, using: &g)))
      }
      // A box keeps the program bounded, so the only outcomes are optimal or infeasible.
      for j in 0..<n { rows.append(C((0..<n).map { $0 == j ? .one : .zero }, .lessOrEqual, 10)) }
      for j in 0..<n { rows.append(C((0..<n).map { $0 == j ? .one : .zero }, .greaterOrEqual, -10)) }
      let free = Set((0..<n).filter { _ in Bool.random(using: &g) })
      let p = LinearProgram(maximize: (0..<n).map { _ in Rational(Int.random(in: -5...5, using: &g)) }, subjectTo: rows, freeVariables: free)
      let bland = ExactSimplex.solve(p, rule: .bland)
      // The rational reference tableau must agree exactly (same pivots, same vertex).
      #expect(ExactSimplex.solve(p, arithmetic: .rational) == ExactSimplex.solve(p))
      switch ExactSimplex.solve(p) {
      case .optimal(let s):
        optimal += 1
        #expect(certifies(p, s))
        #expect(bland.solution?.value == s.value)  // both pivot rules reach the same optimum
      case .infeasible: infeasible += 1; #expect(bland == .infeasible)
      case .unbounded: Issue.record("a boxed program cannot be unbounded")
      }
    }
    #expect(optimal > 50 && infeasible > 10)
  }

  @Test func infeasibilityClaimsAgreeWithAFeasiblePointWhenOneIsPlanted() {
    // Plant a feasible integer point: every program built around it must be solved.
    var g = SplitMix64(seed: 7)
    for _ in 0..<200 {
      let n = Int.random(in: 1...4, using: &g), m = Int.random(in: 1...5, using: &g)
      let point = (0..<n).map { _ in Rational(Int.random(in: 0...3, using: &g)) }
      let rows = (0..<m).map { _ -> C in
        let a = (0..<n).map { _ in Rational(Int.random(in: -3...3, using: &g)) }
        let lhs = zip(a, point).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
        switch Int.random(in: 0...2, using: &g) {
        case 0: return C(a, .lessOrEqual, lhs + Rational(Int.random(in: 0...2, using: &g)))
        case 1: return C(a, .equal, lhs)
        default: return C(a, .greaterOrEqual, lhs - Rational(Int.random(in: 0...2, using: &g)))
        }
      }
      let box = (0..<n).map { j in C((0..<n).map { $0 == j ? .one : .zero }, .lessOrEqual, 5) }
      let p = LinearProgram(maximize: (0..<n).map { _ in Rational(Int.random(in: -3...3, using: &g)) }, subjectTo: rows + box)
      let s = ExactSimplex.solve(p).solution
      #expect(s != nil)
      if let s { #expect(certifies(p, s)) }
    }
  }

  @Test func fractionFreePivotingFallsBackToBigIntegers() throws {
    // Entries near Int64's limit force the BigInt retry; the answer must still be exact.
    let big = Rational(Int(Int64.max / 3))
    let p = LinearProgram(maximize: [big, Rational(1, 7)], subjectTo: [
      C([big, big], .lessOrEqual, big * 2),
      C([Rational(1, 3), 1], .lessOrEqual, Rational(5, 2)),
    ])
    let s = try #require(ExactSimplex.solve(p).solution)
    #expect(certifies(p, s))
    #expect(ExactSimplex.solve(p, arithmetic: .rational) == .optimal(s))
  }

  @Test func fractionalCoefficientsAreScaledExactly() throws {
    // max x/2 + y/3 s.t. x/4 + y/6 ≤ 1/12, x ≤ 1/5 → value 1/6 (every point on the line).
    let p = LinearProgram(maximize: [Rational(1, 2), Rational(1, 3)], subjectTo: [
      C([Rational(1, 4), Rational(1, 6)], .lessOrEqual, Rational(1, 12)),
      C([1, 0], .lessOrEqual, Rational(1, 5)),
    ])
    let s = try #require(ExactSimplex.solve(p).solution)
    #expect(s.value == Rational(1, 6) && certifies(p, s))
  }
}
