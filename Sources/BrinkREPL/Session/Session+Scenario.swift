import BrinkCore
import BrinkFormats

/// Changing the game and moving through a scenario.
extension Session {
  /// The loaded scenario's state names (or `stage` for a plain game).
  var stateNames: [String] {
    document?.scenario.states.map(\.name) ?? ["stage"]
  }

  /// Refuses an edit of the current state when it is the round of a deadline
  /// (`S@NAME`): that round is made from `S`, so the edit belongs there
  /// (`EscalationScenario.refreshingDeadlines`).
  func refuseDeadlineRoundEdit() throws(CommandError) {
    try refuseDealEdit()
    guard let document, let position, let (source, d) = document.scenario.deadlineSource(ofState: position.state) else { return }
    let names = document.scenario.states.map(\.name)
    throw CommandError("\(names[position.state]) is the round of the deadline '\(d.name)', made from \(names[source]): edit \(names[source]), and the round of the deadline follows")
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
    doc.scenario = doc.scenario.refreshingDeadlines()
    document = doc
  }

  /// Back to the game or scenario as loaded, round 1; returns what the calendar
  /// did at the start (see `startPosition`).
  @discardableResult
  func resetToLoaded() -> [String] {
    round = 1
    plays = []
    typedPlay = nil
    typedLogitPlay = nil
    // A plain game that `set model/tremble/perceives` made a one-round scenario
    // (`adopt`) goes back to the plain game as loaded.
    if let game = playedOnceFrom {
      loaded = .game(original: game, edited: game)
      playedOnceFrom = nil
      solveCache = nil
      return ["The behaviours set on it are cleared: \(name) is the plain game again."]
    }
    switch loaded {
    case .game(let original, _):
      loaded = .game(original: original, edited: original)
      return []
    case .scenario(let original, _, _):
      let start = startPosition(original)
      loaded = .scenario(original: original, edited: original, position: start.position)
      return start.happened
    }
  }

  /// The round's rules for hand play (`ScenarioRound`): every variable and the
  /// memory tracked.
  static func rules(_ scenario: EscalationScenario) -> ScenarioRound {
    ScenarioRound(scenario: scenario, tracksMemory: true)
  }

  /// Where a scenario starts: its initial state and values, settled for round 1
  /// (its events, and its shocks drawn as `shockDraw` says), as the solver's
  /// ladder starts; with what happened, one line each.
  func startPosition(_ doc: ScenarioDocument) -> (position: LadderNode, happened: [String]) {
    let rules = Self.rules(doc.scenario)
    let settled = rules.settle(rules.start, round: 0, fires: shockDraw(round: 0))
    return (settled.node, settled.happened.map { describe($0, round: 0, doc: doc) })
  }

  /// Whether shock `k` fires in round `t` (from 0) of hand play.
  ///
  /// The draw is deterministic: one SplitMix64 stream per round, seeded from the
  /// session's seed (salted so that it is independent of `playRound`'s transition
  /// draw) and the round; its `k`-th output, as a uniform u in [0, 1), decides shock
  /// `k`, which fires when u < its probability. So the same seed gives the same
  /// shocks in the same rounds whatever the moves (a shock of probability 1 always
  /// fires, of probability 0 never), and `set seed N` changes them.
  func shockDraw(round t: Int) -> (Int, RandomShock) -> Bool {
    let seed = self.seed
    return { k, shock in
      var generator = SplitMix64(seed: (seed ^ 0x5348_4F43_4B53_0000) &+ UInt64(t + 1) &* 0x9E37_79B9_7F4A_7C15)
      for _ in 0..<k { _ = generator.next() }
      return generator.nextUnit() < shock.probability.doubleValue
    }
  }

  /// One event or shock as a line: `  2025-12-01: China's 9 October export controls
  /// take effect (event controls-in-force): rare_earth_controls = 1`.
  func describe(_ cause: RoundSettlement.Cause, round t: Int, doc: ScenarioDocument) -> String {
    let scenario = doc.scenario
    let date: CalendarDate, what: String, effect: EventEffect, text: String?
    switch cause {
    case .event(let k):
      let e = scenario.events[k]
      (date, what, effect) = (e.date, "event \(e.name)", e.effect)
      text = doc.annotations["events.\(e.name).description"]
    case .shock(let k):
      let s = scenario.shocks[k]
      (date, what, effect) = (scenario.calendar.date(ofRound: t), "shock \(s.name), chance \(s.probability) a round", s.effect)
      text = doc.annotations["shocks.\(s.name).description"]
    }
    var changes = effect.moveTo.map { ["now in \(scenario.states[$0].name)"] } ?? []
    for v in effect.effects {
      let variable = scenario.variables[v.variable]
      switch v.operation {
      case .set(let x): changes.append("\(variable.name) = \(x)\(variable.unit)")
      case .add(let d): changes.append("\(variable.name) \(d.signum < 0 ? "-" : "+") \(d.magnitude)\(variable.unit)")
      }
    }
    let sentence = text.map(Self.firstSentence).map { "\($0) (\(what))" } ?? what
    return "  \(date): \(sentence)" + (changes.isEmpty ? "" : ": " + changes.joined(separator: ", "))
  }

