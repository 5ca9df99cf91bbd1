import Testing
@testable import BrinkCore

@Suite struct EquilibriumShapeTests {
  @Test func pureCellsAndTheMixedOne() {
    let chicken = Bimatrix(a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])
    #expect(EquilibriumShape(of: chicken) == EquilibriumShape(pureCells: [[0, 1], [1, 0]], mixed: true))
    let pennies = Bimatrix(a: [[1, -1], [-1, 1]], b: [[-1, 1], [1, -1]])
    #expect(EquilibriumShape(of: pennies) == EquilibriumShape(pureCells: [], mixed: true))
  }
}
