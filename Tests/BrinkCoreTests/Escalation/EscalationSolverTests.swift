import Testing
@testable import BrinkCore

@Suite struct EscalationSolverTests {
  typealias S = EscalationTestScenarios
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// Hand-worked, δ = 1/2, deal pays 5 each, war −10 each, on arrival.
  ///
  /// Round 1 (last; after it a standoff is worth 0): folded payoffs
  ///   (H,H) = 1 + ½(½·5 + ½·0) = 9/4 each;  (H,E) = (−1, 2);  (E,H) = (2, −1);
  ///   (E,E) = 0 + ½(¼·(−10) + ¾·0) = −5/4 each.
  ///   Hold is dominant (9/4 > 2, −1 > −5/4): play (H,H), V₁ = (9/4, 9/4).
  /// Round 0 (a standoff next round is worth 9/4):
  ///   (H,H) = 1 + ½(½·5 + ½·9/4) = 45/16 each;  (H,E) = (−1 + 9/8, 2 + 9/8) = (1/8, 25/8);
  ///   (E,H) = (25/8, 1/8);  (E,E) = ½(¼·(−10) + ¾·9/4) = −13/32 each.
  ///   A chicken game: pure equilibria (E,H) and (H,E); the mixed one holds with
  ///   q = (a₁₁ − a₀₁)/(a₀₀ − a₀₁ − a₁₀ + a₁₁) = (−17/32)/(−27/32) = 17/27, value
  ///   45/16·17/27 + 1/8·10/27 = 785/432 for each player.
  @Test func twoRoundStandoffMixed() throws {
    let solved = try EscalationSolver.solve(S.standoff(selection: .mixed))
    #expect(solved.isExact)
    let last = solved.nodes[1][solved.nodeIndices(round: 1, state: 0)[0]]
    #expect(last.exactValues == [r(9, 4), r(9, 4)])
    #expect(last.exactPlayed?.leaderMixture == [1, 0])
    #expect(last.exactPlayed?.followerMixtures == [[1, 0]])
    let first = solved.nodes[0][solved.nodeIndices(round: 0, state: 0)[0]]
    #expect(first.stageGame?.a == [[r(45, 16), r(1, 8)], [r(25, 8), r(-13, 32)]])
    #expect(first.stageGame?.b == [[r(45, 16), r(25, 8)], [r(1, 8), r(-13, 32)]])
    #expect(first.exactPlayed?.leaderMixture == [r(17, 27), r(10, 27)])
    #expect(first.exactPlayed?.followerMixtures == [[r(17, 27), r(10, 27)]])
    #expect(first.exactValues == [r(785, 432), r(785, 432)])
    #expect(first.equilibria.count == 3)
    #expect(first.explanations == [.equilibrium(.mixed, candidates: 3, pureOnly: false, decidedBy: .largestSupport),
                                  .equilibrium(.mixed, candidates: 3, pureOnly: false, decidedBy: .largestSupport)])
    #expect(solved.exactExpectedValues == [r(785, 432), r(785, 432)])
  }

  /// Same game, payoff-dominant selection: (E,H) and (H,E) have equal sums and
  /// neither Pareto-dominates, so the first found, (E,H), is played: V₀ = (25/8, 1/8).
  @Test func twoRoundStandoffPayoffDominant() throws {
    let solved = try EscalationSolver.solve(S.standoff(selection: .payoffDominant))
    let first = solved.nodes[0][solved.nodeIndices(round: 0, state: 0)[0]]
    #expect(first.exactPlayed?.leaderMixture == [0, 1])
    #expect(first.exactPlayed?.followerMixtures == [[1, 0]])
    #expect(first.exactValues == [r(25, 8), r(1, 8)])
    #expect(first.equilibria.count == 2)
  }

  /// Repeated prisoner's dilemma, 3 rounds, δ = 1: defection in every round by
  /// backward induction (Luce and Raiffa 1957, §5.5): value 1 + 1 + 1 = 3 each.
  @Test func repeatedPrisonersDilemma() throws {
    let solved = try EscalationSolver.solve(S.prisonersDilemma(rounds: 3))
    for t in 0..<3 {
      for node in solved.nodes[t] {
        #expect(node.exactPlayed?.leaderMixture == [0, 1])
        #expect(node.exactPlayed?.followerMixtures == [[0, 1]])
      }
    }
    #expect(solved.exactExpectedValues == [3, 3])
  }

  /// Against tit-for-tat for 3 rounds (δ = 1) the best plan is C, C, D:
  /// 3 + 3 + 5 = 11, beating D,D,D = 7, C,D,D = 9 and D,C,D = 10. Tit-for-tat plays
  /// C, C, C against it and gets 3 + 3 + 0 = 6.
  @Test func bestResponseToTitForTat() throws {
    let behaviours = [PlayerBehaviour(model: .equilibrium(selection: .riskDominant)), PlayerBehaviour(model: .titForTat)]
    let solved = try EscalationSolver.solve(S.prisonersDilemma(rounds: 3, behaviours: behaviours))
    #expect(solved.exactExpectedValues == [11, 6])
    #expect(solved.nodes[0][0].exactPlayed?.leaderMixture == [1, 0])
    #expect(solved.nodes[0][0].explanations == [.bestResponse, .titForTat])
    // Round 2 after mutual cooperation: defect.
    let coop = solved.graph.rounds[2].firstIndex { $0.node.memory == 0 }!
    #expect(solved.nodes[2][coop].exactPlayed?.leaderMixture == [0, 1])
  }

  /// Commitment: simultaneous play gives (D,R) = (2,1); with row moving first,
  /// row commits to U and gets (U,L) = (3,1). With column first, nothing changes.
  @Test func firstMoverCommitment() throws {
    let sim = try EscalationSolver.solve(S.commitment(timing: .simultaneous))
    #expect(sim.exactExpectedValues == [2, 1])
    let rowFirst = try EscalationSolver.solve(S.commitment(timing: .sequential(firstMover: 0)))
    #expect(rowFirst.exactExpectedValues == [3, 1])
    let played = rowFirst.nodes[0][0].exactPlayed!
    #expect(played.leader == 0 && played.isSequential)
    #expect(played.leaderMixture == [1, 0])
    #expect(played.followerMixtures == [[1, 0], [0, 1]])  // L after U, R after D
    #expect(rowFirst.nodes[0][0].explanations == [.subgamePerfect, .subgamePerfect])
    let columnFirst = try EscalationSolver.solve(S.commitment(timing: .sequential(firstMover: 1)))
    #expect(columnFirst.exactExpectedValues == [2, 1])
  }

  /// A tremble ε = 1/2 on the row player of the commitment game (simultaneous):
  /// row intends D but plays (1/4, 3/4); column still answers R (R gives
  /// ¼·0 + ¾·1 = 3/4 > L's ¼·1 = 1/4). Row's value: ¼·1 + ¾·2 = 7/4.
  @Test func trembleMixesIntendedPlay() throws {
    let behaviours = [PlayerBehaviour(model: .equilibrium(selection: .riskDominant), tremble: r(1, 2)),
                      PlayerBehaviour(model: .equilibrium(selection: .riskDominant))]
    let solved = try EscalationSolver.solve(S.commitment(timing: .simultaneous, behaviours: behaviours))
    #expect(solved.nodes[0][0].exactPlayed?.leaderMixture == [r(1, 4), r(3, 4)])
    #expect(solved.nodes[0][0].intended?.leaderMixture == [0, 1])
    #expect(solved.exactExpectedValues == [r(7, 4), r(3, 4)])
  }

  /// Misperception: the column player believes (D,R) pays it −1 (say it fears
  /// escalation there), so in its view L is its best answer to D; row, seeing the
  /// true game, still plays D. Actual play (D,L) = (4, 0).
  @Test func misperceptionChangesPlay() throws {
    var behaviours = [PlayerBehaviour(), PlayerBehaviour()]
    behaviours[1].perceivedPayoffs = [PayoffOverride(state: 0, rowMove: 1, columnMove: 1, payoffs: [2, -1])]
    let solved = try EscalationSolver.solve(S.commitment(timing: .simultaneous, behaviours: behaviours))
    #expect(solved.exactExpectedValues == [4, 0])
    #expect(solved.nodes[0][0].perceivedGames[1]?.b[1][1] == -1)
    #expect(solved.nodes[0][0].stageGame?.b[1][1] == 1)
  }

  /// Progress counts every node of every backward sweep, round by round from the
  /// horizon, and ends at the total: one sweep with the true payoffs; with a
  /// misperceiving player, its view, the true one and the actual-play pass.
  @Test func progressCountsTheNodesOfEverySweep() throws {
    var reports = [(Int, Int)]()
    let plain = try EscalationSolver.solve(S.prisonersDilemma(rounds: 3), progress: { reports.append(($0, $1)) })
    let nodes = plain.graph.rounds.reduce(0) { $0 + $1.count }
    #expect(reports.count == plain.graph.horizon)
    #expect(reports.allSatisfy { $0.1 == nodes } && reports.last?.0 == nodes)
    #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.0 < $1.0 })
    var behaviours = [PlayerBehaviour(), PlayerBehaviour()]
    behaviours[1].perceivedPayoffs = [PayoffOverride(state: 0, rowMove: 1, columnMove: 1, payoffs: [2, -1])]
    reports = []
    let misperceived = try EscalationSolver.solve(S.commitment(timing: .simultaneous, behaviours: behaviours),
                                                  progress: { reports.append(($0, $1)) })
    let count = misperceived.graph.rounds.reduce(0) { $0 + $1.count }
    #expect(reports.last.map { [$0.0, $0.1] } == [3 * count, 3 * count])
    // Stopped after the first report: cancelled, having said how far it got.
    var stop = false
    reports = []
    #expect(throws: EscalationError.self) {
      try EscalationSolver.solve(S.prisonersDilemma(rounds: 3), shouldContinue: { !stop }, progress: { done, total in
        reports.append((done, total))
        stop = true
      })
    }
    #expect(reports.count == 1 && reports[0].0 < reports[0].1)
  }

  @Test func invalidScenarioIsReportedNotTrapped() {
    var s = S.prisonersDilemma(rounds: 2)
    s.states[0].outcomes[0][0].transition = .to(7)
    s.discount = Rational(3, 2)
    #expect(throws: EscalationError.self) { try EscalationSolver.solve(s) }
    #expect(s.structuralProblems().count == 2)
  }

  @Test func cancellation() {
    #expect(throws: EscalationError.cancelled) {
      try EscalationSolver.solve(S.prisonersDilemma(rounds: 5), shouldContinue: { false })
    }
  }
}

