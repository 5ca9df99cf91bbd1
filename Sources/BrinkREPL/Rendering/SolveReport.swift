import BrinkCore
import BrinkFormats

/// Everything `solve` found for one game, ready to render as text or JSON.
///
/// Build one with `SolveReport.compute(_:file:method:)`; render with
/// `render(style:)` (a `String`; nothing is printed here) or `jsonParts`.
public struct SolveReport: Sendable {
  public var file: String
  public var game: StrategicGame
  public var method: SolveMethod

  /// The equilibria found (all extreme ones, the pure ones, or one by Lemke–Howson).
  public var equilibria: [Equilibrium]?
  /// Maximal convex components, as indices into `equilibria` (method `all`, two players).
  public var components: [[Int]]?
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

  public init(file: String, game: StrategicGame, method: SolveMethod) {
    self.file = file
    self.game = game
    self.method = method
    self.complete = true
  }

  /// The JSON parts of this report (see `SolveJSON` for the layout).
  public var jsonParts: SolveJSON.Parts {
    var dominance = [(String, Dominance.Elimination)]()
    if method == .dominance {
      if let strictElimination { dominance.append(("strict", strictElimination)) }
      if let weakElimination { dominance.append(("weak", weakElimination)) }
    }
    return SolveJSON.Parts(equilibria: equilibria, components: components, security: security,
                           value: zeroSumValue, dominance: dominance)
  }
}

extension SolveReport {
  /// A method that needs two players was asked of a game with another number.
  public struct Unsupported: Error, Sendable, CustomStringConvertible {
    public var method: SolveMethod
    public var players: Int
    public var description: String {
      "method '\(method.rawValue)' needs a two-player game; this game has \(players) \(players == 1 ? "player" : "players")"
    }
  }

  /// Runs the analyses of `method` on `game`.
  ///
  /// - Throws: `Unsupported` for `lh` or `maximin` on a game without exactly two players.
  public static func compute(_ game: StrategicGame, file: String, method: SolveMethod,
                             shouldContinue: @escaping () -> Bool = { true }) throws -> SolveReport {
    var report = SolveReport(file: file, game: game, method: method)
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
        let equilibria = VertexEnumeration.extremeEquilibria(of: bimatrix, shouldContinue: shouldContinue)
        report.complete = shouldContinue()
        report.equilibria = equilibria
        report.components = VertexEnumeration.components(of: equilibria, in: bimatrix)
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
      let security = found
      report.security = security
      if let constant = Maximin.constantSum(bimatrix!) {
        report.constantSum = constant
        report.zeroSumValue = security[0].value
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
