import Testing

@testable import BrinkCore

/// Mixed answers of a typed follower in a sequential stage
/// (`TypedStageSearch.mixedAnswers`): a two-round bargaining game whose only perfect
/// Bayesian equilibrium has the follower mixing (the semi-separating equilibria of
/// Gibbons 1992, §4.2–4.4), worked by hand, checked on the game tree by
/// `ExtensiveGame.isPerfectBayesian` (no code shared with the solver) and by Monte
/// Carlo by type.
@Suite struct TypedMixedReplyTests {
  /// Round 1, sequential: the Proposer (no types) offers high or low; the Responder,
  /// strong (prior 1/5) or weak, accepts or refuses. Accepted, high pays (1/2, 3) and
  /// low (2, 1); a refusal pays (0, 0) and leads to round 2, a standoff in which the
  /// Proposer presses or yields (the Responder waits): pressed, a strong Responder
  /// holds out (−2, 3/2) and a weak one gives way (1, −2); yielding pays (0, 2).
  /// δ = 1.
  static func bargaining(trembles: [Rational] = [.zero, .zero]) -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ u: [Rational], _ next: Int) -> JointOutcome {
      JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(next))
    }
    let offer = EscalationState(name: "offer", moves: [[move("high"), move("low")], [move("accept"), move("refuse")]],
                                timing: .sequential(firstMover: 0),
                                outcomes: [[o([Rational(1, 2), 3], 1), o([0, 0], 2)], [o([2, 1], 1), o([0, 0], 2)]])
    let standoff = EscalationState(name: "standoff", moves: [[move("press"), move("yield")], [move("wait")]],
                                   outcomes: [[o([1, -2], 3)], [o([0, 2], 4)]])
    var s = EscalationScenario(title: "bargaining with a mixed answer", players: ["Proposer", "Responder"],
                               states: [offer, .terminal("settled"), standoff, .terminal("pressed"), .terminal("yielded")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 3),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                                            PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))])
    let strong = [PayoffOverride(state: 2, rowMove: 0, columnMove: 0, payoffs: [PayoffExpression(-2), PayoffExpression(Rational(3, 2))])]
    s.types = [[], [PlayerType(name: "strong", prior: Rational(1, 5), payoffs: strong),
                    PlayerType(name: "weak", prior: Rational(4, 5))]]
    for p in 0..<2 { s.behaviours[p].tremble = trembles[p] }
    return s
  }

  // Worked by hand. After high both accept (3 > 2, the most a refusal can bring).
  // After low a strong Responder refuses (pressed 3/2, yielded 2, both > 1). No pure
  // answer to low: both refusing leaves the belief at 1/5, the Proposer presses
  // (pressing pays 1/5·(−2) + 4/5·1 = 2/5 > 0) and the weak type (−2 < 1) would
  // accept; weak accepting reveals the strong type after a refusal, the Proposer
  // yields and the weak type (2 > 1) would refuse. So the weak type mixes:
  // - b*: pressing pays −2·b + 1·(1 − b) = 0 at b* = 1/3 (strong, after a refusal);
  // - weak refuses with q: (1/5)/(1/5 + 4/5·q) = 1/3, so q = 1/2;
  // - the Proposer presses with r: the weak type's refusal pays −2r + 2(1 − r) = 1,
  //   the value of accepting, so r = 1/4.
  // Values: strong 1/4·3/2 + 3/4·2 = 15/8, weak 1; the Proposer against strong
  // 1/4·(−2) = −1/2, against weak 1/2·2 + 1/2·1/4·1 = 9/8; ex ante 4/5 > 1/2, the
  // value of offering high, so it offers low.
  @Test("bargaining: after a low offer the weak type refuses with 1/2, posterior 1/3, pressed with 1/4; values by hand; on the tree")
  func mixedAnswerByHand() throws {
    let sol = try TypedSolver.solve(Self.bargaining())
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.map(\.shape) == [.semiSeparating])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[0, 1]])
    #expect(e.replies == [[[1, 0], [0, 1]], [[1, 0], [Rational(1, 2), Rational(1, 2)]]])
    #expect(sol.posteriors(at: rootID, moves: [1, 1])[1] == [Rational(1, 3), Rational(2, 3)])
    #expect(sol.posteriors(at: rootID, moves: [1, 0])[1] == [0, 1])
    let standoff = sol.nodes[e.children[1][1][0]]
    #expect(standoff.beliefs[1] == [Rational(1, 3), Rational(2, 3)])
    #expect(standoff.played?.strategies[0] == [[Rational(1, 4), Rational(3, 4)]])
    #expect(root.values[0][0] == [Rational(-1, 2), Rational(15, 8)])
    #expect(root.values[0][1] == [Rational(9, 8), 1])
    let ends = sol.endStatesByType()  // [θ₀][θ₁][state]
    #expect(ends[0][0] == [0, 0, 0, Rational(1, 4), Rational(3, 4)])
    #expect(ends[0][1] == [0, Rational(1, 2), 0, Rational(1, 8), Rational(3, 8)])
    try TypedSolverTests.checkOnTree(sol)
  }

  // With trembles (the Responder ε = 1/10, the Proposer 1/5) the same construction
  // holds on the trembled play; the candidate is accepted by the exact check only,
  // and the tree check is of the perturbed game's profile, so here the listed
  // numbers are the trembled posterior 1/3 and the indifferences.
  @Test("with trembles: the posterior after a refusal is 1/3 on the trembled play; both indifferences hold exactly")
  func mixedAnswerTrembled() throws {
    let sol = try TypedSolver.solve(Self.bargaining(trembles: [Rational(1, 5), Rational(1, 10)]))
    let rootID = sol.roots[0]
    let e = try #require(sol.nodes[rootID].played)
    #expect(e.shape == .semiSeparating)
    #expect(sol.posteriors(at: rootID, moves: [1, 1])[1] == [Rational(1, 3), Rational(2, 3)])
    // Strong plays refuse with 19/20; weak with P: (1/5·19/20)/(1/5·19/20 + 4/5·P) = 1/3,
    // P = 19/40, intended (19/40 − 1/20)/(9/10) = 17/36.
    #expect(e.replies?[1][1] == [Rational(19, 36), Rational(17, 36)])
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact ends (20,000 paths, seed 11)")
  func monteCarloByType() throws {
    let sol = try TypedSolver.solve(Self.bargaining())
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 11)
    #expect(sim.completed == 20_000)
    EndsByTypeAgreement.expect(exact: sol.endStatesByType().map { $0.map { $0.map(\.doubleValue) } }, ends: sim.ends, paths: sim.paths)
  }
}
