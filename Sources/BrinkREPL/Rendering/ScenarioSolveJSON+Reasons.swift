import BrinkCore
import BrinkFormats

extension ScenarioSolveJSON {
  /// The object `brink solve --json` and the REPL's `export solution json` write for
  /// a scenario, each node's `why` in the words `solve` prints.
  public static func object(file: String, document: ScenarioDocument, solved: SolvedScenario) -> JSONValue {
    object(file: file, document: document, solved: solved) { e, p in
      String(SolvedScenarioText.reason(e, p).dropFirst(2).dropLast())
    }
  }
}
