import Testing
@testable import BrinkCore

@Suite struct FusedRoundTableTests {
  typealias L = CompiledLadder

  /// Vose's table reproduces the distribution: each column keeps itself with
  /// chance threshold/2⁵³ and gives the rest to its alias, each column 1/n.
  @Test func aliasTableReproducesTheWeights() {
    var rng = SystemRandomNumberGenerator()
    for n in [1, 2, 3, 7, 45] {
      let weights = (0..<n).map { _ in Double.random(in: 0.001...1, using: &rng) }
      var cells = Array(repeating: FusedRoundTable.Entry(threshold: 0, alias: 0, next: 0, joint: 0, moves: 0), count: n)
      FusedRoundTable.vose(weights, into: &cells, offset: 100)
      var mass = Array(repeating: 0.0, count: n)
      for (i, cell) in cells.enumerated() {
        let keep = Double(cell.threshold) / Double(LadderBuilder.unit)
        mass[i] += keep / Double(n)
        mass[Int(cell.alias) - 100] += (1 - keep) / Double(n)
      }
      let total = weights.reduce(0, +)
      for i in 0..<n { #expect(abs(mass[i] - weights[i] / total) < 1e-12, "n \(n) column \(i)") }
    }
  }

  @Test func fusedProbabilitiesAreTheProductOfMovesAndTransitions() throws {
    let ladder = LadderFixtures.crisis()
    let table = try #require(ladder.fused)
    // Stationary strategies: one block; standoff has 2 + 2 + 2 + 1 transitions over its 4 joints.
    #expect(table.roundStride == 0 && table.code0Stride == 0 && table.code1Stride == 0)
    #expect(table.cellCount == [7, 5, 8, 0, 0])  // talks: 2 + 1 + 1 + 1
    let start = Int(table.cellStart[0]), n = Int(table.cellCount[0])
    var mass: [Int32: Double] = [:]  // by joint * 8 + next
    for i in start..<start + n {
      let keep = Double(table.entries[i].threshold) / Double(LadderBuilder.unit)
      let own = table.entries[i], alias = table.entries[Int(own.alias)]
      mass[own.joint * 8 + own.next, default: 0] += keep / Double(n)
      mass[alias.joint * 8 + alias.next, default: 0] += (1 - keep) / Double(n)
    }
    // (escalate, hold) → escalation: p(escalate) 0.3 × q(hold) 0.6 × 0.7.
    #expect(abs(mass[1 * 8 + 2]! - 0.3 * 0.6 * 0.7) < 1e-12)
    // (escalate, escalate) → escalation for sure: 0.3 × 0.4.
    #expect(abs(mass[3 * 8 + 2]! - 0.3 * 0.4) < 1e-12)
  }

  @Test func tooLargeTablesFallBackToMoveByMove() throws {
    let rounds = 60_000
    let state = L.State(
      name: "s", moves: [["a", "b", "c"], ["x", "y", "z"]],
      outcomes: (0..<9).map { L.Outcome(payoffs: [Double($0), 0], transitions: [.init(to: 0, probability: 0.5), .init(to: 1, probability: 0.5)]) })
    let row: [[Double]] = [[0.2, 0.3, 0.5], []]
    let ladder = try CompiledLadder(
      states: [state, L.State(name: "t", isTerminal: true)], initialState: 0,
      strategies: [.byRound(Array(repeating: row, count: rounds)), .stationary(row)], rounds: rounds, discount: 1)
    #expect(ladder.fused == nil)
    let statistics = Simulator.run(ladder, paths: 2000, seed: 1, threads: 2)
    // Absorbed at round t ≥ 1 with probability 2^-t.
    #expect(statistics.absorbed[1][0] == 0)
    #expect(abs(Double(statistics.absorbed[1][1]) / 2000 - 0.5) < 5 * (0.25 / 2000).squareRoot())
    #expect(statistics.pathsCompleted == 2000)
  }
}
