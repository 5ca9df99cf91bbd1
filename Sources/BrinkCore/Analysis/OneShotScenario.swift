extension EscalationScenario {
  /// A plain game as a scenario of one round: one state whose stage game is `game`,
  /// every joint move ending the game. Lets the engine's scenario solver (and so its
  /// logit model) run on a plain game, with nothing added: no continuation, no
  /// discount, no trembles.
  public init(oneShot game: Bimatrix) {
    var outcomes = [[JointOutcome]]()
    for i in 0..<game.rows {
      outcomes.append((0..<game.columns).map { j in JointOutcome(game.a[i][j], game.b[i][j], to: 1) })
    }
    let stage = EscalationState(name: "stage", moves: [game.rowStrategies.map { Move(name: $0) },
                                                       game.columnStrategies.map { Move(name: $0) }],
                                outcomes: outcomes)
    self.init(title: game.title, players: [game.rowPlayer, game.columnPlayer],
              states: [stage, .terminal("end")],
              calendar: ScenarioCalendar(start: CalendarDate(year: 2025, month: 1, day: 1), rounds: 1))
  }
}
