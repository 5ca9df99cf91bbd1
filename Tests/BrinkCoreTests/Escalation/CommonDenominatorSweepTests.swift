import BigInt
import Testing
@testable import BrinkCore

/// The common-denominator sweep (`CommonDenominatorSweep`) against the plain
/// `Rational` sweep it stands in for: on rule-only ladders every node's values,
/// strategies, explanations and folded stage game must be the same, exactly.
@Suite struct CommonDenominatorSweepTests {
  typealias S = EscalationTestScenarios

  func expectSameAsRationalSweep(_ scenario: EscalationScenario) throws {
    let fast = try EscalationSolver.solve(scenario)
    let run = Run<Rational>(scenario: scenario, graph: try LadderGraph(scenario: scenario))
    #expect(try run.solveOnCommonDenominators({ true }, progress: { _, _ in }) != nil, "the sweep does not apply")
    let plain = try run.solve({ true }, progress: { _, _ in })
    #expect(fast.exactExpectedValues == plain.exactExpectedValues)
    var decisions = 0
    for t in 0...plain.horizon {
      for n in plain.nodes[t].indices {
        let a = fast.nodes[t][n], b = plain.nodes[t][n]
        #expect(a.exactValues == b.exactValues, "round \(t), node \(n)")
        #expect(a.values == b.values)
        #expect(a.exactPlayed == b.exactPlayed)
        #expect(a.played == b.played)
        #expect(a.intended == b.intended)
        #expect(a.explanations == b.explanations)
        #expect(a.stageGame == b.stageGame, "round \(t), node \(n)")
        if b.stageGame != nil { decisions += 1 }
      }
    }
    #expect(decisions > 0)
  }

  /// Grim trigger against generous tit-for-tat, both trembling, discounted: memory
  /// nodes, mixed play and values of growing size.
  @Test func reactiveRulesWithTrembles() throws {
    var scenario = S.prisonersDilemma(rounds: 8, behaviours: [
      PlayerBehaviour(model: .grimTrigger, tremble: Rational(1, 10)),
      PlayerBehaviour(model: .generousTitForTat(forgiveness: Rational(1, 3)), tremble: Rational(1, 20)),
    ])
    scenario.discount = Rational(19, 20)
    try expectSameAsRationalSweep(scenario)
  }

  /// Sequential stages, chance branches and terminal states reached before the
  /// horizon, a fixed mixture against tit-for-tat.
  @Test func sequentialStagesAndTerminals() throws {
    var scenario = S.tremblingChallenge(firstMover: 1)
    scenario.behaviours = [PlayerBehaviour(model: .fixed(strategies: [[Rational(1, 3), Rational(2, 3)], nil, nil]), tremble: Rational(1, 7)),
                           PlayerBehaviour(model: .titForTat, tremble: Rational(1, 5))]
    try expectSameAsRationalSweep(scenario)
  }

  /// Payoffs that read a variable, events and shocks from the calendar, a script.
  @Test func variablesEventsAndScripts() throws {
    var scenario = S.calendarDriven()
    scenario.behaviours = [PlayerBehaviour(model: .script(moves: ["wait", nil, "wait"])),
                           PlayerBehaviour(model: .fixed(strategies: [[.one], [.one], nil]))]
    scenario.discount = Rational(7, 8)
    try expectSameAsRationalSweep(scenario)
  }

  /// Chance branches to terminal states, tit-for-tat on both sides.
  @Test func titForTatStandoff() throws {
    var scenario = S.standoff(selection: .payoffDominant)
    scenario.behaviours = [PlayerBehaviour(model: .titForTat, tremble: Rational(1, 20)),
                           PlayerBehaviour(model: .titForTat, tremble: Rational(1, 50))]
    try expectSameAsRationalSweep(scenario)
  }

  /// A player who optimises leaves the sweep to the `Rational` one.
  @Test func optimisingPlayerIsNotSwept() throws {
    let scenario = S.standoff(selection: .payoffDominant)
    let run = Run<Rational>(scenario: scenario, graph: try LadderGraph(scenario: scenario))
    #expect(try run.solveOnCommonDenominators({ true }, progress: { _, _ in }) == nil)
  }

  /// `x += k·y` in two's complement words against `BigInt`, with signs mixed,
  /// carries through every word, and sign extension.
  @Test func twosComplementWords() {
    var generator = SplitMix64(seed: 11)
    let width = 5
    for _ in 0..<500 {
      func random() -> BigInt {
        let words = Int(generator.next() % 3) + 1
        var x = BigInt(0)
        for _ in 0..<words { x = (x << 64) + BigInt(generator.next()) }
        x >>= Int(generator.next() % 64)
        return generator.next() % 2 == 0 ? x : -x
      }
      let x = random(), y = random()
      let k = Int64(bitPattern: generator.next()) >> Int(generator.next() % 64)
      var xs = [UInt](repeating: 0, count: width), ys = [UInt](repeating: 0, count: width)
      xs.withUnsafeMutableBufferPointer { TwosComplementWords.store(x, into: $0.baseAddress!, width: width) }
      ys.withUnsafeMutableBufferPointer { TwosComplementWords.store(y, into: $0.baseAddress!, width: width) }
      ys.withUnsafeBufferPointer { yb in
        xs.withUnsafeMutableBufferPointer {
          TwosComplementWords.multiplyAdd($0.baseAddress!, yb.baseAddress!, by: k, width: width)
        }
      }
      let expected = x + BigInt(k) * y
      #expect(xs.withUnsafeBufferPointer { TwosComplementWords.load($0.baseAddress!, width: width) } == expected)
      let wide = TwosComplementWords.widened(xs, count: 1, from: width, to: width + 2)
      #expect(wide.withUnsafeBufferPointer { TwosComplementWords.load($0.baseAddress!, width: width + 2) } == expected)
      let small = xs.withUnsafeBufferPointer { TwosComplementWords.int64($0.baseAddress!, width: width) }
      #expect(small == Int64(exactly: expected))
    }
  }
}
