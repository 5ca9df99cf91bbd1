import BrinkCore
import Testing

@testable import BrinkFormats

/// The one table of model and selection words: every model the writer writes
/// reads back as the same model, and the words users see keep their spelling.
@Suite struct ModelNameTests {
  @Test func wordsAsUsersSeeThem() {
    #expect(ModelName.words == ["equilibrium", "logit", "fixed", "tit-for-tat", "grim-trigger", "generous-tit-for-tat", "script"])
    #expect(EquilibriumSelection.names == ["risk-dominant", "payoff-dominant", "mixed"])
    #expect(ModelName.setModelWords == ["equilibrium", "payoff-dominant", "mixed", "logit", "fixed", "tit-for-tat", "grim-trigger",
                                        "generous-tit-for-tat", "script"])
    #expect(ScenarioParser.models == ModelName.words && ScenarioParser.selections == EquilibriumSelection.names)
  }

  @Test func wordsReadBackToTheirValues() {
    for word in ModelName.words { #expect(ModelName(rawValue: word)?.rawValue == word) }
    for selection in EquilibriumSelection.allCases { #expect(EquilibriumSelection(name: selection.name) == selection) }
    #expect(EquilibriumSelection(name: "riskDominant") == nil)
    #expect(ModelName.setModelWord(.equilibrium(selection: .riskDominant)) == "equilibrium")
    #expect(ModelName.setModelWord(.equilibrium(selection: .mixed)) == "mixed")
    #expect(ModelName.setModelWord(.generousTitForTat(forgiveness: .zero)) == "generous-tit-for-tat")
  }

  /// Each model written into a scenario by `ScenarioWriter` reads back unchanged
  /// (on a library scenario with a script, which `script` needs).
  @Test func everyModelRoundTripsThroughTheWriterAndTheReader() throws {
    let doc = try ScenarioReader.read(contentsOf: ScenarioLibraryTests.folder.appendingPathComponent("geneva-truce-2025-05.yaml").path)
    let states = doc.scenario.states
    let first = try #require(states.firstIndex { !$0.isTerminal })
    let fixed: [[Rational]?] = states.indices.map { s in
      s == first ? states[s].moves[0].indices.map { $0 == 0 ? Rational.one : .zero } : nil
    }
    let models: [ChoiceModel] = EquilibriumSelection.allCases.map { .equilibrium(selection: $0) } + [
      .logit(lambda: 2.5), .fixed(strategies: fixed), .titForTat, .grimTrigger,
      .generousTitForTat(forgiveness: Rational(1, 4)),
      .script(moves: SessionlessScript.moves(doc.scenario, player: 0)),
    ]
    #expect(Set(models.map { ModelName($0) }) == Set(ModelName.allCases))
    for model in models {
      var edited = doc
      edited.scenario.behaviours[0].model = model
      let again = try ScenarioReader.read(ScenarioWriter.yaml(edited), file: doc.file)
      #expect(again.scenario.behaviours[0].model == model, "\(ModelName(model).rawValue)")
    }
  }
}

/// The script's moves for a player by round, as the reader lowers `model: script`.
enum SessionlessScript {
  static func moves(_ scenario: EscalationScenario, player p: Int) -> [String?] {
    var moves = [String?](repeating: nil, count: scenario.calendar.rounds)
    for h in scenario.history where moves.indices.contains(h.round) { moves[h.round] = h.moves[p] }
    return moves
  }
}
