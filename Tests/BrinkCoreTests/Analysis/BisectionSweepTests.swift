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

  /// Progress counts every evaluation against a total known after the grid (one
  /// change off the grid: its halvings), and the points handed out as they are
  /// evaluated group into the same runs (what a sweep cut short shows).
  @Test func progressAndThePointsEvaluated() {
    func signature(_ t: Rational) -> Int { t > Rational(1, 3) ? 1 : 0 }
    let sweep = BisectionSweep<Int>(grid: 20, width: Rational(1, 1000))
    var reports = [(Int, Int)](), points = [(t: Rational, signature: Int)]()
    let runs = sweep.runs(from: .zero, to: .one, evaluated: { points.append(($0, $1)) },
                          progress: { reports.append(($0, $1)) }, evaluate: signature)
    // 1/20 halved 6 times is 1/1280 ≤ 1/1000: 21 grid points and 6 midpoints.
    #expect(reports.count == 27 && points.count == 27)
    #expect(reports.map(\.0) == Array(1...27))
    #expect(reports.prefix(21).allSatisfy { $0.1 == 21 })
    #expect(reports.dropFirst(21).allSatisfy { $0.1 == 27 })
    let grouped = BisectionSweep<Int>.runs(of: points)
    #expect(grouped.map(\.signature) == runs.map(\.signature))
    #expect(grouped.map(\.first) == runs.map(\.first) && grouped.map(\.last) == runs.map(\.last))
    // Stopped after 5 points: the runs of those alone, up to the fifth grid point.
    struct Stop: Error {}
    var seen = [(t: Rational, signature: Int)]()
    #expect(throws: Stop.self) {
      _ = try sweep.runs(from: .zero, to: .one, evaluated: { seen.append(($0, $1)) }) { (t: Rational) throws(Stop) -> Int in
        if seen.count == 5 { throw Stop() }
        return signature(t)
      }
    }
    #expect(BisectionSweep<Int>.runs(of: seen).map(\.last) == [Rational(1, 5)])
  }

  /// `brink sweep --shard k/n`: the blocks of grid steps partition the grid, and the
  /// points evaluated for them, put together, are exactly the whole sweep's (the
  /// grid point two blocks share, twice), so they group into the same runs.
  @Test func shardsEvaluateExactlyTheWholeSweepsPoints() {
    func signature(_ t: Rational) -> Int {
      (t > Rational(1, 3) ? 1 : 0) + (t >= Rational(1, 2) ? 1 : 0) + (t > Rational(31, 100) && t < Rational(33, 100) ? 10 : 0)
    }
    let sweep = BisectionSweep<Int>(grid: 20, width: Rational(1, 1000))
    var whole = [Rational]()
    let runs = sweep.runs(from: .zero, to: .one, evaluated: { t, _ in whole.append(t) }, evaluate: signature)
    for n in [1, 2, 3, 7, 20, 21, 40] {
      let blocks = (1...n).map { sweep.steps(shard: $0, of: n) }
      #expect(blocks.first!.lowerBound == 0 && blocks.last!.upperBound == 20)
      #expect(zip(blocks, blocks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
      var points = [(t: Rational, signature: Int)]()
      for block in blocks {
        _ = sweep.runs(from: .zero, to: .one, steps: block, evaluated: { points.append(($0, $1)) }, evaluate: signature)
      }
      #expect(Set(points.map(\.t)) == Set(whole), "n = \(n)")
      #expect(points.count == whole.count + blocks.filter { !$0.isEmpty }.count - 1, "n = \(n)")
      let merged = BisectionSweep<Int>.runs(of: points)
      #expect(merged.map(\.signature) == runs.map(\.signature) && merged.map(\.first) == runs.map(\.first)
              && merged.map(\.last) == runs.map(\.last), "n = \(n)")
    }
  }
}
