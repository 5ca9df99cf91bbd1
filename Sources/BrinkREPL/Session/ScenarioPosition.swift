import BrinkCore

/// Where play stands in a scenario: the current state, the variables' values, and
/// each side's memory of the other's escalations (`LadderNode.memory`), which the
/// history models (tit-for-tat, grim trigger, generous tit-for-tat) act on.
public struct ScenarioPosition: Sendable, Hashable {
  public var state: Int
  public var values: [Rational]
  public var memory: Int
  public init(state: Int, values: [Rational], memory: Int = 0) {
    self.state = state
    self.values = values
    self.memory = memory
  }
}
