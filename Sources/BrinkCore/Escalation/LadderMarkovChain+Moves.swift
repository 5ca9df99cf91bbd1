extension LadderMarkovChain {
  /// The expected number of rounds, per path, in which each joint move is played
  /// in each state: `[state][i][j]` = Σ_t Σ_{nodes n of round t in the state}
  /// p_t(n) · σ_t(i, j | n), from this chain's node probabilities and the solved
  /// strategies (trembles included). What `simulate` counts by state
  /// (`SimulationSummary.StateMoves`) divided by the paths run, exactly in
  /// expectation; empty rows for terminal states.
  public func expectedJointMoves(_ solved: SolvedScenario) -> [[[Double]]] {
    let states = solved.scenario.states
    var result = states.map { s in s.isTerminal ? [] : s.moves[0].map { _ in [Double](repeating: 0, count: s.moves[1].count) } }
    for t in 0..<solved.horizon {
      for (n, node) in solved.graph.rounds[t].enumerated() where !node.isTerminal && nodes[t][n] > 0 {
        guard let sigma = solved.nodes[t][n].played else { continue }
        let s = node.node.state
        for i in node.moves.indices {
          for j in node.moves[i].indices { result[s][i][j] += nodes[t][n] * sigma.probability(row: i, column: j) }
        }
      }
    }
    return result
  }
}
