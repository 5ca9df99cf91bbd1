import Testing
@testable import BrinkCore

/// What decided the selection is recorded truly (issue 10, item 6): risk dominance
/// only between two strict equilibria whose deviation-loss products differ
/// (Harsanyi and Selten 1988, §3.9), payoff dominance as the fallback otherwise.
@Suite struct StageEquilibriaDecideTests {
  /// Skyrms's stag hunt, strict version (R 4, T 3, P 2, S 0): (Defect, Defect) has
  /// product (2 − 0)² = 4 against (4 − 3)² = 1, so it risk-dominates.
  @Test func stagHuntIsDecidedByRiskDominance() {
    let stag = Bimatrix(a: [[4, 0], [3, 2]], b: [[4, 3], [0, 2]])
    let candidates = StageEquilibria.candidates(stag, wantMixed: false)
    #expect(candidates.count == 2)
    let d = StageEquilibria.decide(.riskDominant, from: candidates, in: stag)
    #expect(d.reason == .riskDominance)
    #expect(candidates[d.index].profile == [[0, 1], [0, 1]])
  }

  /// Three weak pure equilibria (payoffs 1 everywhere but (0, 0) at (B, R)): risk
  /// dominance does not apply, and payoff dominance decides, said as a fallback.
  @Test func weakEquilibriaFallBackToPayoffDominance() {
    let game = Bimatrix(a: [[1, 1], [1, 0]], b: [[1, 1], [1, 0]])
    let candidates = StageEquilibria.candidates(game, wantMixed: false)
    #expect(candidates.count == 3)
    #expect(StageEquilibria.decide(.riskDominant, from: candidates, in: game).reason == .payoffDominanceFallback)
    #expect(StageEquilibria.decide(.payoffDominant, from: candidates, in: game).reason == .payoffDominance)
    #expect(StageEquilibria.decide(.mixed, from: candidates, in: game).reason == .largestSupport)
  }

  /// Symmetric Chicken: the two strict equilibria have equal products, so risk
  /// dominance ties and payoff dominance decides.
  @Test func chickenTiesOnRisk() {
    let chicken = Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])
    let candidates = StageEquilibria.candidates(chicken, wantMixed: false)
    #expect(StageEquilibria.decide(.riskDominant, from: candidates, in: chicken).reason == .payoffDominanceFallback)
  }

  /// One candidate: "the only one", whatever the rule.
  @Test func oneCandidateIsTheOnly() {
    let pd = Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let candidates = StageEquilibria.candidates(pd, wantMixed: false)
    for rule in EquilibriumSelection.allCases {
      #expect(StageEquilibria.decide(rule, from: candidates, in: pd).reason == .only)
    }
  }
}
