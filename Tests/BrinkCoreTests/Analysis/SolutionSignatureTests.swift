import Testing
@testable import BrinkCore

@Suite struct SolutionSignatureTests {
  /// The repeated Prisoner's Dilemma, solved by backward induction, defects in every
  /// round (Luce and Raiffa 1957, §5.5): one pure equilibrium here, both escalate,
  /// and play is still in the dilemma at the horizon.
  @Test func repeatedPrisonersDilemma() throws {
    let solved = try EscalationSolver.solve(EscalationTestScenarios.prisonersDilemma(rounds: 3))
    let signature = SolutionSignature(solved: solved, round: 0, node: 0)
    #expect(signature.reached && signature.round == 0 && signature.players == ["US", "China"])
    #expect(signature.here?.shape == EquilibriumShape(pureCells: [[1, 1]], mixed: false))
    #expect(signature.here?.moves == [["hold", "escalate"], ["hold", "escalate"]])
    #expect(signature.play == [.init(state: "pd", supports: [[["escalate"], ["escalate"]]])])
    #expect(signature.ends == [.init(state: "pd", atHorizon: true)])
  }

  /// Equal solves give equal signatures; an unreached position is only that.
  @Test func equalSolvesAndAnUnreachedPosition() throws {
    let scenario = EscalationTestScenarios.standoff(selection: .riskDominant)
    let a = SolutionSignature(solved: try EscalationSolver.solve(scenario), round: 0, node: 0)
    let b = SolutionSignature(solved: try EscalationSolver.solve(scenario), round: 0, node: 0)
    #expect(a == b && a.reached)
    #expect(a.ends.isSubset(of: [.init(state: "deal", atHorizon: false), .init(state: "war", atHorizon: false),
                                 .init(state: "standoff", atHorizon: true)]))
    let unreached = SolutionSignature(solved: try EscalationSolver.solve(scenario), round: 0, node: nil)
    #expect(!unreached.reached && unreached.here == nil && unreached.play.isEmpty && unreached.ends.isEmpty)
  }
}
