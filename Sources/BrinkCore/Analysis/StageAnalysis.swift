/// The facts about one bimatrix game that `show`, `sweep`, `simulate` and
/// `explain` present: best responses, pure equilibria, and the completely mixed
/// equilibrium of a 2×2 game by the indifference conditions. Dominance comes from
/// `Dominance`.
///
/// These are the textbook constructions a teacher walks through by hand (Osborne,
/// *An Introduction to Game Theory*, 2004, §2.9 best responses, §4.3 the
/// indifference condition for 2×2 games); a test checks them against vertex
/// enumeration. All solving of larger games belongs to the solvers (`GameAnalysis`).
public struct StageAnalysis: Sendable {
  public let game: Bimatrix

  public init(_ game: Bimatrix) { self.game = game }

  /// Whether row `i` is a best response to column `j`.
  public func isRowBest(_ i: Int, _ j: Int) -> Bool { BestResponses.rows(of: game, against: j).contains(i) }
  /// Whether column `j` is a best response to row `i`.
  public func isColumnBest(_ i: Int, _ j: Int) -> Bool { BestResponses.columns(of: game, against: i).contains(j) }

  /// Each player's moves removed by iterated elimination of strictly dominated
  /// moves, by pure or mixed dominators (`Dominance.iteratedElimination`, the same
  /// iteration `explain` and `brink solve` run): what `show` dims. A move dominated
  /// only once others are gone (geneva-truce's `hold` with US at −5) is marked too.
  public var strictlyDominated: [Set<Int>] { strictlyDominated(shouldContinue: { true })! }

  /// As `strictlyDominated`, polling `shouldContinue` (one LP per move on a big
  /// game takes seconds); nil when it stopped the search.
  public func strictlyDominated(shouldContinue: () -> Bool) -> [Set<Int>]? {
    let run = Dominance.iteratedElimination(game.strategicGame, strength: .strict, mixed: true,
                                            shouldContinue: shouldContinue)
    return run.complete ? run.elimination.eliminated : nil
  }

  /// Pure equilibria as (row, column) cells, in row-major order.
  /// Each side's best responses are computed once per opposing move (not once per
  /// cell), so this is O(rows × columns), which keeps `sweep` on a big game quick.
  public var pureCells: [(Int, Int)] {
    let rowBest = (0..<game.columns).map { Set(BestResponses.rows(of: game, against: $0)) }
    let columnBest = (0..<game.rows).map { Set(BestResponses.columns(of: game, against: $0)) }
    var cells = [(Int, Int)]()
    for i in 0..<game.rows { for j in 0..<game.columns where rowBest[j].contains(i) && columnBest[i].contains(j) { cells.append((i, j)) } }
    return cells
  }

  /// The completely mixed equilibrium of a 2×2 game, when the indifference
  /// conditions have a solution strictly inside (0, 1) for both players.
  ///
  /// 1. The column mix q (on column 0) must make the row player indifferent:
  ///    a00·q + a01·(1−q) = a10·q + a11·(1−q), so q = (a11 − a01) / (a00 − a01 − a10 + a11).
  /// 2. Symmetrically the row mix p (on row 0) makes the column player indifferent:
  ///    p = (b11 − b10) / (b00 − b10 − b01 + b11).
  /// 3. Both must lie strictly between 0 and 1.
  public var mixed2x2: (p: Rational, q: Rational)? {
    guard game.rows == 2, game.columns == 2 else { return nil }
    guard let q = Self.indifference(game.a[0][0], game.a[0][1], game.a[1][0], game.a[1][1]),
      let p = Self.indifference(game.b[0][0], game.b[1][0], game.b[0][1], game.b[1][1])
    else { return nil }
    return (p, q)
  }

  /// Solves x·u + (1−x)·v = x·s + (1−x)·t for x in (0, 1): the probability on
  /// the opponent's first strategy that makes a player indifferent between two
  /// strategies paying (u, v) and (s, t).
  public static func indifference(_ u: Rational, _ v: Rational, _ s: Rational, _ t: Rational) -> Rational? {
    let denominator = u - v - s + t
    guard !denominator.isZero else { return nil }
    let x = (t - v) / denominator
    return x > .zero && x < .one ? x : nil
  }

  /// All equilibria this analysis finds: the pure ones, then the mixed 2×2 one.
  /// For a 2×2 game that is every equilibrium unless the game is degenerate
  /// (`isDegenerate2x2`); larger games get their pure equilibria only.
  public var equilibria: [Equilibrium] {
    var result = pureCells.map { (i, j) in
      Equilibrium(profile: [unit(i, game.rows), unit(j, game.columns)], payoffs: [game.a[i][j], game.b[i][j]])
    }
    if let (p, q) = mixed2x2 {
      let x = [p, .one - p], y = [q, .one - q]
      let (u, v) = game.expectedPayoffs(x, y)
      result.append(Equilibrium(profile: [x, y], payoffs: [u, v]))
    }
    return result
  }

  /// A 2×2 game where some player is indifferent between two pure strategies
  /// against some pure strategy of the other: then equilibria may form a continuum
  /// that the constructions above do not list.
  public var isDegenerate2x2: Bool {
    guard game.rows == 2, game.columns == 2 else { return false }
    return (0..<2).contains { j in game.a[0][j] == game.a[1][j] } || (0..<2).contains { i in game.b[i][0] == game.b[i][1] }
  }

  private func unit(_ k: Int, _ n: Int) -> [Rational] { (0..<n).map { $0 == k ? .one : .zero } }
}
