import Testing
@testable import BrinkCore

/// Stationary tails (`StationaryTail`), against answers worked on paper.
@Suite struct StationaryTailTests {
  typealias S = EscalationTestScenarios
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  static func withTail(_ scenario: EscalationScenario, discount: Rational) -> EscalationScenario {
    var scenario = scenario
    scenario.calendar.tail = .stationary
    scenario.discount = discount
    return scenario
  }

  /// Repeated prisoner's dilemma (Axelrod's payoffs), two equilibrium players,
  /// δ = 1/2. In the tail defection is dominant whatever the (constant)
  /// continuation, so the stationary equilibrium defects forever: v = 1/(1 − δ) = 2
  /// at the horizon, and so at every dated round too (1 + δ·2 = 2).
  @Test func repeatedDilemmaDefectsForever() throws {
    let eq = PlayerBehaviour(model: .equilibrium(selection: .riskDominant))
    let scenario = Self.withTail(S.prisonersDilemma(rounds: 3, behaviours: [eq, eq]), discount: r(1, 2))
    let solved = try EscalationSolver.solve(scenario)
    #expect(solved.exactExpectedValues == [2, 2])
    let horizon = solved.nodes[3][0]
    #expect(horizon.exactValues == [2, 2])
    let tail = try #require(solved.tail)
    #expect(tail.repeated && tail.verified && tail.exact)
    #expect(tail.nodes == 1)
    #expect(tail.exactGain == 0)
  }

  /// The finite horizon's answer converges to the stationary one: with T rounds,
  /// v₀ = (1 − δ^T)/(1 − δ), which tends to 2 as T grows; the gap is δ^T·2.
  @Test func finiteHorizonConvergesToTheTail() throws {
    let eq = PlayerBehaviour(model: .equilibrium(selection: .riskDominant))
    var previousGap = Rational(2)
    for T in [1, 2, 4, 8, 16] {
      var finite = S.prisonersDilemma(rounds: T, behaviours: [eq, eq])
      finite.discount = r(1, 2)
      let v = try #require(try EscalationSolver.solve(finite).exactExpectedValues)
      let gap = Rational(2) - v[0]
      #expect(gap == Rational(2) * Rational(1, 1 << T))
      #expect(gap < previousGap)
      previousGap = gap
    }
  }

  /// The US optimises against China's grim trigger, δ = 2/3. Cooperating forever is
  /// worth 3/(1 − δ) = 9; defecting once is worth 5 + δ·1/(1 − δ) = 5 + 2 = 7 (China
  /// then defects forever and the US's best answer is to defect: 1 a round, 3 in
  /// all). So the stationary equilibrium cooperates while China is calm (v = 9, and
  /// China gets 9 too) and defects once China has been crossed (v = 3). Policy
  /// iteration starts from the last-round choice (defect, v = 7 when calm) and
  /// finds cooperation in one improvement.
  @Test func grimTriggerSustainsCooperation() throws {
    let eq = PlayerBehaviour(model: .equilibrium(selection: .riskDominant))
    let grim = PlayerBehaviour(model: .grimTrigger)
    let scenario = Self.withTail(S.prisonersDilemma(rounds: 2, behaviours: [eq, grim]), discount: r(2, 3))
    let solved = try EscalationSolver.solve(scenario)
    #expect(solved.exactExpectedValues == [9, 9])
    let tail = try #require(solved.tail)
    #expect(tail.repeated && tail.verified)
    #expect(tail.iterations == 2)
    // Without the tail the US defects in the last round and unravels back to round 0
    // (v₀ is what it is: the end-game effect the tail removes).
    var finite = scenario
    finite.calendar.tail = .none
    let v = try #require(try EscalationSolver.solve(finite).exactExpectedValues)
    #expect(v[0] != 9)
  }

  /// δ = 1/2 makes the US indifferent (6 = 5 + 1): both cooperate and defect are
  /// best one-round answers; whatever the rule picks must pass the check.
  @Test func indifferenceStillVerifies() throws {
    let eq = PlayerBehaviour(model: .equilibrium(selection: .riskDominant))
    let grim = PlayerBehaviour(model: .grimTrigger)
    let scenario = Self.withTail(S.prisonersDilemma(rounds: 1, behaviours: [eq, grim]), discount: r(1, 2))
    let solved = try EscalationSolver.solve(scenario)
    let tail = try #require(solved.tail)
    #expect(tail.verified)
    #expect(solved.exactExpectedValues?[0] == 6)
  }

