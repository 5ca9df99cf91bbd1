import Testing

@testable import BrinkCore

/// `TypedSolver` with trembles (Selten 1975): each type-agent's intended strategy is
/// played trembled, `(1 − ε)·x + ε/n`, beliefs follow Bayes' rule on the trembled
/// play (no move is off the path), and intentions best-respond to the others'
/// trembled play. Checked on a two-type, two-move signalling ladder worked by hand.
@Suite struct TypedTrembleTests {
  /// The ladder of `TypedSolverTests.ladder`: the Sender (type a with prior 1/4, or b)
  /// sends m0 or m1, the Receiver then presses (r0) or backs off (r1). Pressed, type
  /// a fights (Sender 1, Receiver −2) and type b gives way (0, 1); backing off pays
  /// (2, 0). Sending m0 costs type b 3, sending m1 costs type a 1/2. The Sender
  /// trembles with ε = 1/10, the Receiver with ε = 1/5.
  static func scenario() -> EscalationScenario {
    let a: [[[Rational]]] = [[[1, -2], [2, 0]], [[1, -2], [2, 0]]]
    let b: [[[Rational]]] = [[[0, 1], [2, 0]], [[0, 1], [2, 0]]]
    var s = TypedSolverTests.ladder(prior: Rational(1, 4), reply: [a, b], send: [[0, Rational(-1, 2)], [-3, 0]],
                                    selection: .payoffDominant)
    s.behaviours[0].tremble = Rational(1, 10)
    s.behaviours[1].tremble = Rational(1, 5)
    return s
  }

  // Worked by hand.
  // The only equilibrium is separating: a intends m0, b intends m1. Trembled, a plays
  // m0 with 1 − 1/10 + 1/20 = 19/20 and m1 with 1/20; b the reverse. Bayes' rule:
  //   after m0: P(a) = (1/4 · 19/20) / (1/4 · 19/20 + 3/4 · 1/20) = 19/22,
  //   after m1: P(a) = (1/4 · 1/20) / (1/4 · 1/20 + 3/4 · 19/20) = 1/58.
  // Pressing is worth −2·P(a) + (1 − P(a)) = 1 − 3·P(a) to the Receiver: it backs off
  // after m0 (1 − 57/22 < 0) and presses after m1 (1 − 3/58 > 0); trembled (ε = 1/5),
  // it presses after m0 with 1/10 and after m1 with 9/10.
  // Sender, against that: a: m0 → 1/10 · 1 + 9/10 · 2 = 19/10, m1 → −1/2 + 9/10 · 1 +
  // 1/10 · 2 = 3/5, so m0; b: m0 → −3 + 9/10 · 2 = −6/5, m1 → 1/10 · 2 = 1/5, so m1.
  // Pooling on m1 fails (a gains by m0: pressed 9/10 there gives 11/10 > 3/5); pooling
  // on m0 and the reverse separation fail for b.
  // Values (δ = 1): a: 19/20 · 19/10 + 1/20 · 3/5 = 367/200; b: 1/20 · (−6/5) + 19/20 ·
  // 1/5 = 13/100. Pressed (state r0), by type: a: 19/20 · 1/10 + 1/20 · 9/10 = 7/50;
  // b: 1/20 · 1/10 + 19/20 · 9/10 = 43/50.
  @Test("two types, two moves, trembles: posteriors 19/22 and 1/58, the separating equilibrium, values and outcomes by hand")
  func workedByHand() throws {
    let sol = try TypedSolver.solve(Self.scenario())
    let rootID = sol.roots[0]
    let root = sol.nodes[rootID]
    #expect(root.equilibria.map(\.shape) == [.separating])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[1, 0], [0, 1]])
    #expect(e.playedStrategies[0] == [[Rational(19, 20), Rational(1, 20)], [Rational(1, 20), Rational(19, 20)]])
    #expect(sol.posterior(at: rootID, player: 0, move: 0) == [Rational(19, 22), Rational(3, 22)])
    #expect(sol.posterior(at: rootID, player: 0, move: 1) == [Rational(1, 58), Rational(57, 58)])
    let afterM0 = sol.nodes[e.children[0][0][0]], afterM1 = sol.nodes[e.children[1][0][0]]
    #expect(afterM0.beliefs[0] == [Rational(19, 22), Rational(3, 22)])
    #expect(afterM1.beliefs[0] == [Rational(1, 58), Rational(57, 58)])
    #expect(afterM0.played?.strategies[1] == [[0, 1]])
    #expect(afterM0.played?.playedStrategies[1] == [[Rational(1, 10), Rational(9, 10)]])
    #expect(afterM1.played?.strategies[1] == [[1, 0]])
    #expect(root.values[0][0][0] == Rational(367, 200))
    #expect(root.values[1][0][0] == Rational(13, 100))
    let ends = sol.endStatesByType()
    #expect(ends[0][0][3] == Rational(7, 50) && ends[0][0][4] == Rational(43, 50))
    #expect(ends[1][0][3] == Rational(43, 50) && ends[1][0][4] == Rational(7, 50))
  }