@Suite struct EquilibriumSelectionTests {
  typealias S = EscalationTestScenarios
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// Stag hunt (Skyrms 2004's numbers): (S,S) = (4,4), (S,H) = (0,3), (H,S) = (3,0),
  /// (H,H) = (3,3). Payoff dominance picks (S,S). Risk dominance compares deviation
  /// losses: at (S,S) (4−3)·(4−3) = 1, at (H,H) (3−0)·(3−0) = 9, so (H,H). The mixed
  /// equilibrium hunts stag with probability 3/4 (indifference: 4q = 3).
  @Test(arguments: [(EquilibriumSelection.payoffDominant, [Rational(1), 0], Rational(4)),
                    (.riskDominant, [0, 1], 3),
                    (.mixed, [Rational(3, 4), Rational(1, 4)], 3)])
  func stagHunt(selection: EquilibriumSelection, play: [Rational], value: Rational) throws {
    let s = S.holdEscalate("hunt", [[(r(4), r(4), .to(0)), (r(0), r(3), .to(0))],
                                    [(r(3), r(0), .to(0)), (r(3), r(3), .to(0))]])
    let eq = PlayerBehaviour(model: .equilibrium(selection: selection))
    let scenario = EscalationScenario(players: ["A", "B"], states: [s],
                                      calendar: ScenarioCalendar(start: S.start, rounds: 1), behaviours: [eq, eq])
    let solved = try EscalationSolver.solve(scenario)
    #expect(solved.nodes[0][0].exactPlayed?.leaderMixture == play)
    #expect(solved.nodes[0][0].exactPlayed?.followerMixtures == [play])
    #expect(solved.exactExpectedValues == [value, value])
  }

