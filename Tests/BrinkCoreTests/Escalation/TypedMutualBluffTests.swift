import Testing

@testable import BrinkCore

/// A *mutual* bluff (`TypedStageSearch.mutualBluffs`, step 5): both sides typed and
/// uncertain, a type on each side mixing in a simultaneous round, and in the next
/// round one type of each side answering with a mixture at the posterior the other
/// side's mixing makes (the semi-separating equilibria of Gibbons 1992, §4.2–4.4, on
/// both sides at once; Fearon 1997 for threats that may be bluffs). Worked by hand,
/// checked on the game tree by `ExtensiveGame.isPerfectBayesian` (no code shared with
/// the solver) and by Monte Carlo by type.
@Suite struct TypedMutualBluffTests {
  /// Round 1 ("threat"), simultaneous: A and B each threaten or back down. Two threats
  /// pay (0, 0) and lead to round 2; a threat against a back-down pays the threatener
  /// 1 and the other −1; two back-downs pay (0, 0). Round 2 ("standoff"): each fights
  /// or yields, then the game ends. Weak against weak (the scenario's table, [A, B]):
  /// (F, F) (−1, −1), (F, Y) (1, −2), (Y, F) (−2, 1), (Y, Y) (0, 0). A tough side's
  /// table gives its own payoffs and, by the override rule (a side's payoff comes from
  /// its own type's entry, else the other's), what a weak opponent gets against it:
  /// tough A (F, F) (0, −3), (F, Y) (3, −2), (Y, F) (−3, 1), (Y, Y) (0, 0);
  /// tough B (F, F) (−4, 1), (F, Y) (1, −3), (Y, F) (−2, 3), (Y, Y) (0, 0).
  /// Priors: A tough 1/3, B tough 1/4. δ = 1.
  static func mutual(priors: [Rational] = [Rational(1, 3), Rational(1, 4)]) -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ u: [Rational], _ next: Int) -> JointOutcome {
      JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(next))
    }
    let threat = EscalationState(name: "threat", moves: [[move("threaten"), move("back down")],
                                                         [move("threaten"), move("back down")]],
                                 outcomes: [[o([0, 0], 1), o([1, -1], 2)], [o([-1, 1], 3), o([0, 0], 4)]])
    let standoff = EscalationState(name: "standoff", moves: [[move("fight"), move("yield")], [move("fight"), move("yield")]],
                                   outcomes: [[o([-1, -1], 5), o([1, -2], 6)], [o([-2, 1], 7), o([0, 0], 8)]])
    var s = EscalationScenario(title: "two threats, each maybe a bluff", players: ["A", "B"],
                               states: [threat, standoff, .terminal("a-won"), .terminal("b-won"), .terminal("both-backed"),
                                        .terminal("fought"), .terminal("b-yielded"), .terminal("a-yielded"),
                                        .terminal("both-yielded")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 2),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                                            PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))])
    func table(_ cells: [[Rational]]) -> [PayoffOverride] {
      (0..<4).map { c in
        PayoffOverride(state: 1, rowMove: c / 2, columnMove: c % 2,
                       payoffs: [PayoffExpression(cells[c][0]), PayoffExpression(cells[c][1])])
      }
    }
    s.types = [[PlayerType(name: "tough", prior: priors[0], payoffs: table([[0, -3], [3, -2], [-3, 1], [0, 0]])),
                PlayerType(name: "weak", prior: 1 - priors[0])],
               [PlayerType(name: "tough", prior: priors[1], payoffs: table([[-4, 1], [1, -3], [-2, 3], [0, 0]])),
                PlayerType(name: "weak", prior: 1 - priors[1])]]
    return s
  }

  // Worked by hand. b_A, b_B: the chances of tough A, tough B at the standoff; w_A,
  // w_B: the weak types' chances of fighting there.
  // Standoff. Tough A fights whatever B does (0 > −3, 3 > 0), as does tough B
  // (1 > −3, 3 > 0). Weak A gains from fighting over yielding: against tough B (who
  // fights) −4 − (−2) = −2; against weak B −1 − (−2) = 1 if it fights, 1 − 0 = 1 if
  // it yields, so 1 whatever w_B: weak A's gain is 1 − 3·b_B, zero at b_B = 1/3.
  // Weak B likewise: against tough A −3 − (−2) = −1, against weak A 1: 1 − 2·b_A,
  // zero at b_A = 1/2.
  // Threat. Pooling on threaten leaves the priors, where both weak types fight; weak
  // A's threat then pays 1/4·(−4) + 3/4·(−1) = −7/4 < −1 (backing down against two
  // threatening B types), so pooling fails; brink's steps 1–4 find no equilibrium
  // (the run below would stop otherwise). So the weak types mix, and the standoff is
  // reached at b_A = 1/2, b_B = 1/3:
  // - x_A (weak A threatens): (1/3)/(1/3 + 2/3·x_A) = 1/2, x_A = 1/2; x_B:
  //   (1/4)/(1/4 + 3/4·x_B) = 1/3, x_B = 2/3.
  // - weak A's standoff against tough B pays −2 − 2w_A, against weak B w_A − 2w_B; its
  //   threat pays 1/4·(−2 − 2w_A) + 3/4·2/3·(w_A − 2w_B) + 3/4·1/3·1 = −1/4 − w_B, its
  //   back-down 1/4·(−1) + 3/4·2/3·(−1) = −3/4, so w_B = 1/2 (w_A cancels: weak A is
  //   indifferent at the standoff).
  // - weak B's standoff against tough A pays −2 − w_B, against weak A w_B − 2w_A; its
  //   threat 1/3·(−2 − w_B) + 2/3·1/2·(w_B − 2w_A) + 2/3·1/2·1 = −1/3 − 2/3·w_A, its
  //   back-down 1/3·(−1) + 2/3·1/2·(−1) = −2/3, so w_A = 1/2.
  // - the tough types threaten: tough A's threat 1/4·0 + 3/4·(2/3·3/2 + 1/3·1) = 1
  //   against −3/4; tough B's 1/3·1 + 2/3·(1/2·2 + 1/2·1) = 4/3 against −2/3.
  // Values: A tough 1, weak −3/4; B tough 4/3, weak −2/3.
  @Test("mutual bluff: weak A threatens with 1/2, weak B with 2/3; posteriors 1/2 and 1/3; each weak type fights with 1/2; on the tree")
  func mutualBluffByHand() throws {
    let sol = try TypedSolver.solve(Self.mutual())
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.map(\.shape) == [.semiSeparating])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[1, 0], [Rational(1, 2), Rational(1, 2)]])
    #expect(e.strategies[1] == [[1, 0], [Rational(2, 3), Rational(1, 3)]])
    let after = sol.posteriors(at: rootID, moves: [0, 0])
    #expect(after[0] == [Rational(1, 2), Rational(1, 2)])
    #expect(after[1] == [Rational(1, 3), Rational(2, 3)])
    #expect(sol.posteriors(at: rootID, moves: [1, 1]) == [[0, 1], [0, 1]])
    let standoff = sol.nodes[e.children[0][0][0]]
    #expect(standoff.reason == "the answers that keep both bluffing types indifferent (a mutual bluff the round before)")
    #expect(standoff.played?.strategies[0] == [[1, 0], [Rational(1, 2), Rational(1, 2)]])
    #expect(standoff.played?.strategies[1] == [[1, 0], [Rational(1, 2), Rational(1, 2)]])
    // values[θA][θB] = [A, B]; each type's value over the other's prior.
    let v = root.values
    #expect(Rational(1, 4) * v[0][0][0] + Rational(3, 4) * v[0][1][0] == 1)
    #expect(Rational(1, 4) * v[1][0][0] + Rational(3, 4) * v[1][1][0] == Rational(-3, 4))
    #expect(Rational(1, 3) * v[0][0][1] + Rational(2, 3) * v[1][0][1] == Rational(4, 3))
    #expect(Rational(1, 3) * v[0][1][1] + Rational(2, 3) * v[1][1][1] == Rational(-2, 3))
    // Ends by type profile (states: threat, standoff, a-won, b-won, both-backed,
    // fought, b-yielded, a-yielded, both-yielded): tough-tough fight; tough A against
    // weak B: B backs down 1/3, fights or yields 1/3 each; weak A against tough B: A
    // backs down 1/2, fights or yields 1/4 each; weak against weak: both threaten 1/3
    // (then each of the four standoff ends 1/12), A alone 1/6, B alone 1/3, neither 1/6.
    let ends = sol.endStatesByType()
    #expect(ends[0][0] == [0, 0, 0, 0, 0, 1, 0, 0, 0])
    #expect(ends[0][1] == [0, 0, Rational(1, 3), 0, 0, Rational(1, 3), Rational(1, 3), 0, 0])
    #expect(ends[1][0] == [0, 0, 0, Rational(1, 2), 0, Rational(1, 4), 0, Rational(1, 4), 0])
    #expect(ends[1][1] == [0, 0, Rational(1, 6), Rational(1, 3), Rational(1, 6),
                           Rational(1, 12), Rational(1, 12), Rational(1, 12), Rational(1, 12)])
    try TypedSolverTests.checkOnTree(sol)
  }

  // Outside the range where the construction works (w_B = (1 − 2μB)/(4μB) needs
  // μB ≥ 1/6; with μB = 1/8 it would be 3/2) the step finds nothing of this shape;
  // whatever brink reports instead must still be a PBE on the tree, or the solve stops.
  @Test("priors outside the construction's range: whatever is reported is a PBE on the tree")
  func outsideRange() throws {
    do {
      let sol = try TypedSolver.solve(Self.mutual(priors: [Rational(1, 3), Rational(1, 8)]))
      try TypedSolverTests.checkOnTree(sol)
    } catch let error as TypedSolveError {
      guard case .noEquilibrium = error else { throw error }
    }
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact ends (20,000 paths, seed 11)")
  func monteCarloByType() throws {
    let sol = try TypedSolver.solve(Self.mutual())
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 11)
    #expect(sim.completed == 20_000)
    EndsByTypeAgreement.expect(exact: sol.endStatesByType().map { $0.map { $0.map(\.doubleValue) } }, ends: sim.ends, paths: sim.paths)
  }

  @Test("the exact square root of a rational: squares only")
  func rationalSquareRoot() {
    #expect(Rational(9, 4).rationalSquareRoot() == Rational(3, 2))
    #expect(Rational(0).rationalSquareRoot() == 0)
    #expect(Rational(2).rationalSquareRoot() == nil)
    #expect(Rational(9, 8).rationalSquareRoot() == nil)
    #expect(Rational(-4).rationalSquareRoot() == nil)
  }

  // Corners [F₀, F₁] at (r₀, r₁) = (0,0), (0,1), (1,0), (1,1). F₀ = r₁ − 1/2 and
  // F₁ = 2·r₀ − 1: the root (1/2, 1/2). F₀ = r₀ − r₁ and F₁ = 2·r₀·r₁ − 1: r₀ = r₁
  // and r₀² = 1/2, irrational, so nothing is returned.
  @Test("the bilinear system of the answers: a rational root found, an irrational one dropped")
  func bilinearRoot() {
    let half = Rational(1, 2)
    #expect(TypedStageSearch.bilinearRoot([[-half, -1], [half, -1], [-half, 1], [half, 1]]) == [half, half])
    #expect(TypedStageSearch.bilinearRoot([[0, -1], [-1, -1], [1, -1], [0, 1]]) == nil)
  }
}
