/// The simpler models a scenario's model is scored against: the same ladder, the
/// same chance (events, shocks, transitions) and the same record, with one part of
/// how the players choose replaced. A model earns its detail only when its record
/// is likelier under it than under these (the practice of forecasting tournaments:
/// a forecast is judged against a naive one, Brier 1950 and Tetlock and Gardner,
/// *Superforecasting*, 2015, ch. 3; in crisis forecasting, Signorino 1999 compares
/// the strategic logit against non-strategic models of the same data).
///
/// Each baseline is a plain function of the scenario (`EscalationScenario+Baselines`),
/// so `replay`, `backtest` and `fit` all score exactly the same variants.
public enum ScenarioBaseline: String, Sendable, Hashable, CaseIterable {
  /// Every player picks each of its moves with equal probability
  /// (`EscalationScenario.uniformPlay`).
  case uniform
  /// Each stage judged on its own payoffs: discount 0
  /// (`EscalationScenario.shortSightedPlay`).
  case shortSighted = "short-sighted"
  /// The scenario's models without their trembles (`EscalationScenario.withoutTremble`).
  case noTremble = "no-tremble"

  /// The scenario with this baseline's change made.
  public func apply(to scenario: EscalationScenario) -> EscalationScenario {
    switch self {
    case .uniform: return scenario.uniformPlay
    case .shortSighted: return scenario.shortSightedPlay
    case .noTremble: return scenario.withoutTremble
    }
  }

  /// A one-line description, for reports.
  public var summary: String {
    switch self {
    case .uniform: return "every move equally likely"
    case .shortSighted: return "discount 0: each round judged on its own payoffs"
    case .noTremble: return "the model without trembles"
    }
  }

  /// What beating (or losing to) this baseline says about the model, for reports.
  public var tests: String {
    switch self {
    case .uniform:
      return "whether the model's choices say anything at all: a record likelier under coin flips than under the model is evidence against its payoffs"
    case .shortSighted:
      return "whether looking ahead matters: a record as likely without the future in the payoffs gives no support to the continuation values"
    case .noTremble:
      return "whether the trembles are needed: without them a recorded move the model rules out makes the record impossible; with them the model pays for each mistake"
    }
  }
}
