extension LadderLayout {
  /// How often a path took each arrow (in `arrows`' order), on average, in a
  /// simulation of `scenario`: for the arrow from state `s` to `t`, the rounds each
  /// joint move was played in `s` (`moves`, by state, as `simulate` counts them)
  /// times its chance of leading to `t`, summed and divided by the paths run. The
  /// flow the ladder picture weights its arrows by (issue 12: "optionally weighted
  /// by the simulated flow"). An estimate: the moves are sampled, the transition
  /// probabilities exact (as written, before any `when:` condition).
  public func flows(_ scenario: EscalationScenario, moves: [SimulationSummary.StateMoves], paths: Int) -> [Double] {
    guard paths > 0 else { return arrows.map { _ in 0 } }
    return arrows.map { arrow in
      let state = scenario.states[arrow.from]
      guard let played = moves.first(where: { $0.state == state.name }) else { return 0 }
      var total = 0.0
      for (i, row) in state.moves[0].enumerated() {
        guard let a = played.moves[0].firstIndex(of: row.name) else { continue }
        for (j, column) in state.moves[1].enumerated() {
          guard let b = played.moves[1].firstIndex(of: column.name), played.joint[a][b] > 0 else { continue }
          for branch in state.outcomes[i][j].transition.outcomes where branch.state == arrow.to {
            total += Double(played.joint[a][b]) * branch.probability.doubleValue
          }
        }
      }
      return total / Double(paths)
    }
  }
}