  /// A two-state ladder: a standoff (hold/escalate, as in `S.standoff`) that may end
  /// in a deal paying a flow of 1 a round, or in war paying −2 a round, δ = 1/2. The
  /// tail's values solve (I − δP)v = r exactly; the check is independent: each
  /// reported value satisfies its own Bellman equation under the played profile.
  @Test func tailValuesSatisfyTheirBellmanEquation() throws {
    var scenario = Self.withTail(S.standoff(selection: .riskDominant), discount: r(1, 2))
    scenario.states[1].terminalFlow = [1, 1]
    scenario.states[2].terminalFlow = [-2, -2]
    let solved = try EscalationSolver.solve(scenario)
    let tail = try #require(solved.tail)
    #expect(tail.repeated && tail.verified)
    // At the horizon the standoff's value v satisfies v = Σσ(i,j)[u + δ·E v′],
    // where a deal is worth 5 + 1·2 = 7 and war −10 − 2·2 = −14 on arrival.
    let T = solved.horizon
    let n = try #require(solved.nodeIndices(round: T, state: 0).first)
    let v = try #require(solved.nodes[T][n].exactValues)
    // The tail's profile is the one the last dated round plays when its
    // continuation is v (stationarity): read it there.
    let last = try #require(solved.nodeIndices(round: T - 1, state: 0).first)
    let node = solved.nodes[T - 1][last]
    let played = try #require(node.exactPlayed)
    #expect(node.exactValues == v)
    let game = try #require(node.stageGame)
    var expected = [Rational.zero, .zero]
    for i in 0..<2 { for j in 0..<2 {
      let p = played.probability(row: i, column: j)
      expected[0] += p * game.a[i][j]
      expected[1] += p * game.b[i][j]
    } }
    #expect(expected == v)
  }

  /// A stationary tail with δ = 1 has no finite value: a structural problem.
  @Test func undiscountedTailIsAProblem() {
    var scenario = S.prisonersDilemma(rounds: 1)
    scenario.calendar.tail = .stationary
    #expect(scenario.structuralProblems().contains { $0.contains("stationary tail needs a discount below 1") })
  }

  /// A variable that grows every round makes the tail endless: reported, not cut.
  @Test func endlessTailIsReported() {
    var scenario = Self.withTail(S.prisonersDilemma(rounds: 1), discount: r(1, 2))
    scenario.variables = [StateVariable(name: "tariff")]
    scenario.states[0].outcomes[0][0].effects = [VariableEffect(variable: 0, .add(1))]
    scenario.states[0].outcomes[0][0].payoffs[0] = PayoffExpression(3, terms: [.init(variable: 0, coefficient: r(-1, 100))])
    #expect(throws: EscalationError.self) { try EscalationSolver.solve(scenario) }
  }

  /// Exact and Monte Carlo agree within 4 standard errors on a ladder with chance
  /// and a tail: the simulator stops each path at the horizon with the tail's value.
  @Test func exactAndMonteCarloAgree() throws {
    var scenario = Self.withTail(S.standoff(selection: .mixed), discount: r(1, 2))
    scenario.states[1].terminalFlow = [1, 1]
    scenario.states[2].terminalFlow = [-2, -3]
    let solved = try EscalationSolver.solve(scenario)
    // The mixed stationary equilibrium of this chicken game is a fixed point of
    // mixtures that depend on the values (it may be irrational): the exact iterates
    // only approach it, their denominators growing, so mixtures are rounded to 10⁻⁹
    // and the report says how close the profile is.
    let tail = try #require(solved.tail)
    #expect(tail.rounded && tail.repeated)
    #expect(tail.epsilon < 1e-6)
    #expect(tail.summary.contains("approximate"))
    let ladder = try solved.compile()
    let statistics = Simulator.run(ladder, paths: 20_000, seed: 5, threads: 2, shard: nil, fused: true,
                                   shouldContinue: { true }, progress: { _, _ in })
    let summary = SimulationSummary(statistics, ladder: ladder)
    for p in 0..<2 {
      let mean = try #require(summary.payoffs[p].mean), se = try #require(summary.payoffs[p].standardError)
      #expect(se > 0)
      #expect(abs(mean - solved.expectedValues[p]) <= 4 * se, "player \(p): \(mean) vs \(solved.expectedValues[p])")
    }
  }
}
