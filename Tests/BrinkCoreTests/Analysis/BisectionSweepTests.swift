import Testing
@testable import BrinkCore

/// The bisection sweep on step functions whose changes are known.
@Suite struct BisectionSweepTests {
  @Test func bisectionBracketsEachChange() {
    // Changes at 1/3 (off the grid) and at 1/2 (on it), and two changes inside one
    // grid step (between 0.81 and 0.83: up at 0.815, down at 0.825).
    func signature(_ t: Rational) -> Int {
      (t > Rational(1, 3) ? 1 : 0) + (t >= Rational(1, 2) ? 1 : 0) + (t > Rational(163, 200) && t < Rational(33, 40) ? 10 : 0)
    }
    let sweep = BisectionSweep<Int>(grid: 20, width: Rational(1, 1000))
    let runs = sweep.runs(from: .zero, to: .one, evaluate: signature)
    #expect(runs.map(\.signature) == [0, 1, 2])
    let breaks = zip(runs, runs.dropFirst()).map { ($0.last, $1.first) }
    #expect(breaks[0].0 <= Rational(1, 3) && Rational(1, 3) < breaks[0].1 && breaks[0].1 - breaks[0].0 <= Rational(1, 1000))
    #expect(breaks[1].1 == Rational(1, 2) && breaks[1].1 - breaks[1].0 <= Rational(1, 1000))
    // The blip inside one grid step reverts, so bisection cannot see it (documented).
    #expect(runs.last!.last == .one)
  }

  @Test func bisectionFollowsBothChangesInOneStep() {
    // 0 → 1 at 0.31, 1 → 2 at 0.32: both inside the grid step [0.3, 0.35].
    func signature(_ t: Rational) -> Int { (t > Rational(31, 100) ? 1 : 0) + (t > Rational(32, 100) ? 1 : 0) }
    let runs = BisectionSweep<Int>(grid: 20, width: Rational(1, 1000)).runs(from: .zero, to: .one, evaluate: signature)
    #expect(runs.map(\.signature) == [0, 1, 2])
  }
}
