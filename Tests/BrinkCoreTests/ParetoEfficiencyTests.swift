import Testing
@testable import BrinkCore

@Suite struct ParetoEfficiencyTests {
  @Test func prisonersDilemmaMutualDefectionIsTheOnlyInefficientOutcome() {
    let pd = Bimatrix(a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])
    let cells = ParetoEfficiency.efficientOutcomes(of: pd).map { [$0.0, $0.1] }
    #expect(cells == [[0, 0], [0, 1], [1, 0]])
    #expect(Classification2x2.paretoEfficientOutcomes(pd).map { [$0.0, $0.1] } == cells)
  }

  @Test func stagHuntOnlyMutualStagIsEfficient() {
    let stag = Bimatrix(a: [[4, 0], [3, 2]], b: [[4, 3], [0, 2]])
    #expect(ParetoEfficiency.efficientOutcomes(of: stag).map { [$0.0, $0.1] } == [[0, 0]])
  }

  @Test func tiesAndDuplicates() {
    // Equal outcomes do not dominate each other.
    let zero = Bimatrix(a: [[0, 0], [0, 0]], b: [[0, 0], [0, 0]])
    #expect(ParetoEfficiency.efficientOutcomes(of: zero).count == 4)
    #expect(ParetoEfficiency.dominates(q([1, 1]), q([1, 0])))
    #expect(!ParetoEfficiency.dominates(q([1, 1]), q([1, 1])))
    #expect(!ParetoEfficiency.dominates(q([2, 0]), q([1, 1])))
  }

  @Test func nPlayerProfilesAgreeWithTheBimatrixView() {
    var g = SplitMix64(seed: 1994)
    for _ in 0..<100 {
      let game = Bimatrix.random(Int.random(in: 1...4, using: &g), Int.random(in: 1...4, using: &g), in: -2...2, using: &g)
      let cells = Set(ParetoEfficiency.efficientOutcomes(of: game).map { [$0.0, $0.1] })
      #expect(Set(ParetoEfficiency.efficientProfiles(of: game.strategicGame)) == cells)
      #expect(!cells.isEmpty)  // a payoff-maximal outcome always exists
    }
  }
}
