import Testing

@testable import BrinkCore

/// `TypedStageSearch.agentForm` (step 3 of the stage search): mixed type strategies
/// with both sides typed, where no pure or semi-separating profile is an equilibrium.
/// Worked by hand on a one-round and a two-round game, checked on the game tree by
/// `ExtensiveGame.isPerfectBayesian` (no code shared with the solver), and by Monte
/// Carlo.
@Suite struct TypedAgentFormTests {
  /// A Bayesian matching-pennies duel. Row (player 0): type a (prior 2/3) wants to
  /// match the column (+1 if it matches, −1 if not), type b (1/3) always prefers H
  /// (1 for H, 0 for T). Column (player 1): type c (prior 2/3) wants to mismatch
  /// (+1 if it differs, −1 if not), type d (1/3) always prefers T (1 for T, 0 for H).
  /// With `rounds: 1` each joint move ends in its own terminal state (HH, HT, TH,
  /// TT). With `rounds: 2` every joint move leads to a `reply` round where Row waits
  /// and Column presses or yields: pressing pays Column +3 against a and −2 against
  /// b (yielding 0), and Row 0 (yielding pays Row 1), then `pressed` or `yielded`.
  static func duel(rounds: Int) -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ next: Int) -> JointOutcome {
      JointOutcome(payoffs: [PayoffExpression(0), PayoffExpression(0)], transition: .to(next))
    }
    let hT = [move("H"), move("T")]
    var states: [EscalationState]
    if rounds == 1 {
      let duel = EscalationState(name: "duel", moves: [hT, hT], outcomes: (0..<2).map { i in (0..<2).map { j in o(1 + 2 * i + j) } })
      states = [duel, .terminal("HH"), .terminal("HT"), .terminal("TH"), .terminal("TT")]
    } else {
      let duel = EscalationState(name: "duel", moves: [hT, hT], outcomes: (0..<2).map { _ in (0..<2).map { _ in o(1) } })
      let reply = EscalationState(name: "reply", moves: [[move("wait")], [move("press"), move("yield")]],
                                  outcomes: [[o(2), o(3)]])
      states = [duel, reply, .terminal("pressed"), .terminal("yielded")]
    }
    var s = EscalationScenario(title: "Bayesian duel", players: ["Row", "Column"], states: states,
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: rounds),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                                            PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))])
    // Each type's own payoff in the duel, `own[i][j]`; the other entry is the other side's type's.
    func duelEntries(_ p: Int, _ own: [[Rational]]) -> [PayoffOverride] {
      (0..<2).flatMap { i in
        (0..<2).map { j in
          var u = [Rational.zero, .zero]
          u[p] = own[i][j]
          return PayoffOverride(state: 0, rowMove: i, columnMove: j, payoffs: u.map { PayoffExpression($0) })
        }
      }
    }
    func replyEntries(press: Rational) -> [PayoffOverride] {
      rounds == 1 ? [] : [PayoffOverride(state: 1, rowMove: 0, columnMove: 0, payoffs: [PayoffExpression(0), PayoffExpression(press)]),
                          PayoffOverride(state: 1, rowMove: 0, columnMove: 1, payoffs: [PayoffExpression(1), PayoffExpression(0)])]
    }
    s.types = [
      [PlayerType(name: "a", prior: Rational(2, 3), payoffs: duelEntries(0, [[1, -1], [-1, 1]]) + replyEntries(press: 3)),
       PlayerType(name: "b", prior: Rational(1, 3), payoffs: duelEntries(0, [[1, 1], [0, 0]]) + replyEntries(press: -2))],
      [PlayerType(name: "c", prior: Rational(2, 3), payoffs: duelEntries(1, [[-1, 1], [1, -1]])),
       PlayerType(name: "d", prior: Rational(1, 3), payoffs: duelEntries(1, [[0, 1], [0, 1]]))],
    ]
    return s
  }

  // Worked by hand, one round. Let x = P(a plays H), y = P(c plays H); b plays H and
  // d plays T (each strictly dominant). Column sees H with pH = 2/3·x + 1/3, Row sees
  // H with qH = 2/3·y.
  //   a: H pays 2qH − 1, T pays 1 − 2qH: a plays H iff qH > 1/2, i.e. y > 3/4.
  //   c: H pays 1 − 2pH, T pays 2pH − 1: c plays H iff pH < 1/2, i.e. x < 1/4.
  // No pure profile: x = 1 makes c play T (y = 0), so a plays T; x = 0 makes c play H
  // (y = 1, qH = 2/3 > 1/2), so a plays H. The unique equilibrium has both
  // indifferent: 2/3·y = 1/2 → y = 3/4, and 2/3·x + 1/3 = 1/2 → x = 1/4.
  // Ends by type profile: (a, c): HH 1/4·3/4 = 3/16, HT 1/16, TH 9/16, TT 3/16;
  // (a, d): HT 1/4, TT 3/4; (b, c): HH 3/4, HT 1/4; (b, d): HT 1.
  @Test("one round, both sides typed: no pure equilibrium; the mixed one x = 1/4, y = 3/4 by the indifference equations")
  func oneRoundMixed() throws {
    let sol = try TypedSolver.solve(Self.duel(rounds: 1))
    let root = sol.nodes[sol.roots[0]]
    #expect(root.equilibria.count == 1)
    let e = try #require(root.played)
    #expect(e.shape == .semiSeparating)
    #expect(e.strategies[0] == [[Rational(1, 4), Rational(3, 4)], [1, 0]])
    #expect(e.strategies[1] == [[Rational(3, 4), Rational(1, 4)], [0, 1]])
    #expect(root.reason == "the only perfect Bayesian equilibrium found")
    let ends = sol.endStatesByType()
    #expect(ends[0][0][1...4] == [Rational(3, 16), Rational(1, 16), Rational(9, 16), Rational(3, 16)])
    #expect(ends[0][1][1...4] == [0, Rational(1, 4), 0, Rational(3, 4)])
    #expect(ends[1][0][1...4] == [Rational(3, 4), Rational(1, 4), 0, 0])
    #expect(ends[1][1][1...4] == [0, 1, 0, 0])
    // Values (no continuation): a against c: 1/4·(3/4 − 1/4) + 3/4·(−3/4 + 1/4) = −1/4;
    // a is indifferent, so against the column's play (qH = 1/2) it gets 0 ex ante.
    #expect(root.values[0][0][0] == Rational(-1, 4))
    try TypedSolverTests.checkOnTree(sol)
  }

  // Worked by hand, two rounds (δ = 1). After the duel Column presses iff it believes
  // a with more than 2/5 (3μ − 2(1 − μ) > 0). b plays H and d plays T as before, so T
  // reveals a (pressed: a gets 0 after T), and after H the belief in a is
  // μ = (2/3·x)/(2/3·x + 1/3) = 2x/(2x + 1).
  //   c: its reply-round payoff does not depend on its own move, so still H iff x < 1/4.
  //   a: H − T = (2qH − 1) − (1 − 2qH) + [continuation after H − after T] = 4qH − 2 + κ,
  //      κ = 1 if H is yielded to (μ < 2/5, i.e. x < 1/3), 0 if pressed.
  // x < 1/4: y = 1, qH = 2/3, H − T = 8/3 − 1 > 0, so x = 1: no. x > 1/4: y = 0,
  // H − T < 0, x = 0: no. So x = 1/4, μ = 1/3 < 2/5 (yielded, κ = 1), and a is
  // indifferent at 4qH − 1 = 0: qH = 1/4, y = 3/8.
  // The fixed point: the first continuation (every type mixing evenly, the posterior
  // the prior 2/3 after H: pressed) gives y = 3/4, whose posterior 1/3 is yielded to,
  // so it fails the check; its own continuation gives y = 3/8, which reproduces it.
  // Posteriors about Column: after H only c plays it (certain c); after T:
  // (2/3·5/8)/(2/3·5/8 + 1/3) = 5/9.
  // Values: a against c: 1/4·(3/8·2 + 5/8·0) + 3/4·(3/8·(−1) + 5/8·1) = 3/8; a against
  // d: 1/4·0 + 3/4·1 = 3/4; ex ante 2/3·3/8 + 1/3·3/4 = 1/2, its value of T (1/2 + 0).
  @Test("two rounds: the duel's mixing sets the posterior (1/3 after H) that the reply answers; x = 1/4, y = 3/8 by the fixed point")
  func twoRoundFixedPoint() throws {
    let sol = try TypedSolver.solve(Self.duel(rounds: 2))
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.count == 1)
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[Rational(1, 4), Rational(3, 4)], [1, 0]])
    #expect(e.strategies[1] == [[Rational(3, 8), Rational(5, 8)], [0, 1]])
    let afterHH = sol.nodes[e.children[0][0][0]], afterHT = sol.nodes[e.children[0][1][0]]
    let afterTH = sol.nodes[e.children[1][0][0]], afterTT = sol.nodes[e.children[1][1][0]]
    #expect(afterHH.beliefs == [[Rational(1, 3), Rational(2, 3)], [1, 0]])
    #expect(afterHT.beliefs == [[Rational(1, 3), Rational(2, 3)], [Rational(5, 9), Rational(4, 9)]])
    #expect(afterTH.beliefs == [[1, 0], [1, 0]])
    #expect(afterTT.beliefs == [[1, 0], [Rational(5, 9), Rational(4, 9)]])
    for after in [afterHH, afterHT] { #expect(after.played?.strategies[1].allSatisfy { $0 == [0, 1] } == true) }  // yield
    for after in [afterTH, afterTT] { #expect(after.played?.strategies[1].allSatisfy { $0 == [1, 0] } == true) }  // press
    #expect(root.values[0][0][0] == Rational(3, 8))
    #expect(root.values[0][1][0] == Rational(3, 4))
    let ends = sol.endStatesByType()
    #expect(ends[0][0][2...3] == [Rational(3, 4), Rational(1, 4)])  // a: pressed iff it played T
    #expect(ends[1][1][2...3] == [0, 1])
    try TypedSolverTests.checkOnTree(sol)
  }

  @Test("the two games' exported extensive forms: every listed root equilibrium has zero regret at every information set")
  func onTreeBothGames() throws {
    for rounds in [1, 2] { try TypedSolverTests.checkOnTree(try TypedSolver.solve(Self.duel(rounds: rounds))) }
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact mixed answers (20,000 paths a game, seed 14)")
  func monteCarloByType() throws {
    for rounds in [1, 2] {
      let sol = try TypedSolver.solve(Self.duel(rounds: rounds))
      let sim = TypedSimulation.run(sol, paths: 20_000, seed: 14)
      #expect(sim.completed == 20_000)
      let ends = sol.endStatesByType()
      for a in 0..<2 {
        for c in 0..<2 {
          let n = Double(sim.paths[a][c])
          let prior = sol.scenario.types[0][a].prior.doubleValue * sol.scenario.types[1][c].prior.doubleValue
          #expect(abs(n / 20_000 - prior) <= 4 * (prior * (1 - prior) / 20_000).squareRoot())
        }
      }
      EndsByTypeAgreement.expect(exact: ends.map { $0.map { $0.map(\.doubleValue) } }, ends: sim.ends, paths: sim.paths, "rounds \(rounds): ")
    }
  }
}
