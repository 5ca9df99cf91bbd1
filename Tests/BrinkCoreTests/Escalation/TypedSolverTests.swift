import Testing

@testable import BrinkCore

/// `TypedSolver`: every equilibrium it plays is checked on the scenario's game tree
/// (`TypedExtensiveForm`) by `ExtensiveGame.isPerfectBayesian`, which shares no code
/// with the solver (Bayes' rule on the path, zero regret at every information set,
/// reached or not).
@Suite struct TypedSolverTests {
  /// A two-round signalling ladder: the sender (player 0, two types) sends one of two
  /// moves; the receiver (player 1) replies with one of two; the payoffs of the
  /// reply stage by type are `reply[type][message][reply]`.
  static func ladder(prior: Rational, reply: [[[[Rational]]]], send: [[Rational]] = [[0, 0], [0, 0]],
                     selection: EquilibriumSelection) -> EscalationScenario {
    let move = { (n: String) in Move(name: n) }
    func o(_ u: [Rational], _ next: Int) -> JointOutcome {
      JointOutcome(payoffs: u.map { PayoffExpression($0) }, transition: .to(next))
    }
    // States: 0 send, 1 after m0, 2 after m1, 3 and 4 terminal replies.
    let sendState = EscalationState(name: "send", moves: [[move("m0"), move("m1")], [move("wait")]],
                                    outcomes: [[o([0, 0], 1)], [o([0, 0], 2)]])
    func replyState(_ m: Int) -> EscalationState {
      EscalationState(name: "after-m\(m)", moves: [[move("stand")], [move("r0"), move("r1")]],
                      outcomes: [[o(reply[1][m][0], 3), o(reply[1][m][1], 4)]])
    }
    var s = EscalationScenario(title: "signalling ladder", players: ["Sender", "Receiver"],
                               states: [sendState, replyState(0), replyState(1), .terminal("r0"), .terminal("r1")],
                               calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 6), roundLengthDays: 7, rounds: 2),
                               behaviours: [PlayerBehaviour(model: .equilibrium(selection: selection)),
                                            PlayerBehaviour(model: .equilibrium(selection: selection))])
    func overrides(_ type: Int) -> [PayoffOverride] {
      [1, 2].flatMap { st in
        (0..<2).map { r in
          PayoffOverride(state: st, rowMove: 0, columnMove: r, payoffs: reply[type][st - 1][r].map { PayoffExpression($0) })
        }
      } + (0..<2).map { m in PayoffOverride(state: 0, rowMove: m, columnMove: 0, payoffs: [PayoffExpression(send[type][m]), PayoffExpression(0)]) }
    }
    s.types = [[PlayerType(name: "a", prior: prior, payoffs: overrides(0)),
                PlayerType(name: "b", prior: .one - prior, payoffs: overrides(1))], []]
    return s
  }

  /// Checks the played solution, and every node's every listed equilibrium as the
  /// root's play, on the tree.
  static func checkOnTree(_ solution: TypedSolution) throws {
    let form = try TypedExtensiveForm(solution: solution)
    let profile = try #require(form.profile), beliefs = try #require(form.beliefs)
    #expect(try form.game.isPerfectBayesian(profile, beliefs: beliefs), "played solution is not a PBE on the tree")
    // Each equilibrium listed at the root, played there instead.
    let rootID = solution.roots[0]
    for e in solution.nodes[rootID].equilibria {
      var other = solution
      other.nodes[rootID].played = e
      other.nodes[rootID].values = e.values
      let f = try TypedExtensiveForm(solution: other)
      #expect(try f.game.isPerfectBayesian(f.profile!, beliefs: f.beliefs!), "a listed \(e.shape) equilibrium fails on the tree")
    }
  }

  @Test("crisis-bluff numbers: both listed equilibria (pooling, bluff) are PBE of the tree, under both selections")
  func bluffOnTree() throws {
    // reply[type][message][reply]: type a resolved, b irresolute; m0 threaten, m1 quiet; r0 press, r1 back off.
    let reply: [[[[Rational]]]] = [
      [[[1, -2], [2, 0]], [[1, -2], [2, 0]]],
      [[[-2, 1], [2, 0]], [[0, 1], [2, 0]]],
    ]
    for selection in [EquilibriumSelection.mixed, .payoffDominant] {
      let solution = try TypedSolver.solve(Self.ladder(prior: Rational(1, 4), reply: reply, selection: selection))
      let root = solution.nodes[solution.roots[0]]
      #expect(root.equilibria.map(\.shape) == [.pooling, .semiSeparating])
      #expect(root.played?.shape == (selection == .mixed ? .semiSeparating : .pooling))
      try Self.checkOnTree(solution)
    }
  }

  @Test("forty seeded random signalling ladders: every listed root equilibrium is a PBE of the tree")
  func randomLaddersOnTree() throws {
    var g = SplitMix64(seed: 14)
    var semi = 0
    for _ in 0..<40 {
      func r() -> Rational { Rational(Int(g.next() % 7) - 3) }
      let reply = (0..<2).map { _ in (0..<2).map { _ in (0..<2).map { _ in [r(), r()] } } }
      let send = (0..<2).map { _ in [r(), r()] }
      let prior = Rational(Int(g.next() % 5) + 1, 6)
      do {
        let solution = try TypedSolver.solve(Self.ladder(prior: prior, reply: reply, send: send, selection: .mixed))
        semi += solution.nodes[solution.roots[0]].equilibria.filter { $0.shape == .semiSeparating }.count
        try Self.checkOnTree(solution)
      } catch TypedSolveError.noEquilibrium {
        continue
      }
    }
    #expect(semi > 0, "the random games should include some semi-separating equilibria")
  }
}
