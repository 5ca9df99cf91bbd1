import BrinkCore

/// The words for the choice models (`ChoiceModel`) and equilibrium selections
/// (`EquilibriumSelection`), spelled once: the scenario reader
/// (`behaviour: {model: …, select: …}`), the writer and the REPL's `set model` all
/// take them from here (Docs/scenario-format.md, `behaviour`).
public enum ModelName: String, CaseIterable, Sendable {
  case equilibrium
  case logit
  case fixed
  case titForTat = "tit-for-tat"
  case grimTrigger = "grim-trigger"
  case generousTitForTat = "generous-tit-for-tat"
  case script

  /// The word for a model, without its parameters.
  public init(_ model: ChoiceModel) {
    switch model {
    case .equilibrium: self = .equilibrium
    case .logit: self = .logit
    case .fixed: self = .fixed
    case .titForTat: self = .titForTat
    case .grimTrigger: self = .grimTrigger
    case .generousTitForTat: self = .generousTitForTat
    case .script: self = .script
    }
  }

  /// The words of the `model:` key, in this order.
  public static var words: [String] { allCases.map(\.rawValue) }

  /// The words `set model` takes: `equilibrium` (risk-dominant selection), then
  /// the other selections standing for the equilibrium model with that selection
  /// (`payoff-dominant`, `mixed`), then the other models.
  public static var setModelWords: [String] {
    [ModelName.equilibrium.rawValue]
      + EquilibriumSelection.allCases.filter { $0 != .riskDominant }.map(\.name)
      + allCases.filter { $0 != .equilibrium }.map(\.rawValue)
  }

  /// A model as `set model` names it (without parameters): an equilibrium model
  /// by its selection, except the default risk-dominant one, which is `equilibrium`;
  /// the others by their word. `ModelName.model(setModelWord:)` reads it back.
  public static func setModelWord(_ model: ChoiceModel) -> String {
    if case .equilibrium(let selection) = model, selection != .riskDominant { return selection.name }
    return ModelName(model).rawValue
  }
}

extension EquilibriumSelection {
  /// The word of the `select:` key: `risk-dominant`, `payoff-dominant`, `mixed`.
  public var name: String {
    switch self {
    case .riskDominant: "risk-dominant"
    case .payoffDominant: "payoff-dominant"
    case .mixed: "mixed"
    }
  }

  /// The selection a word names; nil for any other word.
  public init?(name: String) {
    guard let found = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = found
  }

  /// The words of the `select:` key, in this order.
  public static var names: [String] { allCases.map(\.name) }
}
