extension CompiledScenario {
  /// The summary of a run of `ladder`, by the scenario's own states: a by-node
  /// ladder repeats scenario state names (one compiled state per solver node), so
  /// its counts are added per scenario state (`scenarioStates`) and its paths
  /// mapped, repeats collapsed and equal paths merged. Each scenario state appears
  /// once, in the scenario's order; the players are named as in the scenario.
  ///
  /// - Precondition: `statistics` come from `ladder`, compiled from `scenario`.
  public func summary(_ statistics: SimulationStatistics, scenario: EscalationScenario,
                      topPaths: Int = SimulationSummary.topPathCount) -> SimulationSummary {
    var summary = SimulationSummary(
      statistics, ladder: ladder, reportedStates: scenarioStates,
      names: scenario.states.map(\.name), isTerminal: scenario.states.map(\.isTerminal), topPaths: topPaths)
    for i in summary.payoffs.indices where i < scenario.players.count { summary.payoffs[i].player = scenario.players[i] }
    // A one-state scenario is a repeated game: its cooperation rate, when its
    // stage game (at the variables' initial values) is a classic dilemma.
    let playable = scenario.states.indices.filter { !scenario.states[$0].isTerminal }
    if playable.count == 1, let played = summary.moves.first(where: { $0.state == scenario.states[playable[0]].name }) {
      let game = scenario.stageGame(state: playable[0], values: scenario.variables.map(\.initial))
      summary.cooperation = SimulationSummary.cooperation(played, game: game)
    }
    return summary
  }
}
