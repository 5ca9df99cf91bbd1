import Testing
@testable import BrinkCore

/// At every break point and end point a sweep lists exactly what `solve` lists
/// there (issue 10, item 5).
@Suite struct SweepPointTests {
  /// Chicken (Rapoport and Chammah 1966, as in the REPL's `chicken`): rows and
  /// columns Yield, Escalate; the clash pays US x.
  static let chicken = Bimatrix(title: "chicken", players: ("US", "China"), rowStrategies: ["Yield", "Escalate"],
                                columnStrategies: ["Yield", "Escalate"], a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])
  /// Skyrms's stag hunt (2004) with T = P = 3, R = 4, S = 0; US's (Defect, Defect) is x.
  static let stagHunt = Bimatrix(title: "stag hunt", players: ("US", "China"), rowStrategies: ["Cooperate", "Defect"],
                                 columnStrategies: ["Cooperate", "Defect"], a: [[4, 0], [3, 3]], b: [[4, 3], [0, 3]])

  func points(_ game: Bimatrix, from: Rational, to: Rational) throws -> (AffineSweep, [AffineSweep.Entry]) {
    let sweep = AffineSweep(game: .payoff(of: game, row: 1, column: 1, player: 0))
    return (sweep, try #require(sweep.entries(from: from, to: to)))
  }

  /// For each listed point, the sweep's list equals `solve`'s at that payoff.
  func expectSameAsSolve(_ sweep: AffineSweep, _ entries: [AffineSweep.Entry]) throws {
    for x in entries.compactMap(\.point) {
      let solve = try GameAnalysis.compute(sweep.game.at(x).strategicGame, method: .all)
      let listed = sweep.equilibria(at: x)
      #expect(listed.equilibria == solve.equilibria, "at \(x)")
      #expect(listed.nashSubsets == solve.nashSubsets, "at \(x)")
      #expect(listed.components == solve.components, "at \(x)")
    }
  }

  /// At x = −1 the clash pays US what yielding to an escalator does: US is
  /// indifferent against Escalate, the mixed equilibrium reaches the edge
  /// (9/10 Yield + 1/10 Escalate, Escalate), and with (Yield, Escalate) it spans a
  /// continuum. The sweep lists all three there, as `solve` does.
  @Test func chickenAtMinusOne() throws {
    let (sweep, entries) = try points(Self.chicken, from: -20, to: 5)
    #expect(entries.contains(.breakPoint(-1, shape: sweep.shape(at: -1))))
    let atMinusOne = sweep.equilibria(at: -1)
    #expect(atMinusOne.equilibria.count == 3)
    #expect(atMinusOne.continua.count == 1)
    #expect(sweep.shape(at: -1).partial == [[[0, 1], [1]]])
    try expectSameAsSolve(sweep, entries)
  }

  /// From x = 0 (P = S for US: indifferent against Defect) the end point has a
  /// continuum the inside of the range lacks: the sweep reports the change there.
  @Test func stagHuntChangesAtTheEnd() throws {
    let (sweep, entries) = try points(Self.stagHunt, from: 0, to: 5)
    guard case .endPoint(let x, _, let changes) = entries.first else { Issue.record("no end point first"); return }
    #expect(x == 0 && changes)
    #expect(sweep.equilibria(at: 0).equilibria.count == 3)
    #expect(sweep.equilibria(at: 0).continua.count == 1)
    guard case .endPoint(_, _, let changesAtFive) = entries.last else { Issue.record("no end point last"); return }
    #expect(!changesAtFive)
    try expectSameAsSolve(sweep, entries)
  }

  /// Random small games: every listed point agrees with `solve`.
  @Test func randomGamesAgreeWithSolve() throws {
    var rng = SplitMix64(seed: 10)
    func small() -> Rational { Rational(Int(rng.next() % 5) - 2) }
    for n in [2, 2, 3] {
      for _ in 0..<15 {
        let moves = (0..<n).map { "m\($0)" }
        let game = Bimatrix(title: "", players: ("R", "C"), rowStrategies: moves, columnStrategies: moves,
                            a: (0..<n).map { _ in (0..<n).map { _ in small() } }, b: (0..<n).map { _ in (0..<n).map { _ in small() } })
        let (sweep, entries) = try points(game, from: -3, to: 3)
        try expectSameAsSolve(sweep, entries)
      }
    }
  }
}
