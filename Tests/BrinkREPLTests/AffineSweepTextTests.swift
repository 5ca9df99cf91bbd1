import BrinkCore
import Testing
@testable import BrinkREPL

/// The text of an exact sweep: end points, intervals, break points with every
/// equilibrium there, and the sentence when nothing changes.
@Suite struct AffineSweepTextTests {
  /// The summit of `SweepCommandTests` with the deal's probability folded in:
  /// attend/attend pays each -4 + 10p.
  static let base = Bimatrix(title: "summit", players: ("US", "China"), rowStrategies: ["attend", "skip"], columnStrategies: ["attend", "skip"],
                             a: [[-4, -4], [0, 0]], b: [[-4, 0], [-4, 0]])

  func text(_ from: Rational, _ to: Rational) throws -> String {
    let slope = [[Rational(10), .zero], [.zero, .zero]]
    let sweep = AffineSweep(game: AffineGame(base: Self.base, slopeA: slope, slopeB: slope))
    let entries = try #require(sweep.entries(from: from, to: to))
    var solutions = [Rational: EquilibriumSet]()
    for x in entries.compactMap(\.point) { solutions[x] = sweep.equilibria(at: x) }
    return AffineSweepText.render(entries, solutions: solutions, of: Self.base, from: from, to: to, label: "p", variable: "p")
  }

  @Test func intervalsAndBreakPoints() throws {
    #expect(try text(.zero, .one) == """
      Sweeping p from 0 to 1:
        p = 0                 (skip, skip)   <- end point
        p in (0, 2/5)         (skip, skip)
        p = 2/5               (attend, attend) (skip, skip)   <- break point
        p in (2/5, 1)         (attend, attend) (skip, skip) mixed
        p = 1                 (attend, attend) (2/5 attend + 3/5 skip, 2/5 attend + 3/5 skip) (skip, skip)   <- end point
      """)
  }

  @Test func noBreakPointsIsSaid() throws {
    #expect(try text(.zero, Rational(1, 5)).hasSuffix("""
        p = 1/5               (skip, skip)   <- end point
      No break points in this range: the equilibria keep the same shape throughout.
      """))
  }

  /// A range starting at the break point: the change is reported at the end.
  @Test func aChangeAtAnEndIsSaid() throws {
    let out = try text(Rational(2, 5), .one)
    #expect(out.contains("p = 2/5               (attend, attend) (skip, skip)   <- end point; the equilibria change here"))
    #expect(!out.contains("No break points"))
  }
}
