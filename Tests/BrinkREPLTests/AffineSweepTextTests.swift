import BrinkCore
import Testing
@testable import BrinkREPL

/// The text of an exact sweep: intervals, break points, and the sentence when
/// there are none.
@Suite struct AffineSweepTextTests {
  let game = Bimatrix(title: "summit", players: ("US", "China"), rowStrategies: ["attend", "skip"], columnStrategies: ["attend", "skip"],
                      a: [[0, 0], [0, 0]], b: [[0, 0], [0, 0]])

  @Test func intervalsAndBreakPoints() {
    let skip = EquilibriumShape(pureCells: [[1, 1]], mixed: false)
    let both = EquilibriumShape(pureCells: [[0, 0], [1, 1]], mixed: true)
    let text = AffineSweepText.render([
      .interval(low: .zero, high: Rational(2, 5), closedLow: true, closedHigh: false, shape: skip),
      .breakPoint(Rational(2, 5), shape: both),
      .interval(low: Rational(2, 5), high: .one, closedLow: false, closedHigh: true, shape: both),
    ], of: game, from: .zero, to: .one, label: "p", variable: "p")
    #expect(text == """
      Sweeping p from 0 to 1:
        p in [0, 2/5)         (skip, skip)
        p = 2/5               (attend, attend) (skip, skip) mixed   <- break point
        p in (2/5, 1]         (attend, attend) (skip, skip) mixed
      """)
  }

  @Test func noBreakPointsIsSaid() {
    let none = EquilibriumShape(pureCells: [], mixed: false)
    let text = AffineSweepText.render([.interval(low: .zero, high: .one, closedLow: true, closedHigh: true, shape: none)],
                                      of: game, from: .zero, to: .one, label: "x")
    #expect(text.hasSuffix("x in [0, 1]".padded(to: 22) + "no equilibrium found\nNo break points in this range: the equilibria keep the same shape throughout."))
  }
}
