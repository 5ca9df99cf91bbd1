import Testing
@testable import BrinkCore

/// The shock rule (`ScenarioRound` step 2, issue 10 item 9): shocks are judged
/// together on the node the events left, each fires at exactly its stated rate, and
/// the order they are given in changes nothing.
@Suite("The shock rule: joint, each at its stated rate, order-free")
struct ShockRuleTests {
  typealias S = EscalationTestScenarios
  static func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// talks (0), x (1), y (2): every move stays; war (3) is terminal. One round.
  /// `shocks` are given in the order passed.
  static func scenario(_ shocks: [RandomShock], rounds: Int = 1) -> EscalationScenario {
    let stay = { (s: Int) in [[(r(0), r(0), Transition.to(s)), (r(0), r(0), .to(s))],
                              [(r(0), r(0), .to(s)), (r(0), r(0), .to(s))]] }
    return EscalationScenario(
      players: ["US", "China"],
      states: [S.holdEscalate("talks", stay(0)), S.holdEscalate("x", stay(1)), S.holdEscalate("y", stay(2)),
               .terminal("war", payoffs: [-10, -10])],
      calendar: ScenarioCalendar(start: S.start, rounds: rounds), shocks: shocks)
  }

  /// alpha (1/10, talks → x) and beta (1/20, talks → y): two shocks that compete
  /// for the same state, as in us-china-2025-10 (where the 1/20 shock fired 0.045
  /// of the time under the old rule, after the 1/10 one moved the game first).
  static let alpha = RandomShock(name: "alpha", probability: r(1, 10), states: [0], effect: EventEffect(moveTo: 1))
  static let beta = RandomShock(name: "beta", probability: r(1, 20), states: [0], effect: EventEffect(moveTo: 2))

  static func settled(_ scenario: EscalationScenario) -> [Int: Rational] {
    let rules = ScenarioRound(scenario: scenario)
    var sums = [Int: Rational]()
    for (n, p) in rules.settle(rules.start, round: 0) { sums[n.state, default: .zero] += p }
    return sums.filter { !$0.value.isZero }
  }

  @Test("a lone 1/20 shock fires with probability exactly 1/20")
  func lone() {
    #expect(Self.settled(Self.scenario([Self.beta])) == [0: Self.r(19, 20), 2: Self.r(1, 20)])
  }

  /// Both fire with 1/200; they then act in name order, so beta (last) sets the
  /// state: y with 1/20 exactly, x with 1/10 · 19/20, talks with the rest.
  @Test("competing shocks each fire at their stated rate; the last by name sets the state")
  func competing() {
    let expected: [Int: Rational] = [0: Self.r(9, 10) * Self.r(19, 20), 1: Self.r(1, 10) * Self.r(19, 20), 2: Self.r(1, 20)]
    #expect(Self.settled(Self.scenario([Self.alpha, Self.beta])) == expected)
    #expect(Self.settled(Self.scenario([Self.beta, Self.alpha])) == expected)
  }

  @Test("the order shocks are given in changes neither the scenario nor the round")
  func orderFree() {
    let a = Self.scenario([Self.alpha, Self.beta]), b = Self.scenario([Self.beta, Self.alpha])
    #expect(a == b)
    #expect(a.shocks.map(\.name) == ["alpha", "beta"])
    var c = a
    c.shocks = [Self.beta, Self.alpha]
    #expect(c.shocks.map(\.name) == ["alpha", "beta"])
  }

  /// A shock that ends the game stops the later ones (a terminal state stops
  /// everything); it still fires at its own rate.
  @Test("a shock that ends the game stops those after it")
  func terminalStops() {
    let alarm = RandomShock(name: "alarm", probability: Self.r(1, 2), states: [0], effect: EventEffect(moveTo: 3))
    let bump = RandomShock(name: "bump", probability: Self.r(1, 2), states: [0], effect: EventEffect(moveTo: 2))
    #expect(Self.settled(Self.scenario([bump, alarm])) == [3: Self.r(1, 2), 2: Self.r(1, 4), 0: Self.r(1, 4)])
  }

  /// Following a path asks about every shock the rule lets act, judged on the
  /// node the events left: beta is asked even when alpha has moved the game.
  @Test("following a path judges every shock on the node the events left")
  func follow() {
    let rules = ScenarioRound(scenario: Self.scenario([Self.beta, Self.alpha]))
    var asked = [String]()
    let settled = rules.settle(rules.start, round: 0) { _, shock in asked.append(shock.name); return true }
    #expect(asked == ["alpha", "beta"])
    #expect(settled.node.state == 2)
    #expect(settled.happened == [.shock(0), .shock(1)])
  }

  /// Monte Carlo: beta's firings over 200,000 one-round paths are within 4
  /// standard errors of 1/20 (the old rule's 0.045 is 10 standard errors away),
  /// and the round's state distribution matches the exact chain.
  @Test("the simulator fires each competing shock at its stated rate")
  func simulated() throws {
    let solved = try EscalationSolver.solve(Self.scenario([Self.alpha, Self.beta]))
    let compiled = try solved.compiledScenario()
    let paths = 200_000
    let stats = Simulator.run(compiled.ladder, paths: paths, seed: 11, threads: 2)
    let n = Double(paths)
    func close(_ observed: Double, _ p: Double, _ what: String) {
      let se = (p * (1 - p) / n).squareRoot()
      #expect(abs(observed - p) <= 4 * se, "\(what): simulated \(observed), exact \(p)")
    }
    var fires = [String: Int]()
    for (name, count) in zip(compiled.ladder.effectNames, stats.effectFires) { fires[name, default: 0] += count }
    close(Double(fires["beta", default: 0]) / n, 1.0 / 20, "beta fires")
    close(Double(fires["alpha", default: 0]) / n, 1.0 / 10, "alpha fires")
    let chain = LadderMarkovChain(solved)
    let occupied = compiled.byScenarioState(stats.occupancy[0], stateCount: 4)
    for s in 0..<3 { close(Double(occupied[s]) / n, chain.states[0][s], "state \(s)") }
    #expect(abs(chain.states[0][2] - 1.0 / 20) < 1e-15)
  }
}
