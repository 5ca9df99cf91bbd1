import BrinkCore
import BrinkFormats

/// `set model`, `set tremble` and `set perceives` on a plain game (a built-in,
/// `game …`, a `.nfg`): they mean what they mean in a scenario, so the game is
/// carried by the scenario that is the same game played once
/// (`EscalationScenario(oneShot:)`: one state, every joint move ending it), as the
/// scenario format would write it by hand. `solve`, `show`, `explain` and
/// `simulate` then answer for the behaviours; `undo` returns the plain game.
extension Session {
  /// The scenario a behaviour is set on: the loaded one, or the plain game played
  /// once (not adopted until `adopt`, so a refused command changes nothing).
  func behaviourScenario() -> ScenarioDocument {
    if let document { return document }
    return Self.oneShotDocument(plainGame, name: name)
  }

  /// Makes `doc` the loaded scenario: for a plain game, the game becomes the
  /// one-round scenario (its original too, so `reset` keeps it a scenario of the
  /// game as loaded). Call after `checkpoint`, so that `undo` brings the plain
  /// game back. Returns the sentence that says so, or "" for a scenario.
  func adopt(_ doc: ScenarioDocument) -> String {
    guard case .game(let original, _) = loaded else {
      document = doc
      return ""
    }
    playedOnceFrom = original
    loaded = .scenario(original: Self.oneShotDocument(original, name: name), edited: doc, position: startPosition(doc).position)
    solveCache = nil
    return " \(name) is now played as a one-round scenario (one state, '\(doc.scenario.states[0].name)') so that behaviours apply; 'undo' brings back the plain game."
  }

  static func oneShotDocument(_ game: Bimatrix, name: String) -> ScenarioDocument {
    var scenario = EscalationScenario(oneShot: game)
    scenario.title = "\(name), played once"
    scenario.states[0].description = "\(name), played once"
    return ScenarioDocument(name: name, scenario: scenario)
  }
}
