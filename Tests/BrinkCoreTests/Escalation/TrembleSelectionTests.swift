import Testing
@testable import BrinkCore

/// Equilibrium selection accounts for the trembles (issue 10, item 9): a weak
/// equilibrium that is not a best reply to the trembling opponent is not chosen.
/// Selten (1975), "Reexamination of the perfectness concept for equilibrium points
/// in extensive games", *International Journal of Game Theory* 4: 25–55 — a
/// (trembling-hand) perfect equilibrium is a limit of best replies to completely
/// mixed, trembling play; here the tremble is the scenario's fixed ε.
@Suite("Equilibrium selection under trembles (Selten 1975)")
struct TrembleSelectionTests {
  static func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// Rows U, D; columns L, R. (U, L) = (3, 3), (U, R) = (0, 3), (D, L) = (0, 0),
  /// (D, R) = (1, 1). R weakly dominates L for the column player, so (U, L) is a
  /// Nash equilibrium only because the row player never errs: it is not perfect.
  /// (D, R) is strict, hence perfect. Payoff dominance prefers (U, L).
  static let game = Bimatrix(a: [[3, 0], [0, 1]], b: [[3, 3], [0, 1]])

  static func scenario(rowTremble: Rational) -> EscalationScenario {
    let moves = ["U", "D"].map { Move(name: $0) }, columns = ["L", "R"].map { Move(name: $0) }
    let state = EscalationState(name: "s", moves: [moves, columns], outcomes: (0..<2).map { i in
      (0..<2).map { j in JointOutcome(game.a[i][j], game.b[i][j], to: 0) }
    })
    let payoffDominant = PlayerBehaviour(model: .equilibrium(selection: .payoffDominant))
    var row = payoffDominant
    row.tremble = rowTremble
    return EscalationScenario(players: ["Row", "Column"], states: [state],
                              calendar: ScenarioCalendar(start: EscalationTestScenarios.start, rounds: 1),
                              behaviours: [row, payoffDominant])
  }

  @Test("without a tremble, payoff dominance picks the weak (U, L)")
  func noTremble() throws {
    let node = try EscalationSolver.solve(Self.scenario(rowTremble: .zero)).nodes[0][0]
    #expect(node.intended?.leaderMixture == [1, 0])
    #expect(node.intended?.followerMixtures == [[1, 0]])
  }

  /// With the row player trembling (ε = 1/10), L earns 3·(1 − ε/2) and R earns
  /// 3·(1 − ε/2) + ε/2: L is no best reply, (U, L) is dropped, and both players
  /// expect the perfect (D, R).
  @Test("with the row player's tremble, the perfect (D, R) is chosen")
  func rowTremble() throws {
    let node = try EscalationSolver.solve(Self.scenario(rowTremble: Self.r(1, 10))).nodes[0][0]
    #expect(node.intended?.leaderMixture == [0, 1])
    #expect(node.intended?.followerMixtures == [[0, 1]])
    let d = node.selected.compactMap { $0 }.map { node.equilibria[$0].profile }
    #expect(d.count == 2 && d.allSatisfy { $0 == [[0, 1], [0, 1]] })
  }

  @Test("the filter keeps exactly the candidates that are best replies to trembled play")
  func filter() {
    let candidates = StageEquilibria.candidates(Self.game, wantMixed: false)
    #expect(candidates.count == 2)
    let kept = StageEquilibria.robustToTrembles(candidates, in: Self.game, tremble: [Self.r(1, 10), .zero])
    #expect(kept.map { candidates[$0].profile } == [[[0, 1], [0, 1]]])
    // The column player's own tremble does not break (U, L): the row player's U
    // stays the strict best reply to L, and nobody else's play changes.
    #expect(StageEquilibria.robustToTrembles(candidates, in: Self.game, tremble: [.zero, Self.r(1, 10)]).count == 2)
    #expect(StageEquilibria.robustToTrembles(candidates, in: Self.game, tremble: [.zero, .zero]).count == 2)
  }
}
