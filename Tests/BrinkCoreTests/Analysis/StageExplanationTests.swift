import Testing
@testable import BrinkCore

/// The facts `explain` narrates, on games worked by hand.
@Suite struct StageExplanationTests {
  /// Prisoner's Dilemma (Axelrod 1984's payoffs): Defect is the best response to
  /// everything, Cooperate is eliminated for both, one pure equilibrium, no mixed one.
  @Test func prisonersDilemma() throws {
    let pd = Bimatrix(rowStrategies: ["C", "D"], columnStrategies: ["C", "D"], a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let facts = StageExplanation(pd)
    #expect(facts.rowBest == [[1], [1]] && facts.columnBest == [[1], [1]])
    #expect(facts.elimination.steps.map { [$0.player, $0.strategy] } == [[0, 0], [1, 0]])
    #expect(facts.evidence.count == 2)
    // Step 1: D pays 5 > 3 against C and 1 > 0 against D.
    #expect(facts.evidence[0].map(\.margin).allSatisfy { $0 > .zero })
    #expect(facts.pureCells == [[1, 1]])
    #expect(facts.mixed == nil)
    #expect(facts.classification?.name == Classification2x2.classify(pd)?.name)
    #expect(facts.folded == nil)
  }

  /// Chicken's mixed equilibrium (9/10 on Yield for both, payoff -1/10 each), and a
  /// folded game that turns it into a game with one equilibrium.
  @Test func chickenAndAFoldedGame() throws {
    let chicken = Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])
    let folded = Bimatrix(a: [[5, 4], [1, -10]], b: [[5, 1], [4, -10]])
    let facts = StageExplanation(chicken, folded: (folded, Rational(1, 2)))
    let mixed = try #require(facts.mixed)
    #expect(mixed.p == Rational(9, 10) && mixed.q == Rational(9, 10))
    #expect(mixed.payoffs.0 == Rational(-1, 10) && mixed.payoffs.1 == Rational(-1, 10))
    #expect(facts.pureCells == [[0, 1], [1, 0]])
    #expect(facts.folded?.pureCells == [[0, 0]] && facts.folded?.discount == Rational(1, 2))
  }
}
