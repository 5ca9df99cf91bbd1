import Testing

@testable import BrinkCore

/// A bluff whose next round is *contested* (`TypedStageSearch.contestedBluffs`): a
/// typed sender mixes in a simultaneous round, and in the next round both sides
/// still move, the receiver indifferent at the posterior b* that mixing makes and
/// itself mixing (the semi-separating equilibria of Gibbons 1992, §4.2–4.4, with a
/// simultaneous second stage; Fearon 1997 for the tied-hands threat). Worked by hand,
/// checked on the game tree by `ExtensiveGame.isPerfectBayesian` (no code shared with
/// the solver) and by Monte Carlo by type.
@Suite struct TypedContestedBluffTests {
  /// Round 1, simultaneous: the Sender, tough (prior 1/5) or weak, threatens or
  /// backs down; the Receiver waits. Backing down pays (−1/2, 1) and ends the game;
  /// a threat pays (0, 0) and leads to round 2, a standoff in which the Sender holds
  /// or caves and the Receiver resists or concedes, at once. The Receiver gets −2 for
  /// resisting a Sender who holds, 1 for resisting one who caves, 0 for conceding.
  /// The Sender, (resist, concede): tough holding (0, 2), caving (−3, −2); weak
  /// holding (−4, 0), caving (−1, 1). δ = 1.
  static func threat(trembles: [Rational] = [.zero, .zero]) -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ u: [Rational], _ next: Int) -> JointOutcome {
      JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(next))
    }
    let threat = EscalationState(name: "threat", moves: [[move("threaten"), move("back down")], [move("wait")]],
                                 outcomes: [[o([0, 0], 1)], [o([Rational(-1, 2), 1], 2)]])
    let standoff = EscalationState(name: "standoff", moves: [[move("hold"), move("cave")], [move("resist"), move("concede")]],
                                   outcomes: [[o([-4, -2], 3), o([0, 0], 4)], [o([-1, 1], 5), o([1, 0], 6)]])
    var s = EscalationScenario(title: "a threat whose standoff is contested", players: ["Sender", "Receiver"],
                               states: [threat, standoff, .terminal("backed-down"), .terminal("held-resisted"),
                                        .terminal("held-conceded"), .terminal("caved-resisted"), .terminal("caved-conceded")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 3),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                                            PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))])
    let tough = [PayoffOverride(state: 1, rowMove: 0, columnMove: 0, payoffs: [PayoffExpression(0), PayoffExpression(-2)]),
                 PayoffOverride(state: 1, rowMove: 0, columnMove: 1, payoffs: [PayoffExpression(2), PayoffExpression(0)]),
                 PayoffOverride(state: 1, rowMove: 1, columnMove: 0, payoffs: [PayoffExpression(-3), PayoffExpression(1)]),
                 PayoffOverride(state: 1, rowMove: 1, columnMove: 1, payoffs: [PayoffExpression(-2), PayoffExpression(0)])]
    s.types = [[PlayerType(name: "tough", prior: Rational(1, 5), payoffs: tough),
                PlayerType(name: "weak", prior: Rational(4, 5))], []]
    for p in 0..<2 { s.behaviours[p].tremble = trembles[p] }
    return s
  }

  // Worked by hand. In the standoff each type has a dominant move: tough holds
  // (0 > −3, 2 > −2), weak caves (−1 > −4, 1 > 0). So the Receiver, believing tough
  // with b, gains −2b + (1 − b) from resisting over conceding.
  // No pure type strategies: pooling on the threat leaves b = 1/5, resisting pays
  // 2/5 > 0, and weak (−1 < −1/2) would back down; weak backing down alone reveals
  // tough, the Receiver concedes and weak (1 > −1/2) would threaten; tough backing
  // down alone reveals weak and tough (0 > −1/2 when resisted) would threaten; both
  // backing down keeps b = 1/5 off the path, resisting, and tough (0 > −1/2) would
  // threaten. So weak mixes, and the standoff is answered at its posterior:
  // - b*: −2b + (1 − b) = 0 at b* = 1/3 (tough, after a threat);
  // - weak threatens with x: (1/5)/(1/5 + 4/5·x) = 1/3, so x = 1/2;
  // - the Receiver resists with r: weak's threat pays −r + (1 − r) = −1/2, the value
  //   of backing down, so r = 3/4; tough's pays 0·r + 2(1 − r) = 1/2 > −1/2.
  // Values: tough 1/2, weak −1/2; the Receiver against tough 3/4·(−2) = −3/2, against
  // weak 1/2·3/4·1 + 1/2·1 = 7/8.
  @Test("contested bluff: weak threatens with 1/2, posterior 1/3, resisted with 3/4 in the standoff; values by hand; on the tree")
  func contestedBluffByHand() throws {
    let sol = try TypedSolver.solve(Self.threat())
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.map(\.shape) == [.semiSeparating])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[1, 0], [Rational(1, 2), Rational(1, 2)]])
    #expect(e.strategies[1] == [[1]])
    #expect(sol.posteriors(at: rootID, moves: [0, 0])[0] == [Rational(1, 3), Rational(2, 3)])
    #expect(sol.posteriors(at: rootID, moves: [1, 0])[0] == [0, 1])
    let standoff = sol.nodes[e.children[0][0][0]]
    #expect(standoff.beliefs[0] == [Rational(1, 3), Rational(2, 3)])
    #expect(standoff.played?.strategies[0] == [[1, 0], [0, 1]])
    #expect(standoff.played?.strategies[1] == [[Rational(3, 4), Rational(1, 4)]])
    #expect(root.values[0][0] == [Rational(1, 2), Rational(-3, 2)])
    #expect(root.values[1][0] == [Rational(-1, 2), Rational(7, 8)])
    let ends = sol.endStatesByType()  // [θ₀][θ₁][state]
    #expect(ends[0][0] == [0, 0, 0, Rational(3, 4), Rational(1, 4), 0, 0])
    #expect(ends[1][0] == [0, 0, Rational(1, 2), 0, 0, Rational(3, 8), Rational(1, 8)])
    try TypedSolverTests.checkOnTree(sol)
  }

  // The standoff's `why` says its answer keeps the bluffing type indifferent: by
  // the hand work above, weak's standoff (caving, resisted with 3/4) pays
  // 3/4·(−1) + 1/4·1 = −1/2, which is what backing down pays, and tough's pays
  // 1/4·2 = 1/2.
  @Test("the standoff's why claims the bluffing type is kept indifferent, and weak's standoff pays −1/2, as backing down does")
  func contestedBluffReasonHolds() throws {
    let sol = try TypedSolver.solve(Self.threat())
    let e = try #require(sol.nodes[sol.roots[0]].played)
    let standoff = sol.nodes[e.children[0][0][0]]
    #expect(standoff.reason == "the answer that keeps the bluffing type indifferent (a contested bluff the round before)")
    #expect(standoff.values[1][0][0] == Rational(-1, 2))
    #expect(standoff.values[0][0][0] == Rational(1, 2))
  }

  // With trembles (the Sender ε = 1/10, the Receiver 1/5) the same construction on
  // the trembled play. In the standoff tough holds with 19/20 and weak with 1/20, so
  // D(tough) = 19/20·(−2) + 1/20·1 = −37/20, D(weak) = 1/20·(−2) + 19/20·1 = 17/20 and
  // b* = 17/54. Tough threatens with 19/20 (played), weak with P:
  // (1/5·19/20)/(1/5·19/20 + 4/5·P) = 17/54 gives P = 703/1360, intended
  // (P − 1/20)/(9/10) = 635/1224. The Receiver resists (played) with R: weak's
  // standoff is worth 19/20·(1 − 2R) + 1/20·(−4R) = −1/2 at R = 29/42, intended
  // (R − 1/10)/(4/5) = 31/42.
  @Test("with trembles: posterior 17/54 after a threat on the trembled play, weak intends 635/1224, resisted with 31/42")
  func contestedBluffTrembled() throws {
    let sol = try TypedSolver.solve(Self.threat(trembles: [Rational(1, 10), Rational(1, 5)]))
    let rootID = sol.roots[0]
    let e = try #require(sol.nodes[rootID].played)
    #expect(e.shape == .semiSeparating)
    #expect(e.strategies[0] == [[1, 0], [Rational(635, 1224), Rational(589, 1224)]])
    #expect(sol.posteriors(at: rootID, moves: [0, 0])[0] == [Rational(17, 54), Rational(37, 54)])
    let standoff = sol.nodes[e.children[0][0][0]]
    #expect(standoff.played?.strategies[1] == [[Rational(31, 42), Rational(11, 42)]])
    #expect(sol.nodes[rootID].values[1][0][0] == Rational(-1, 2))
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact ends (20,000 paths, seed 7)")
  func monteCarloByType() throws {
    let sol = try TypedSolver.solve(Self.threat())
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 7)
    #expect(sim.completed == 20_000)
    EndsByTypeAgreement.expect(exact: sol.endStatesByType().map { $0.map { $0.map(\.doubleValue) } }, ends: sim.ends, paths: sim.paths)
  }
}
