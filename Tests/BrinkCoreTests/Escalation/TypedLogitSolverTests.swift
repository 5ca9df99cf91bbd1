#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

@testable import BrinkCore

/// `TypedLogitSolver` (McKelvey and Palfrey 1998's logit agent QRE) on a one-round
/// game with two types, worked by hand, and its refusals.
@Suite struct TypedLogitSolverTests {
  /// One simultaneous round: Row (player 0) is type A (prior 1/3) or B (2/3), only it
  /// knows; Column (player 1) has one type. Payoffs (Row, Column) by Row's type:
  ///
  ///     A:      L       R          B:      L       R
  ///     T    (3, 2)  (0, 0)        T    (0, −1)  (2, 1)
  ///     B    (0, 0)  (1, 1)        B    (1, 0)   (0, 2)
  static func oneRound(lambda: Double) -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    let payoffs: [[[[Rational]]]] = [
      [[[3, 2], [0, 0]], [[0, 0], [1, 1]]],
      [[[0, -1], [2, 1]], [[1, 0], [0, 2]]],
    ]
    func o(_ u: [Rational]) -> JointOutcome { JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(1)) }
    let stage = EscalationState(name: "stage", moves: [[move("T"), move("B")], [move("L"), move("R")]],
                                outcomes: (0..<2).map { i in (0..<2).map { j in o(payoffs[0][i][j]) } })
    var s = EscalationScenario(title: "one round, two types", players: ["Row", "Column"],
                               states: [stage, .terminal("done")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 1),
                               behaviours: [PlayerBehaviour(model: .logit(lambda: lambda)), PlayerBehaviour(model: .logit(lambda: lambda))])
    func overrides(_ type: Int) -> [PayoffOverride] {
      (0..<2).flatMap { i in
        (0..<2).map { j in PayoffOverride(state: 0, rowMove: i, columnMove: j, payoffs: payoffs[type][i][j].map { PayoffExpression($0) }) }
      }
    }
    s.types = [[PlayerType(name: "A", prior: Rational(1, 3), payoffs: overrides(0)),
                PlayerType(name: "B", prior: Rational(2, 3), payoffs: overrides(1))], []]
    return s
  }

  /// The fixed-point equations at λ, with y = P(L) and x_θ = P(T | θ), ℓ(z) = 1/(1 + e^(−z)):
  ///
  ///     x_A = ℓ(λ·(3y − (1 − y)))            = ℓ(λ·(4y − 1))
  ///     x_B = ℓ(λ·(2(1 − y) − y))            = ℓ(λ·(2 − 3y))
  ///     y   = ℓ(λ·(⅓·(2x_A − (1 − x_A)) + ⅔·(−2x_B − 2(1 − x_B))))
  ///         = ℓ(λ·(⅓·(3x_A − 1) − 4/3))
  ///
  /// Substituting the first two into the third leaves one equation in y whose right
  /// side falls as y rises, so its root is unique and bisection finds it. At λ = 1:
  /// y = 0.234699544245019, x_A = 0.484704318319583, x_B = 0.785144381769741.
  static func byHand(lambda: Double) -> (y: Double, xA: Double, xB: Double) {
    func l(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
    func xs(_ y: Double) -> (Double, Double) { (l(lambda * (4 * y - 1)), l(lambda * (2 - 3 * y))) }
    var lo = 0.0, hi = 1.0
    for _ in 0..<200 {
      let y = (lo + hi) / 2
      let (xA, _) = xs(y)
      if l(lambda * ((3 * xA - 1) / 3 - 4.0 / 3)) > y { lo = y } else { hi = y }
    }
    let y = (lo + hi) / 2
    let (xA, xB) = xs(y)
    return (y, xA, xB)
  }

  @Test("one round, two types, λ = 1: the strategies solve the hand-written fixed-point equations to 1e-9")
  func oneRoundByHand() throws {
    let sol = try TypedLogitSolver.solve(Self.oneRound(lambda: 1))
    let root = sol.histories[sol.roots[0]]
    let hand = Self.byHand(lambda: 1)
    #expect(abs(hand.y - 0.234699544245019) < 1e-12)
    #expect(abs(hand.xA - 0.484704318319583) < 1e-12)
    #expect(abs(hand.xB - 0.785144381769741) < 1e-12)
    #expect(abs(root.strategies[0][0][0] - hand.xA) < 1e-9)
    #expect(abs(root.strategies[0][1][0] - hand.xB) < 1e-9)
    #expect(abs(root.strategies[1][0][0] - hand.y) < 1e-9)
    #expect(sol.residual < 1e-12)
    // In one round the beliefs are the prior.
    #expect(abs(root.beliefs[0][0] - 1.0 / 3) < 1e-15)
  }

  @Test("the hand-worked equations hold at λ = 0.5, 2 and 4 too")
  func oneRoundOtherLambdas() throws {
    for lambda in [0.5, 2, 4] {
      let root = try { let s = try TypedLogitSolver.solve(Self.oneRound(lambda: lambda)); return s.histories[s.roots[0]] }()
      let hand = Self.byHand(lambda: lambda)
      #expect(abs(root.strategies[0][0][0] - hand.xA) < 1e-9, "λ = \(lambda)")
      #expect(abs(root.strategies[0][1][0] - hand.xB) < 1e-9, "λ = \(lambda)")
      #expect(abs(root.strategies[1][0][0] - hand.y) < 1e-9, "λ = \(lambda)")
    }
  }

  @Test("λ = 0: every move of every type-agent is uniform, after one step")
  func uniformAtZero() throws {
    let sol = try TypedLogitSolver.solve(Self.oneRound(lambda: 0))
    for h in sol.histories { for p in h.strategies { for mix in p { for x in mix { #expect(x == 0.5) } } } }
    #expect(sol.residual == 0)
  }

  @Test("a player on 'equilibrium' or trembling is refused by name")
  func refusals() throws {
    var s = Self.oneRound(lambda: 1)
    s.behaviours[1] = PlayerBehaviour(model: .equilibrium(selection: .mixed))
    s.behaviours[0].tremble = Rational(1, 10)
    #expect(throws: TypedSolveError.self) { try TypedLogitSolver.solve(s) }
    do {
      _ = try TypedLogitSolver.solve(s)
    } catch let e as TypedSolveError {
      #expect("\(e)".contains("'Column' does not use 'logit'"))
      #expect("\(e)".contains("'Row' trembles"))
    }
    #expect(!TypedLogitSolver.applies(to: s))
    #expect(TypedLogitSolver.applies(to: Self.oneRound(lambda: 1)))
  }

  @Test("an unknown limit below the game's size is an error, not a silent answer")
  func limit() throws {
    #expect(throws: TypedLogitError.tooLarge(unknowns: 6, limit: 5)) {
      try TypedLogitSolver.solve(Self.oneRound(lambda: 1), unknownLimit: 5)
    }
  }
}