  /// Players expecting different equilibria miscoordinate: row expects (S,S), column
  /// (H,H); row plays S, column H, and row gets 0.
  @Test func differentSelectionsMiscoordinate() throws {
    let s = S.holdEscalate("hunt", [[(r(4), r(4), .to(0)), (r(0), r(3), .to(0))],
                                    [(r(3), r(0), .to(0)), (r(3), r(3), .to(0))]])
    let scenario = EscalationScenario(
      players: ["A", "B"], states: [s], calendar: ScenarioCalendar(start: S.start, rounds: 1),
      behaviours: [PlayerBehaviour(model: .equilibrium(selection: .payoffDominant)),
                   PlayerBehaviour(model: .equilibrium(selection: .riskDominant))])
    let solved = try EscalationSolver.solve(scenario)
    #expect(solved.exactExpectedValues == [0, 3])
    #expect(solved.nodes[0][0].selected == [0, 1])
  }
}

@Suite struct StageEquilibriaTests {
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// Rock–paper–scissors has no pure equilibrium; vertex enumeration finds the
  /// unique one, uniform play (von Neumann and Morgenstern 1944).
  @Test func rockPaperScissorsNeedsVertexEnumeration() throws {
    let moves = ["rock", "paper", "scissors"].map { Move(name: $0) }
    let win = [[0, -1, 1], [1, 0, -1], [-1, 1, 0]]
    let state = EscalationState(name: "rps", moves: [moves, moves], outcomes: (0..<3).map { i in
      (0..<3).map { j in JointOutcome(r(win[i][j]), r(-win[i][j]), to: 0) }
    })
    let scenario = EscalationScenario(players: ["A", "B"], states: [state],
                                      calendar: ScenarioCalendar(start: EscalationTestScenarios.start, rounds: 2))
    let solved = try EscalationSolver.solve(scenario)
    for t in 0..<2 {
      #expect(solved.nodes[t][0].exactPlayed?.leaderMixture == [r(1, 3), r(1, 3), r(1, 3)])
      #expect(solved.nodes[t][0].exactPlayed?.followerMixtures == [[r(1, 3), r(1, 3), r(1, 3)]])
    }
    #expect(solved.exactExpectedValues == [0, 0])
  }

