/// Everything `solve` finds for one game by one method (`SolveMethod`): the value
/// that `brink solve` and the REPL's `solve` render as text and JSON, and that
/// `export solution` writes without solving again.
///
/// Build one with `compute(_:method:shouldContinue:)`; it holds the engine's
/// results only (no text).
public struct GameAnalysis: Sendable {
  public var game: StrategicGame
  public var method: SolveMethod

  /// The equilibria found (all extreme ones, the pure ones, or one by Lemke–Howson).
  public var equilibria: [Equilibrium]?
  /// Connected components of the equilibrium set, as indices into `equilibria`
  /// (method `all`, two players): unions of maximal Nash subsets, not convex in general.
  public var components: [[Int]]?
  /// Maximal Nash subsets, as indices into `equilibria` (method `all`, two players):
  /// each convex, so every mixture of its members is an equilibrium (`EquilibriumSet`).
  public var nashSubsets: [[Int]]?
  public var strictElimination: Dominance.Elimination?
  public var weakElimination: Dominance.Elimination?
  public var security: [SecurityStrategy]?
  /// The value of the game to the first player when it is zero-sum (or constant-sum).
  public var zeroSumValue: Rational?
  /// The payoff sum at every cell of a constant-sum game (0 when zero-sum).
  public var constantSum: Rational?
  public var classification: Classification2x2.Result?
  public var paretoEfficient: [[Int]]?
  public var riskDominant: [Int]?
  /// False when the enumeration was cancelled before it finished.
  public var complete: Bool

  /// An analysis with nothing found yet (complete, every part nil).
  public init(game: StrategicGame, method: SolveMethod) {
    self.game = game
    self.method = method
    self.complete = true
  }
}

extension GameAnalysis {
  /// A method that needs two players was asked of a game with another number.
  public struct Unsupported: Error, Sendable, CustomStringConvertible {
    public var method: SolveMethod
    public var players: Int
    public init(method: SolveMethod, players: Int) {
      self.method = method
      self.players = players
    }
    public var description: String {
      "method '\(method.rawValue)' needs a two-player game; this game has \(players) \(players == 1 ? "player" : "players")"
    }
  }

  /// Runs the analyses of `method` on `game`:
  ///
  /// - `all`: iterated strict dominance (pure and mixed dominators), then for two
  ///   players every extreme equilibrium by vertex enumeration, the maximal
  ///   Nash subsets (convex) and the connected components they form (and, for 2×2, the ordinal class, the Pareto-efficient
  ///   outcomes and the risk-dominant equilibrium); for more players the pure
  ///   equilibria.
  /// - `pure`: the pure equilibria. `lh`: one equilibrium by Lemke–Howson from label 0.
  /// - `maximin`: both security strategies, and the value when the game is constant-sum.
  /// - `dominance`: iterated strict, then weak, elimination.
  ///
  /// Enumeration stops early when `shouldContinue` turns false; `complete` then says so.
  /// - Throws: `Unsupported` for `lh` or `maximin` on a game without exactly two
  ///   players; `GameSizeLimits.TooLarge` for `all` on a game above the limit.
  public static func compute(_ game: StrategicGame, method: SolveMethod,
                             shouldContinue: @escaping () -> Bool = { true }) throws -> GameAnalysis {
    var report = GameAnalysis(game: game, method: method)
    let bimatrix = game.bimatrix
    if method.needsTwoPlayers && bimatrix == nil {
      throw Unsupported(method: method, players: game.playerCount)
    }
    if method == .all, let b = bimatrix, let refusal = GameSizeLimits.enumerationRefusal(rows: b.rows, columns: b.columns) {
      throw GameSizeLimits.TooLarge(description: refusal)
    }
    switch method {
    case .all:
      let strict = Dominance.iteratedElimination(game, strength: .strict, mixed: true, shouldContinue: shouldContinue)
      // An elimination cut short would claim "nothing more is dominated": left out.
      report.strictElimination = strict.complete ? strict.elimination : nil
      if let bimatrix {
        let found = EquilibriumSet(of: bimatrix, shouldContinue: shouldContinue)
        report.complete = shouldContinue()
        report.equilibria = found.equilibria
        report.components = found.components
        report.nashSubsets = found.nashSubsets
        if bimatrix.rows == 2 && bimatrix.columns == 2 {
          report.classification = Classification2x2.classify(bimatrix)
          report.paretoEfficient = Classification2x2.paretoEfficientOutcomes(bimatrix).map { [$0.0, $0.1] }
          report.riskDominant = Classification2x2.riskDominantEquilibrium(bimatrix).map { [$0.0, $0.1] }
        }
      } else {
        report.equilibria = PureEquilibria.all(of: game, shouldContinue: shouldContinue)
        report.complete = shouldContinue()
      }
    case .pure:
      report.equilibria = PureEquilibria.all(of: game, shouldContinue: shouldContinue)
      report.complete = shouldContinue()
    case .lh:
      let equilibrium = LemkeHowson.solve(bimatrix!, missingLabel: 0, shouldContinue: shouldContinue)
      report.equilibria = equilibrium.map { [$0] } ?? []
      report.complete = equilibrium != nil
    case .maximin:
      let found = [0, 1].compactMap { Maximin.security(bimatrix!, player: $0, shouldContinue: shouldContinue) }
      guard found.count == 2 else {
        report.complete = false
        return report
      }
      report.security = found
      if let constant = Maximin.constantSum(bimatrix!) {
        report.constantSum = constant
        report.zeroSumValue = found[0].value
      }
    case .dominance:
      let strict = Dominance.iteratedElimination(game, strength: .strict, mixed: true, shouldContinue: shouldContinue)
      let weak = Dominance.iteratedElimination(game, strength: .weak, mixed: true, shouldContinue: shouldContinue)
      report.strictElimination = strict.complete ? strict.elimination : nil
      report.weakElimination = weak.complete ? weak.elimination : nil
      report.complete = strict.complete && weak.complete
    }
    return report
  }
}
