import BrinkCore

/// Changing the game and moving through a scenario.
extension Session {
  /// The loaded scenario's state names (or `stage` for a plain game).
  var stateNames: [String] {
    document?.scenario.states.map(\.name) ?? ["stage"]
  }

  var isAtTerminal: Bool {
    guard let document, let position else { return false }
    return document.scenario.states[position.state].isTerminal
  }

  /// Sets one payoff of the current stage game so that it evaluates to `value` at
  /// the current variable values (a scenario payoff keeps its variable terms; its
  /// constant moves).
  func setPayoff(row i: Int, column j: Int, player p: Int, to value: Rational) {
    guard var doc = document, let position else {
      if p == 0 { plainGame.a[i][j] = value } else { plainGame.b[i][j] = value }
      return
    }
    var expression = doc.scenario.states[position.state].outcomes[i][j].payoffs[p]
    expression.constant += value - expression.evaluate(position.values)
    doc.scenario.states[position.state].outcomes[i][j].payoffs[p] = expression
    document = doc
  }

  /// Back to the game or scenario as loaded, round 1.
  func resetToLoaded() {
    plainGame = original
    if let originalDocument {
      document = originalDocument
      position = ScenarioPosition(state: originalDocument.scenario.initialState,
                                  values: originalDocument.scenario.initialValues)
    }
    round = 1
    plays = []
  }

  /// Plays one round with moves `i` (row) and `j` (column) and describes it.
  ///
  /// For a scenario: 1. the joint outcome's payoffs at the current values;
  /// 2. its variable effects; 3. the transition, drawn from the session's seed and
  /// the round when it is a lottery (so replays of a session repeat it); 4. a
  /// terminal state's arrival payoffs. Scheduled events and random shocks are part
  /// of `solve` and `simulate`, not of hand play.
  func playRound(_ i: Int, _ j: Int) -> String {
    let stage = game
    let payoffs = (stage.a[i][j], stage.b[i][j])
    plays.append(Session.Play(row: i, column: j, payoffs: payoffs))
    let played = round
    round += 1
    var lines = ["Round \(played): \(profileText(i, j)) -> payoffs \(stage.rowPlayer) \(payoffs.0), \(stage.columnPlayer) \(payoffs.1)."]
    if let doc = document, var pos = position {
      let scenario = doc.scenario
      let outcome = scenario.states[pos.state].outcomes[i][j]
      let before = pos.values
      for effect in outcome.effects { effect.apply(to: &pos.values) }
      for (k, v) in scenario.variables.enumerated() where before[k] != pos.values[k] {
        lines.append("  \(v.name): \(before[k]) -> \(pos.values[k])\(v.unit)")
      }
      let branches = outcome.transition.outcomes.filter { !$0.probability.isZero }
      var next = branches.first?.state ?? pos.state
      if branches.count > 1 {
        var generator = SplitMix64(seed: seed &+ UInt64(played) &* 0x9E37_79B9_7F4A_7C15)
        let u = generator.nextUnit()
        var total = 0.0
        next = branches.last!.state
        for b in branches {
          total += b.probability.doubleValue
          if u < total { next = b.state; break }
        }
        let odds = branches.map { "\(scenario.states[$0.state].name) \($0.probability)" }.joined(separator: ", ")
        lines.append("  chance (\(odds)) -> \(scenario.states[next].name)")
      }
      pos.state = next
      position = pos
      let state = scenario.states[next]
      if state.isTerminal {
        let arrival = state.terminalPayoffs?.map { $0.evaluate(pos.values) } ?? [.zero, .zero]
        lines.append("The scenario ends in \(state.name): \(state.description) Arrival payoffs \(scenario.players[0]) \(arrival[0]), \(scenario.players[1]) \(arrival[1]).")
      } else {
        lines.append("Now in \(state.name): \(state.description)")
      }
    }
    let totalRow = plays.reduce(Rational.zero) { $0 + $1.payoffs.0 }
    let totalColumn = plays.reduce(Rational.zero) { $0 + $1.payoffs.1 }
    let n = plays.count
    lines.append("Totals after \(n) round\(n == 1 ? "" : "s"): \(stage.rowPlayer) \(totalRow), \(stage.columnPlayer) \(totalColumn). Next: round \(round)\(document == nil ? ", same stage game" : "").")
    return lines.joined(separator: "\n")
  }
}