  /// The 2×2 indifference formula finds the same mixed equilibrium as vertex
  /// enumeration, on a few games with one (chicken, battle of the sexes, stag hunt).
  @Test func indifferenceFormulaAgreesWithVertexEnumeration() {
    let games = [
      Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]]),
      Bimatrix(a: [[2, 0], [0, 1]], b: [[1, 0], [0, 2]]),
      Bimatrix(a: [[4, 0], [3, 3]], b: [[4, 3], [0, 3]]),
      Bimatrix(a: [[45, 4], [100, -13]], b: [[45, 100], [4, -13]]),
    ]
    for g in games {
      let mixed = MixedEquilibrium2x2.solve(g)
      let all = VertexEnumeration.extremeEquilibria(of: g).filter { !$0.isPure }
      #expect(all.count == 1)
      #expect(mixed?.profile == all.first?.profile)
      #expect(mixed?.payoffs == all.first?.payoffs)
    }
    // Matching pennies variant with a dominant move: no mixed equilibrium.
    #expect(MixedEquilibrium2x2.solve(Bimatrix(a: [[3, 1], [4, 2]], b: [[1, 0], [0, 1]])) == nil)
  }
}

@Suite struct EscalationSolverEdgeTests {
  typealias S = EscalationTestScenarios

  /// Sequential logit (agent QRE): the follower answers each first move with a
  /// logit response; at λ = 0 both are uniform, and at large λ the row player's
  /// commitment to U appears (it anticipates column answering U with L).
  @Test func sequentialLogit() throws {
    let flat = PlayerBehaviour(model: .logit(lambda: 0))
    let uniform = try EscalationSolver.solve(S.commitment(timing: .sequential(firstMover: 0)), behaviours: [flat, flat])
    #expect(uniform.nodes[0][0].played?.followerMixtures == [[0.5, 0.5], [0.5, 0.5]])
    let sharp = PlayerBehaviour(model: .logit(lambda: 50))
    let solved = try EscalationSolver.solve(S.commitment(timing: .sequential(firstMover: 0)), behaviours: [sharp, sharp])
    let p = solved.nodes[0][0].played!
    #expect(p.leaderMixture[0] > 1 - 1e-9)
    #expect(p.followerMixtures[0][0] > 1 - 1e-9 && p.followerMixtures[1][1] > 1 - 1e-9)
    #expect(abs(solved.expectedValues[0] - 3) < 1e-6)
  }

