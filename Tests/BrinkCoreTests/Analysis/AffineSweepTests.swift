import Testing
@testable import BrinkCore

/// The affine sweep: its candidates for a payoff and for a line through two games,
/// and the shape it follows, constant between candidates.
@Suite struct AffineSweepTests {
  /// Chicken as the REPL's built-in game has it.
  let chicken = Bimatrix(title: "chicken", players: ("US", "China"),
                         rowStrategies: ["Yield", "Escalate"], columnStrategies: ["Yield", "Escalate"],
                         a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]])

  /// Varying one payoff is the affine game with slope 1 at that cell. Chicken's
  /// US payoffs are a = [[0, -1], [1, -10]]; with x at (Escalate, Escalate) the
  /// candidates are the tie with the other row of that column, x = a01 = -1, and
  /// the root of the 2×2 denominator a00 − a01 − a10 + x = 0 + 1 − 1 + x, x = 0.
  @Test func payoffSweepIsTheSlopeOneCase() {
    let sweep = AffineSweep(game: .payoff(of: chicken, row: 1, column: 1, player: 0))
    #expect(sweep.candidates == [Rational(-1), .zero])
    #expect(sweep.game.at(Rational(-10)) == chicken)
  }

  /// `fitted` keeps a line only when the third point lies on it.
  @Test func fittedChecksAThirdPoint() {
    let line = AffineGame.payoff(of: chicken, row: 1, column: 1, player: 0)
    let fitted = AffineGame.fitted(first: line.at(AffineGame.probes.first)) { line.at($0) }
    #expect(fitted?.at(Rational(-7)) == line.at(Rational(-7)))
    // Bent at the check point: no line.
    let bent = AffineGame.fitted(first: line.at(AffineGame.probes.first)) { t in
      t == AffineGame.probes.check ? line.at(t + .one) : line.at(t)
    }
    #expect(bent == nil)
  }

  /// Progress counts the pieces between FROM, the candidates inside and TO: on
  /// [-20, 5] Chicken's two candidates (-1 and 0) make three.
  @Test func progressCountsThePieces() {
    let sweep = AffineSweep(game: .payoff(of: chicken, row: 1, column: 1, player: 0))
    var reports = [[Int]]()
    #expect(sweep.entries(from: Rational(-20), to: Rational(5), progress: { reports.append([$0, $1]) }) != nil)
    #expect(reports == [[1, 3], [2, 3], [3, 3]])
  }

  @Test func theLineThroughTwoGamesPassesThroughBoth() {
    let sweep = AffineSweep(game: .payoff(of: chicken, row: 0, column: 1, player: 1))
    let g0 = sweep.game.at(Rational(1, 3)), g1 = sweep.game.at(Rational(7, 2))
    let line = AffineGame.through(g0, at: Rational(1, 3), g1, at: Rational(7, 2))
    #expect(line.at(Rational(1, 3)) == g0 && line.at(Rational(7, 2)) == g1)
    #expect(line.at(Rational(-5)) == sweep.game.at(Rational(-5)))
    #expect(AffineSweep(game: line).candidates == sweep.candidates)
  }

  /// The summit of `SweepCommandTests` with δ = 1: only (attend, attend) moves,
  /// as -4 + 10p for both. Ties at p = 2/5 (attend vs skip against an attender);
  /// the 2×2 denominator 10p vanishes at 0.
  @Test func candidatesOfAMovingCellForBothPlayers() {
    let base = Bimatrix(title: "summit", players: ("US", "China"), rowStrategies: ["attend", "skip"], columnStrategies: ["attend", "skip"],
                        a: [[-4, -4], [0, 0]].map { $0.map { Rational($0) } }, b: [[-4, 0], [-4, 0]].map { $0.map { Rational($0) } })
    let slope = [[Rational(10), .zero], [.zero, .zero]]
    let sweep = AffineSweep(game: AffineGame(base: base, slopeA: slope, slopeB: slope))
    #expect(sweep.candidates == [.zero, Rational(2, 5)])
    #expect(sweep.shape(at: Rational(1, 5)) == EquilibriumShape(pureCells: [[1, 1]], mixed: false))
    #expect(sweep.shape(at: Rational(2, 5)) == EquilibriumShape(pureCells: [[0, 0], [1, 1]], mixed: false))
    #expect(sweep.shape(at: Rational(1, 2)) == EquilibriumShape(pureCells: [[0, 0], [1, 1]], mixed: true))
  }

  /// The entries over [0, 1] of that summit: one break point at 2/5, where
  /// (attend, attend) joins; past it the mixed equilibrium exists too.
  @Test func entriesMergePiecesAndKeepBreakPoints() throws {
    let base = Bimatrix(title: "summit", players: ("US", "China"), rowStrategies: ["attend", "skip"], columnStrategies: ["attend", "skip"],
                        a: [[-4, -4], [0, 0]].map { $0.map { Rational($0) } }, b: [[-4, 0], [-4, 0]].map { $0.map { Rational($0) } })
    let slope = [[Rational(10), .zero], [.zero, .zero]]
    let sweep = AffineSweep(game: AffineGame(base: base, slopeA: slope, slopeB: slope))
    let entries = try #require(sweep.entries(from: .zero, to: .one))
    let skip = EquilibriumShape(pureCells: [[1, 1]], mixed: false)
    let both = EquilibriumShape(pureCells: [[0, 0], [1, 1]], mixed: false)
    let mixed = EquilibriumShape(pureCells: [[0, 0], [1, 1]], mixed: true)
    #expect(entries == [
      .endPoint(.zero, shape: skip, changes: false),
      .interval(low: .zero, high: Rational(2, 5), closedLow: false, closedHigh: false, shape: skip),
      .breakPoint(Rational(2, 5), shape: both),
      .interval(low: Rational(2, 5), high: .one, closedLow: false, closedHigh: false, shape: mixed),
      .endPoint(.one, shape: mixed, changes: false),
    ])
    #expect(sweep.entries(from: .zero, to: .one, shouldContinue: { false }) == nil)
  }

  /// Between two neighbouring candidates the shape never changes: checked at random
  /// points of every piece of random 2×2 and 3×3 affine games (small integers, so
  /// ties and degeneracies are common).
  @Test func shapeIsConstantBetweenCandidates() {
    var rng = SplitMix64(seed: 4)
    func small() -> Rational { Rational(Int(rng.next() % 7) - 3) }
    for n in [2, 2, 2, 3, 3] {
      for _ in 0..<40 {
        func matrix() -> [[Rational]] { (0..<n).map { _ in (0..<n).map { _ in small() } } }
        let moves = (0..<n).map { "m\($0)" }
        let base = Bimatrix(title: "", players: ("R", "C"), rowStrategies: moves, columnStrategies: moves, a: matrix(), b: matrix())
        let sweep = AffineSweep(game: AffineGame(base: base, slopeA: matrix(), slopeB: matrix()))
        let cuts = [Rational(-20)] + sweep.candidates.filter { $0 > Rational(-20) && $0 < Rational(20) } + [Rational(20)]
        for (lo, hi) in zip(cuts, cuts.dropFirst()) {
          let mid = sweep.shape(at: (lo + hi) / Rational(2))
          for k in 1...4 {
            let t = lo + (hi - lo) * Rational(Int(rng.next() % 97) + 1, 99) * Rational(k, 4)
            #expect(sweep.shape(at: t) == mid, "pieces (\(lo), \(hi)) at \(t)")
          }
        }
      }
    }
  }
}