  /// The first sentence of a description, without its full stop, on one line.
  static func firstSentence(_ text: String) -> String {
    var s = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if let end = s.range(of: ". ") { s = String(s[..<end.lowerBound]) }
    while s.hasSuffix(".") { s.removeLast() }
    return s
  }

  /// Plays one round with moves `i` (row) and `j` (column) and describes it.
  ///
  /// For a scenario, the round is `ScenarioRound.follow` (its steps 3–6: payoffs,
  /// effects, memory, landing, the next round's events and shocks), with the
  /// session's draws: a lottery transition drawn from the session's seed and the
  /// round (so replays of a session repeat it), the shocks by `shockDraw`. This
  /// only describes what happened: what changed, the draw, the events and shocks,
  /// and a terminal state's arrival payoffs.
  func playRound(_ i: Int, _ j: Int) -> String {
    let stage = game
    let payoffs = (stage.a[i][j], stage.b[i][j])
    plays.append(Session.Play(row: i, column: j, payoffs: payoffs))
    let played = round
    round += 1
    var lines = ["Round \(played): \(profileText(i, j)) -> payoffs \(stage.rowPlayer) \(NumberDisplay.cell(payoffs.0)), \(stage.columnPlayer) \(NumberDisplay.cell(payoffs.1))."]
    if let doc = document, let pos = position {
      let scenario = doc.scenario
      let rules = Self.rules(scenario)
      let seed = self.seed
      let followed = rules.follow(from: pos, round: played - 1, i, j, land: { branches in
        Self.drawBranch(branches, seed: seed, round: played)
      }, fires: shockDraw(round: played))
      for (k, v) in scenario.variables.enumerated() where pos.values[k] != followed.landed.values[k] {
        lines.append("  \(v.name): \(pos.values[k]) -> \(followed.landed.values[k])\(v.unit)")
      }
      let transition = rules.transition(at: pos, i, j).outcomes
      let drawn = transition[followed.branch].state
      let branches = transition.filter { !$0.probability.isZero }
      if branches.count > 1 {
        let odds = branches.map { "\(scenario.states[$0.state].name) \($0.probability)" }.joined(separator: ", ")
        lines.append("  chance (\(odds)) -> \(scenario.states[drawn].name)")
      }
      if drawn != followed.landed.state {
        // The state's `available_when` failed on arrival (`ScenarioRound.opened`).
        lines.append("  \(scenario.states[drawn].name) is closed now: in \(scenario.states[followed.landed.state].name) instead")
      }
      lines += followed.happened.map { describe($0, round: played, doc: doc) }
      position = followed.next
      let arrived = scenario.states[followed.next.state]
      if arrived.isTerminal {
        let arrival = rules.arrivalPayoffs(at: followed.next)
        lines.append("The scenario ends in \(arrived.name): \(arrived.description) Arrival payoffs \(scenario.players[0]) \(NumberDisplay.cell(arrival[0])), \(scenario.players[1]) \(NumberDisplay.cell(arrival[1])).")
        // A flow keeps paying after the end (Horizon/TerminalFlow.swift): say what it is worth.
        if arrived.terminalFlow != nil {
          lines.append("  It keeps a flow: " + HorizonText.terminalWorth(scenario, state: followed.next.state, values: followed.next.values, round: played))
        }
      } else {
        lines.append("Now in \(arrived.name): \(arrived.description)")
      }
    }
    let totalRow = plays.reduce(Rational.zero) { $0 + $1.payoffs.0 }
    let totalColumn = plays.reduce(Rational.zero) { $0 + $1.payoffs.1 }
    let n = plays.count
    lines.append("Totals after \(n) round\(n == 1 ? "" : "s"): \(stage.rowPlayer) \(NumberDisplay.cell(totalRow)), \(stage.columnPlayer) \(NumberDisplay.cell(totalColumn)). Next: round \(round)\(document == nil ? ", same stage game" : "").")
    return lines.joined(separator: "\n")
  }

  /// Hand play's draw of a lottery transition in round `played` (from 1): one
  /// uniform from a SplitMix64 stream seeded by the session's seed and the round,
  /// against the cumulative probabilities of the branches of positive probability.
  /// A sure transition draws nothing. Returns an index into `branches`.
  static func drawBranch(_ branches: [Transition.Branch], seed: UInt64, round played: Int) -> Int {
    let positive = branches.indices.filter { !branches[$0].probability.isZero }
    guard positive.count > 1 else { return positive.first ?? 0 }
    var generator = SplitMix64(seed: seed &+ UInt64(played) &* 0x9E37_79B9_7F4A_7C15)
    let u = generator.nextUnit()
    var total = 0.0
    for b in positive {
      total += branches[b].probability.doubleValue
      if u < total { return b }
    }
    return positive.last!
  }
}
