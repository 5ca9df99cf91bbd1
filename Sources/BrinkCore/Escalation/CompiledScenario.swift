/// A solved scenario compiled for the simulator, with what is needed to report
/// its results by the scenario's own states.
public struct CompiledScenario: Sendable {
  public var ladder: CompiledLadder
  /// `scenarioStates[s]`: the scenario state that compiled state `s` stands for
  /// (the identity when compiled per state; several compiled states can share one
  /// scenario state, and its name, when compiled by node).
  public var scenarioStates: [Int]
  /// What the tables could only approximate (empty: the simulation follows the
  /// solved strategies exactly).
  public var approximations: [String]

  public init(ladder: CompiledLadder, scenarioStates: [Int], approximations: [String]) {
    self.ladder = ladder
    self.scenarioStates = scenarioStates
    self.approximations = approximations
  }

  /// Whether each compiled state is exactly one scenario state.
  public var isPerState: Bool { scenarioStates == Array(scenarioStates.indices) }

  /// Sums per-compiled-state counts (e.g. `occupancy[t]`, `horizonEnd`) into
  /// per-scenario-state counts.
  public func byScenarioState(_ counts: [Int], stateCount: Int) -> [Int] {
    var result = [Int](repeating: 0, count: stateCount)
    for (s, c) in counts.enumerated() where s < scenarioStates.count { result[scenarioStates[s]] += c }
    return result
  }
}

