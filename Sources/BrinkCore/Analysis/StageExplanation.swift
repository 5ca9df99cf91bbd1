/// Everything `explain` narrates about one stage game, computed once: best
/// responses, iterated elimination of strictly dominated moves with the payoffs
/// that prove each step, the pure equilibria, the completely mixed equilibrium of
/// a 2×2 game, and its ordinal class; with a scenario, the same stage with the
/// continuation values folded in (the engine's backward induction), compared.
///
/// The order follows how a course teaches a 2×2 game (Osborne, *An Introduction to
/// Game Theory*, 2004, ch. 2–4; Dixit, Skeath and Reiley, *Games of Strategy*, 4th
/// ed., 2015, ch. 4 and 7). The REPL renders it as sentences; it holds no text.
public struct StageExplanation: Sendable {
  public var game: Bimatrix
  /// `rowBest[j]`: the row player's best responses to column `j`.
  public var rowBest: [[Int]]
  /// `columnBest[i]`: the column player's best responses to row `i`.
  public var columnBest: [[Int]]
  /// Iterated elimination of moves strictly dominated by pure or mixed strategies.
  public var elimination: Dominance.Elimination
  /// False when `shouldContinue` stopped the elimination (the facts are partial).
  public var isComplete: Bool
  /// `evidence[k]`: the comparisons that prove step `k`, among the moves left before it.
  public var evidence: [[Dominance.Comparison]]
  /// The pure equilibria as [row, column], in row-major order.
  public var pureCells: [[Int]]
  /// The completely mixed equilibrium of a 2×2 game: p on row 0, q on column 0,
  /// and the payoffs it gives (`StageAnalysis.mixed2x2`).
  public var mixed: (p: Rational, q: Rational, payoffs: (Rational, Rational))?
  /// The ordinal class of a 2×2 game (`Classification2x2`).
  public var classification: Classification2x2.Result?
  /// With a scenario: the folded stage game and its facts.
  public var folded: Folded?
  /// Which pure equilibrium the selection rules favour in the game where the
  /// choice is made (the round game with the future when there is a scenario):
  /// nil unless it has two or more pure equilibria.
  public var selection: Selection?

  /// Risk and payoff dominance among the pure equilibria (Harsanyi and Selten,
  /// *A General Theory of Equilibrium Selection in Games*, 1988, §3.9 and §5.6).
  public struct Selection: Sendable {
    /// The game compared (the round game, or the round game with the future).
    public var game: Bimatrix
    public var withFuture: Bool
    /// The pure equilibria as [row, column].
    public var pureCells: [[Int]]
    /// Deviation-loss products at two strict equilibria of a 2×2 game; nil when
    /// risk dominance does not apply (not exactly two strict equilibria).
    public var risk: RiskDominance.Comparison?
    /// The pure equilibrium better for both than every other one, if any.
    public var payoffDominant: [Int]?
  }

  /// The stage game once the future is counted.
  public struct Folded: Sendable {
    public var game: Bimatrix
    public var discount: Rational
    public var pureCells: [[Int]]
    public var classification: Classification2x2.Result?
  }

  /// - Parameters:
  ///   - folded: the same stage with continuation values folded in, and the discount.
  ///   - shouldContinue: polled through the elimination's LPs (seconds each on a
  ///     big game); when it stops them, `isComplete` is false and the facts must
  ///     not be shown.
  public init(_ game: Bimatrix, folded: (game: Bimatrix, discount: Rational)? = nil,
              shouldContinue: () -> Bool = { true }) {
    self.game = game
    rowBest = (0..<game.columns).map { BestResponses.rows(of: game, against: $0) }
    columnBest = (0..<game.rows).map { BestResponses.columns(of: game, against: $0) }
    let strategic = game.strategicGame
    let (elimination, complete) = Dominance.iteratedElimination(strategic, strength: .strict, mixed: true,
                                                                shouldContinue: shouldContinue)
    self.elimination = elimination
    isComplete = complete
    evidence = elimination.steps.enumerated().map { k, step in
      Dominance.comparisons(for: step, in: strategic, remaining: elimination.remaining(beforeStep: k))
    }
    let analysis = StageAnalysis(game)
    pureCells = analysis.pureCells.map { [$0.0, $0.1] }
    if let (p, q) = analysis.mixed2x2 {
      mixed = (p, q, game.expectedPayoffs([p, .one - p], [q, .one - q]))
    }
    classification = Self.classification(game)
    let choiceGame = folded?.game ?? game
    let choiceCells = folded == nil ? pureCells : StageAnalysis(choiceGame).pureCells.map { [$0.0, $0.1] }
    if choiceCells.count >= 2 {
      let u = { (c: [Int]) in (choiceGame.a[c[0]][c[1]], choiceGame.b[c[0]][c[1]]) }
      let best = choiceCells.first { e in
        choiceCells.allSatisfy { $0 == e || (u(e).0 > u($0).0 && u(e).1 > u($0).1) }
      }
      selection = Selection(game: choiceGame, withFuture: folded != nil, pureCells: choiceCells,
                            risk: RiskDominance.compare(choiceGame), payoffDominant: best)
    }
    self.folded = folded.map { f in
      Folded(game: f.game, discount: f.discount, pureCells: StageAnalysis(f.game).pureCells.map { [$0.0, $0.1] },
             classification: Self.classification(f.game))
    }
  }

  private static func classification(_ game: Bimatrix) -> Classification2x2.Result? {
    game.rows == 2 && game.columns == 2 ? Classification2x2.classify(game) : nil
  }
}
