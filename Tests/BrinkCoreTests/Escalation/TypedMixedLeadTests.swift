import Testing

@testable import BrinkCore

/// Mixed leads of a typed leader in a sequential stage (`TypedStageSearch.mixedLeads`):
/// the bluff of `bluff-ladder.yaml` within one round, with a resolved Defender that
/// is pressed harder after quiet so that no equilibrium with pure leads exists; worked
/// by hand, checked on the tree by `ExtensiveGame.isPerfectBayesian` and by Monte Carlo.
@Suite struct TypedMixedLeadTests {
  /// One sequential round: the Defender, resolved (prior 1/4) or irresolute, threatens
  /// or stays quiet; the Challenger sees it and presses or backs off. Backing off pays
  /// (2, 0). Pressed, an irresolute Defender pays (−2, 1) after a threat and (0, 1)
  /// after quiet; a resolved one (1, −2) after a threat and (1/2, −2) after quiet.
  static func bluff() -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ u: [Rational], _ next: Int) -> JointOutcome {
      JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(next))
    }
    let crisis = EscalationState(name: "crisis", moves: [[move("threaten"), move("quiet")], [move("press"), move("back-off")]],
                                 timing: .sequential(firstMover: 0),
                                 outcomes: [[o([-2, 1], 1), o([2, 0], 2)], [o([0, 1], 1), o([2, 0], 2)]])
    var s = EscalationScenario(title: "a bluff within one round", players: ["Defender", "Challenger"],
                               states: [crisis, .terminal("pressed"), .terminal("backed-off")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 2),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                                            PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))])
    let resolved = [PayoffOverride(state: 0, rowMove: 0, columnMove: 0, payoffs: [PayoffExpression(1), PayoffExpression(-2)]),
                    PayoffOverride(state: 0, rowMove: 1, columnMove: 0, payoffs: [PayoffExpression(Rational(1, 2)), PayoffExpression(-2)])]
    s.types = [[PlayerType(name: "resolved", prior: Rational(1, 4), payoffs: resolved),
                PlayerType(name: "irresolute", prior: Rational(3, 4))], []]
    return s
  }

  // Worked by hand. No pure leads: pooling on quiet (pressed, 1/4·(−2) + 3/4 > 0)
  // loses the resolved type (a threat, pressed, pays it 1 > 1/2); separating lets the
  // irresolute type imitate the threat that is not pressed (2 > 0); pooling on the
  // threat is pressed (−2 < 0 for the irresolute type, quiet pays it 0); the reverse
  // separation gives the irresolute type −2 < 2. So the irresolute type bluffs:
  // - b*: pressing after a threat pays −2·b + (1 − b) = 0 at b* = 1/3 (resolved);
  // - it threatens with q: (1/4)/(1/4 + 3/4·q) = 1/3, q = 2/3;
  // - a threat is pressed with r: −2r + 2(1 − r) = 0, the value of quiet (pressed,
  //   the belief after quiet being irresolute 1), so r = 1/2;
  // - the resolved type threatens: 1/2·1 + 1/2·2 = 3/2 > 1/2.
  // Values: Defender resolved 3/2, irresolute 0; Challenger against resolved −1,
  // against irresolute 2/3·1/2 + 1/3·1 = 2/3. Pressed: resolved 1/2, irresolute 2/3.
  @Test("a mixed lead: the irresolute type threatens with 2/3, posterior 1/3, a threat pressed with 1/2; on the tree")
  func mixedLeadByHand() throws {
    let sol = try TypedSolver.solve(Self.bluff())
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.map(\.shape) == [.semiSeparating])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[1, 0], [Rational(2, 3), Rational(1, 3)]])
    #expect(e.replies == [[[Rational(1, 2), Rational(1, 2)], [1, 0]]])
    #expect(sol.posteriors(at: rootID, moves: [0, 0])[0] == [Rational(1, 3), Rational(2, 3)])
    #expect(sol.posteriors(at: rootID, moves: [1, 0])[0] == [0, 1])
    #expect(root.values[0][0] == [Rational(3, 2), -1])
    #expect(root.values[1][0] == [0, Rational(2, 3)])
    let ends = sol.endStatesByType()
    #expect(ends[0][0] == [0, Rational(1, 2), Rational(1, 2)])
    #expect(ends[1][0] == [0, Rational(2, 3), Rational(1, 3)])
    try TypedSolverTests.checkOnTree(sol)
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact ends (20,000 paths, seed 13)")
  func monteCarloByType() throws {
    let sol = try TypedSolver.solve(Self.bluff())
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 13)
    EndsByTypeAgreement.expect(exact: sol.endStatesByType().map { $0.map { $0.map(\.doubleValue) } }, ends: sim.ends, paths: sim.paths)
  }
}