  @Test("without the trembles the same ladder separates with certain posteriors (1 and 0)")
  func withoutTrembles() throws {
    var s = Self.scenario()
    s.behaviours[0].tremble = .zero
    s.behaviours[1].tremble = .zero
    let sol = try TypedSolver.solve(s)
    let rootID = sol.roots[0]
    #expect(sol.nodes[rootID].played?.shape == .separating)
    #expect(sol.posterior(at: rootID, player: 0, move: 0) == [1, 0])
    #expect(sol.posterior(at: rootID, player: 0, move: 1) == [0, 1])
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact trembled answers (20,000 paths, seed 11)")
  func monteCarloByType() throws {
    let sol = try TypedSolver.solve(Self.scenario())
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 11)
    #expect(sim.completed == 20_000)
    let ends = sol.endStatesByType()
    for a in 0..<2 {
      let n = Double(sim.paths[a][0])
      #expect(abs(n / 20_000 - sol.scenario.types[0][a].prior.doubleValue) < 4 * (0.25 * 0.75 / 20_000).squareRoot())
    }
    EndsByTypeAgreement.expect(exact: ends.map { $0.map { $0.map(\.doubleValue) } }, ends: sim.ends, paths: sim.paths)
  }
  // The bluff of Scenarios/bluff-ladder.yaml (TypedSolverTests.bluffOnTree's
  // numbers) with the Defender trembling, ε = 1/10, worked by hand. The Challenger
  // is still indifferent after a threat at belief resolved 1/3. The resolved type
  // intends the threat and plays it with 19/20, so the irresolute one must play it
  // with Pb where (1/4 · 19/20) / (1/4 · 19/20 + 3/4 · Pb) = 1/3: Pb = 19/30, hence
  // intends it with x = (19/30 − 1/20) / (9/10) = 35/54. After quiet the belief is
  // (1/4 · 1/20) / (1/4 · 1/20 + 3/4 · 11/30) = 1/23 (not 0: the resolved type
  // trembles into quiet), so quiet is pressed and the irresolute type gets 0 there;
  // a threat pressed with r gives it −2r + 2(1 − r) = 0 at r = 1/2.
  @Test("the bluff with a trembling Defender (ε = 1/10): irresolute threatens with 35/54, quiet leaves 1/23, pressed 1/2")
  func trembledBluff() throws {
    let reply: [[[[Rational]]]] = [
      [[[1, -2], [2, 0]], [[1, -2], [2, 0]]],
      [[[-2, 1], [2, 0]], [[0, 1], [2, 0]]],
    ]
    var s = TypedSolverTests.ladder(prior: Rational(1, 4), reply: reply, selection: .mixed)
    s.behaviours[0].tremble = Rational(1, 10)
    let sol = try TypedSolver.solve(s)
    let rootID = sol.roots[0]
    let e = try #require(sol.nodes[rootID].played)
    #expect(e.shape == .semiSeparating)
    #expect(e.strategies[0] == [[1, 0], [Rational(35, 54), Rational(19, 54)]])
    #expect(sol.posterior(at: rootID, player: 0, move: 0) == [Rational(1, 3), Rational(2, 3)])
    #expect(sol.posterior(at: rootID, player: 0, move: 1) == [Rational(1, 23), Rational(22, 23)])
    let afterThreat = sol.nodes[e.children[0][0][0]]
    #expect(afterThreat.played?.strategies[1] == [[Rational(1, 2), Rational(1, 2)]])
    #expect(sol.nodes[rootID].values[1][0][0] == .zero)
  }
}