  /// A variable that a payoff reads and every move adds to makes a new node per
  /// value; past the limit, solving stops with an error instead of exhausting memory.
  @Test func nodeLimit() throws {
    var scenario = S.prisonersDilemma(rounds: 30)
    scenario.variables = [StateVariable(name: "a"), StateVariable(name: "b")]
    for i in 0..<2 {
      for j in 0..<2 {
        scenario.states[0].outcomes[i][j].effects = [VariableEffect(variable: 0, .add(Rational(i))),
                                                     VariableEffect(variable: 1, .add(Rational(j)))]
        scenario.states[0].outcomes[i][j].payoffs[0].terms = [.init(variable: 0, coefficient: 1), .init(variable: 1, coefficient: 1)]
      }
    }
    #expect(throws: EscalationError.tooManyNodes(limit: 100)) {
      try EscalationSolver.solve(scenario, nodeLimit: 100)
    }
  }

  /// Same scenario, same result: the solve is a pure function of its input.
  @Test func deterministic() throws {
    let a = try EscalationSolver.solve(S.calendarDriven())
    let b = try EscalationSolver.solve(S.calendarDriven())
    #expect(a.nodes.map { $0.map(\.exactValues) } == b.nodes.map { $0.map(\.exactValues) })
    #expect(try a.compile().fingerprint == b.compile().fingerprint)
  }
}

@Suite struct DegenerateStageTests {
  /// A degenerate 2×2 game: column is indifferent between its moves whatever row
  /// does, row prefers U against L and D against R. The indifference formula has a
  /// zero denominator; vertex enumeration still finds the equilibria with column
  /// mixing, and `.mixed` selection picks one whose support is largest.
  @Test func degenerateTwoByTwoMixedSelection() throws {
    let g = Bimatrix(a: [[1, 0], [0, 1]], b: [[0, 0], [0, 0]])
    #expect(MixedEquilibrium2x2.solve(g) == nil)
    let candidates = StageEquilibria.candidates(g, wantMixed: true)
    #expect(candidates.allSatisfy { EquilibriumOracle.isEquilibrium($0.profile, of: g.strategicGame) })
    let k = StageEquilibria.select(.mixed, from: candidates, in: g)
    #expect(candidates[k].supports.map(\.count).reduce(0, +) == 3)
  }
}
