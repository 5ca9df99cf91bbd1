extension SolvedScenario {
  /// The index in `graph.rounds[t]` of the node a path followed with every
  /// variable tracked (hand play, replay: `ScenarioRound` with `tracked` all) is
  /// in: the node with the same state, the same values of the variables the ladder
  /// tracks (it keeps the others at their initial values), and, when a model reads
  /// history and `matchingMemory` is set, the same memory. Otherwise the first node
  /// of that state in round `t`; `nil` when there is none, or `t` is outside the
  /// solved rounds.
  public func nodeIndex(round t: Int, of position: LadderNode, matchingMemory: Bool = true) -> Int? {
    guard t >= 0, t < nodes.count else { return nil }
    let tracked = graph.trackedVariables
    let usesMemory = matchingMemory && scenario.behaviours.contains { $0.model.usesHistory }
    let candidates = nodeIndices(round: t, state: position.state)
    let match = candidates.first { n in
      let node = graph.rounds[t][n].node
      return (!usesMemory || node.memory == position.memory)
        && node.values.indices.allSatisfy { !tracked[$0] || node.values[$0] == position.values[$0] }
    }
    return match ?? candidates.first
  }
}
