import Testing

@testable import BrinkCore

/// `TypedSolver` on sequential states: the leader's type-agents move, the follower
/// sees the lead, updates its belief by Bayes' rule within the round and answers
/// (backward induction within the round; Fudenberg and Tirole 1991, ch. 8). Worked by
/// hand on two small ladders, checked on the game tree by
/// `ExtensiveGame.isPerfectBayesian` (no code shared with the solver), and by Monte
/// Carlo.
@Suite struct TypedSequentialTests {
  /// The signalling ladder of `TypedTrembleTests` folded into ONE sequential round:
  /// the Sender (type a, prior 1/4, or b) sends m0 or m1, the Receiver sees it and
  /// presses (r0) or backs off (r1). Pressed, a fights (Sender 1, Receiver −2) and b
  /// gives way (0, 1); backing off pays (2, 0). m0 costs b 3, m1 costs a 1/2.
  static func signalling(trembles: [Rational]) -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ u: [Rational], _ next: Int) -> JointOutcome {
      JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(next))
    }
    let reply: [[[Rational]]] = [[[1, -2], [2, 0]], [[0, 1], [2, 0]]]  // [type][r]
    let send: [[Rational]] = [[0, Rational(-1, 2)], [-3, 0]]  // [type][m]
    func u(_ type: Int, _ m: Int, _ r: Int) -> [Rational] { [reply[type][r][0] + send[type][m], reply[type][r][1]] }
    let crisis = EscalationState(name: "crisis", moves: [[move("m0"), move("m1")], [move("r0"), move("r1")]],
                                 timing: .sequential(firstMover: 0),
                                 outcomes: (0..<2).map { m in (0..<2).map { r in o(u(1, m, r), 1 + r) } })
    var s = EscalationScenario(title: "sequential signalling", players: ["Sender", "Receiver"],
                               states: [crisis, .terminal("pressed"), .terminal("backed-off")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 2),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                                            PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))])
    func overrides(_ type: Int) -> [PayoffOverride] {
      (0..<2).flatMap { m in
        (0..<2).map { r in PayoffOverride(state: 0, rowMove: m, columnMove: r, payoffs: u(type, m, r).map { PayoffExpression($0) }) }
      }
    }
    s.types = [[PlayerType(name: "a", prior: Rational(1, 4), payoffs: overrides(0)),
                PlayerType(name: "b", prior: Rational(3, 4), payoffs: overrides(1))], []]
    for p in 0..<2 { s.behaviours[p].tremble = trembles[p] }
    return s
  }

  // Worked by hand, without trembles. Separating: a sends m0, b sends m1. After m0
  // the Receiver believes a with 1 (pressing: −2 < 0, so it backs off); after m1 a
  // with 0 (pressing: 1 > 0, it presses). a: m0 → 2, m1 → −1/2 + 1 = 1/2; b: m0 →
  // −3 + 2 = −1, m1 → 0. Pooling on m1 fails (after m0, off the path, the belief is
  // kept at 1/4, pressing pays −2/4 + 3/4 = 1/4 > 0, so m0 is pressed: a gets 1 >
  // 1/2); pooling on m0 fails for b (−3 < 0); the reverse separation fails for b.
  @Test("one sequential round, no trembles: the separating PBE, posteriors 1 and 0, the Receiver's answers, on the tree")
  func separatingByHand() throws {
    let sol = try TypedSolver.solve(Self.signalling(trembles: [.zero, .zero]))
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.map(\.shape) == [.separating])
    let e = try #require(root.played)
    #expect(e.leader == 0)
    #expect(e.strategies[0] == [[1, 0], [0, 1]])
    #expect(e.replies == [[[0, 1], [1, 0]]])  // after m0: back off; after m1: press
    #expect(sol.posteriors(at: rootID, moves: [0, 1]) == [[1, 0], [1]])
    #expect(sol.posteriors(at: rootID, moves: [1, 0]) == [[0, 1], [1]])
    #expect(root.values[0][0] == [2, 0])
    #expect(root.values[1][0] == [0, 1])
    try TypedSolverTests.checkOnTree(sol)
  }

  // Worked by hand, with trembles ε = 1/10 (Sender) and 1/5 (Receiver): the numbers
  // of `TypedTrembleTests.workedByHand`, now within one round. a plays m0 with 19/20,
  // b with 1/20. After m0: P(a) = (1/4 · 19/20) / (1/4 · 19/20 + 3/4 · 1/20) = 19/22;
  // after m1: (1/4 · 1/20) / (1/4 · 1/20 + 3/4 · 19/20) = 1/58. Pressing pays
  // 1 − 3·P(a): after m0 it backs off (played: press 1/10), after m1 it presses
  // (played: press 9/10). Values: a 19/20 · 19/10 + 1/20 · 3/5 = 367/200; b 1/20 ·
  // (−6/5) + 19/20 · 1/5 = 13/100; the Receiver against a: 19/20 · (1/10 · −2) +
  // 1/20 · (9/10 · −2) = −7/25, against b: 1/20 · 1/10 + 19/20 · 9/10 = 43/50.
  // Pressed: a 19/20 · 1/10 + 1/20 · 9/10 = 7/50; b 43/50.
  @Test("with trembles: posteriors 19/22 and 1/58 after each lead, answers trembled, values and ends by hand")
  func trembledByHand() throws {
    let sol = try TypedSolver.solve(Self.signalling(trembles: [Rational(1, 10), Rational(1, 5)]))
    let rootID = sol.roots[0]
    let e = try #require(sol.nodes[rootID].played)
    #expect(sol.nodes[rootID].equilibria.count == 1)
    #expect(e.playedStrategies[0] == [[Rational(19, 20), Rational(1, 20)], [Rational(1, 20), Rational(19, 20)]])
    #expect(e.playedReplies == [[[Rational(1, 10), Rational(9, 10)], [Rational(9, 10), Rational(1, 10)]]])
    #expect(sol.posteriors(at: rootID, moves: [0, 0])[0] == [Rational(19, 22), Rational(3, 22)])
    #expect(sol.posteriors(at: rootID, moves: [1, 1])[0] == [Rational(1, 58), Rational(57, 58)])
    #expect(sol.nodes[rootID].values[0][0] == [Rational(367, 200), Rational(-7, 25)])
    #expect(sol.nodes[rootID].values[1][0] == [Rational(13, 100), Rational(43, 50)])
    let ends = sol.endStatesByType()
    #expect(ends[0][0][1] == Rational(7, 50) && ends[1][0][1] == Rational(43, 50))
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact trembled ends (20,000 paths, seed 5)")
  func monteCarloByType() throws {
    let sol = try TypedSolver.solve(Self.signalling(trembles: [Rational(1, 10), Rational(1, 5)]))
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 5)
    #expect(sim.completed == 20_000)
    EndsByTypeAgreement.expect(exact: sol.endStatesByType().map { $0.map { $0.map(\.doubleValue) } }, ends: sim.ends, paths: sim.paths)
  }

  /// A typed *follower*: the Leader (no types) demands or concedes; the Follower,
  /// tough (prior 1/3) or soft, sees it and fights or yields. After a demand, fight
  /// pays (−1, 1) for tough and (−1, −2) for soft, yield (2, −1); after a concession,
  /// fight (0, −1) and yield (0, 1) for both.
  static func typedFollower() -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ u: [Rational]) -> JointOutcome { JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(1)) }
    let table: [[[[Rational]]]] = [  // [type][x][y]
      [[[-1, 1], [2, -1]], [[0, -1], [0, 1]]],
      [[[-1, -2], [2, -1]], [[0, -1], [0, 1]]],
    ]
    let crisis = EscalationState(name: "crisis", moves: [[move("demand"), move("concede")], [move("fight"), move("yield")]],
                                 timing: .sequential(firstMover: 0),
                                 outcomes: (0..<2).map { x in (0..<2).map { y in o(table[1][x][y]) } })
    var s = EscalationScenario(title: "typed follower", players: ["Leader", "Follower"],
                               states: [crisis, .terminal("over")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 2),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                                            PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))])
    func overrides(_ type: Int) -> [PayoffOverride] {
      (0..<2).flatMap { x in
        (0..<2).map { y in PayoffOverride(state: 0, rowMove: x, columnMove: y, payoffs: table[type][x][y].map { PayoffExpression($0) }) }
      }
    }
    s.types = [[], [PlayerType(name: "tough", prior: Rational(1, 3), payoffs: overrides(0)),
                    PlayerType(name: "soft", prior: Rational(2, 3), payoffs: overrides(1))]]
    return s
  }

  // Worked by hand: after a demand tough fights (1 > −1) and soft yields (−1 > −2);
  // after a concession both yield (1 > −1). The Leader: demand → 1/3 · (−1) + 2/3 · 2
  // = 1 > concede → 0, so it demands. The Follower's move then reveals its type:
  // after (demand, fight) the belief is tough 1, after (demand, yield) tough 0; after
  // (concede, yield) it stays 1/3 (both yield), and (concede, fight), off the path,
  // keeps 1/3.
  @Test("a typed follower answers each lead by type; its reply reveals it (posteriors 1, 0, 1/3 kept); on the tree")
  func typedFollowerByHand() throws {
    let sol = try TypedSolver.solve(Self.typedFollower())
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.map(\.shape) == [.separating])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[1, 0]])
    #expect(e.replies == [[[1, 0], [0, 1]], [[0, 1], [0, 1]]])
    #expect(sol.posteriors(at: rootID, moves: [0, 0])[1] == [1, 0])
    #expect(sol.posteriors(at: rootID, moves: [0, 1])[1] == [0, 1])
    #expect(sol.posteriors(at: rootID, moves: [1, 1])[1] == [Rational(1, 3), Rational(2, 3)])
    #expect(sol.posteriors(at: rootID, moves: [1, 0])[1] == [Rational(1, 3), Rational(2, 3)])
    #expect(root.values[0][0] == [-1, 1])
    #expect(root.values[0][1] == [2, -1])
    // The Follower's chances before it sees the lead (the summary): tough fights for sure.
    #expect(e.strategies[1] == [[1, 0], [0, 1]])
    try TypedSolverTests.checkOnTree(sol)
  }
}
