import BrinkCore
import BrinkFormats

/// `solve`'s report on one game: the engine's analysis (`GameAnalysis`) and the
/// file it came from, rendered as text (`render(style:)`, a `String`; nothing is
/// printed here) or JSON (`jsonParts`). `brink solve` prints all of it; the REPL's
/// `solve` prints its equilibria (`equilibriaText`), through the same renderer.
public struct SolveReport: Sendable {
  public var file: String
  public var analysis: GameAnalysis

  public init(file: String, analysis: GameAnalysis) {
    self.file = file
    self.analysis = analysis
  }

  /// A report with nothing found yet (for tests and renderers).
  public init(file: String, game: StrategicGame, method: SolveMethod) {
    self.init(file: file, analysis: GameAnalysis(game: game, method: method))
  }

  /// The JSON parts of this report (see `SolveJSON` for the layout).
  public var jsonParts: SolveJSON.Parts { SolveJSON.Parts(analysis) }
}
