/// Why a scenario could not be solved.
public enum EscalationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The scenario breaks a structural rule (an index out of range, a table of the
  /// wrong shape, probabilities that do not sum to 1…). Readers such as the YAML
  /// loader report these with positions before solving; this is the engine's guard.
  case invalidScenario([String])
  /// Enumerating states × variable values × memories passed `limit` nodes.
  case tooManyNodes(limit: Int)
  /// `shouldContinue` returned false.
  case cancelled

  public var description: String {
    switch self {
    case .invalidScenario(let problems): return "invalid scenario: " + problems.joined(separator: "; ")
    case .tooManyNodes(let limit):
      return "the scenario has more than \(limit) distinct (state, variable values) nodes; "
        + "use `set` instead of `add` for variables that payoffs do not need, or fewer rounds"
    case .cancelled: return "cancelled"
    }
  }
}
