import BrinkCore

/// Checks what the parser cannot check field by field: names that refer to other
/// names (states, moves, players, variables), payoff tables of the right shape,
/// probabilities that sum to exactly 1, dates inside the calendar, and the state graph
/// (reachable, no dead ends). Every problem goes to the sink; nothing stops early.
///
/// Complexity: linear in the file, but for a shock with a `when` condition, which is
/// checked against each round of its window.
struct ScenarioValidator {
  let s: ScenarioSyntax
  let sink: DiagnosticSink
  /// Names resolved by hashing (`ScenarioNames`), and listed once, not per lookup.
  let names: ScenarioNames
  let playerIDs: [String]
  let stateIDs: [String]
  let variableIDs: [String]

  init(s: ScenarioSyntax, sink: DiagnosticSink) {
    self.s = s
    self.sink = sink
    names = ScenarioNames(s)
    playerIDs = s.players.map(\.id.value)
    stateIDs = s.states.map(\.id.value)
    variableIDs = s.variables.map(\.id.value)
  }

  func player(_ index: Int) -> String { index < s.players.count ? s.players[index].id.value : "player \(index + 1)" }

  func state(named name: String) -> StateSyntax? { names.states[name].map { s.states[$0] } }

  func isVariable(_ name: String) -> Bool { names.variables[name] != nil }

  func validate() {
    guard s.players.count == 2 else { return }  // already reported; names below would mislead
    checkLimits()
    checkVariables()
    for p in s.players {
      for (variable, _) in p.weights { checkVariable(variable, context: " in the weights of '\(p.id.value)'") }
      for m in p.moves { checkEffects(m.effects, context: " in the effects of move '\(m.id.value)'") }
    }
    if let d = s.discount, d.value <= .zero || d.value > .one {
      sink.error(at: d.location, "the discount factor must be in (0, 1], found \(d.value)", length: d.length)
    }
    for st in s.states where st.terminal {
      for e in st.value ?? [] { checkExpression(e, context: " in the value of state '\(st.id.value)'") }
      for e in st.flow ?? [] { checkExpression(e, context: " in the flow of state '\(st.id.value)'") }
    }
    if let tail = s.calendar.tail, tail.value == .stationary, (s.discount?.value ?? .one) >= .one {
      sink.error(at: tail.location, "a stationary tail needs a discount below 1: with 'discount: 1' its sum over endless rounds has no value",
                 length: tail.length, notes: ["set 'discount', e.g. 'discount: 19/20'"])
    }
    for state in s.states where !state.terminal { checkState(state) }
    checkInitial()
    checkEvents()
    checkShocks()
    checkBehaviour()
    checkScript()
    checkQuestions()
    checkTypes()
    // The graph is only meaningful once every name resolves and every state reads;
    // otherwise its messages would be echoes of the errors above.
    if !sink.hasErrors { checkGraph() }
  }

  // MARK: - Names

  func checkState(reference name: Located<String>, context: String) -> StateSyntax? {
    guard let found = state(named: name.value) else {
      sink.unknown("state", name, known: stateIDs, context: context)
      return nil
    }
    return found
  }

  func checkVariable(_ name: Located<String>, context: String) {
    if !isVariable(name.value) {
      sink.unknown("variable", name, known: variableIDs, context: context)
    }
  }

  func checkEffects(_ effects: [EffectSyntax], context: String) {
    for e in effects { checkVariable(e.variable, context: context) }
  }

  func checkVariables() {
    // Names are unique (YAML rejects duplicate keys); nothing else to check yet.
  }

  func checkExpression(_ e: ExpressionSyntax, context: String) {
    for t in e.terms { checkVariable(t.variable, context: context) }
  }

  func checkInitial() {
    guard let first = s.states.first else { return }
    let initial = s.initial ?? first.id
    guard let found = checkState(reference: initial, context: " in 'initial'") else { return }
    if found.terminal {
      sink.error(at: initial.location, "the initial state '\(initial.value)' is terminal: the game would be over before it starts", length: initial.length)
    }
  }

  // MARK: - States

  func checkState(_ state: StateSyntax) {
    let what = "state '\(state.id.value)'"
    if let deal = state.deal {
      checkDeal(deal, in: state)
      checkAvailability(state)
      return
    }
    for i in 0..<2 {
      let declared = s.players[i].moves.map(\.id.value)
      var seen = Set<String>()
      for move in state.moves[i] {
        if !declared.contains(move.value) {
          sink.unknown("move", move, known: declared, context: " of '\(player(i))' in \(what)")
        } else if !seen.insert(move.value).inserted {
          sink.error(at: move.location, "move '\(move.value)' of '\(player(i))' is listed twice in \(what)", length: move.length)
        }
      }
    }
    if let table = state.payoffs { checkPayoffShape(table, in: state, what: "the payoffs of \(what)") }
    checkAvailability(state)
    for t in state.transitions { checkTransition(t, in: state) }
    for (key, effects) in state.effects {
      checkJointKey(key, in: state, context: "the effects of \(what)")
      checkEffects(effects, context: " in the effects of \(what)")
    }
  }

  /// One row per move of the first player, one cell per move of the second.
  func checkPayoffShape(_ table: PayoffTableSyntax, in state: StateSyntax, what: String) {
    let rowMoves = state.moves[0].map(\.value)
    let columns = state.moves[1].count
    for row in table.rows {
      for cell in row.cells.joined() { checkExpression(cell, context: " in \(what)") }
      guard rowMoves.contains(row.move.value) else {
        sink.unknown("move", row.move, known: rowMoves, context: " of '\(player(0))' in \(what)")
        continue
      }
      if row.cells.count != columns, !state.moves[1].isEmpty {
        let at = row.cells.count > columns ? row.cellLocations[columns] : row.location
        sink.error(at: at, "row '\(row.move.value)' of \(what) has \(row.cells.count) cell\(row.cells.count == 1 ? "" : "s") but '\(player(1))' has \(columns) move\(columns == 1 ? "" : "s") there (\(state.moves[1].map(\.value).joined(separator: ", ")))")
      }
    }
    for move in rowMoves where !table.rows.contains(where: { $0.move.value == move }) && !table.unreadableRows.contains(move) {
      sink.error(at: table.location, "\(what) have no row for '\(player(0))' move '\(move)'")
    }
  }

  func checkJointKey(_ key: JointKeySyntax, in state: StateSyntax, context: String) {
    for (i, move) in [key.first, key.second].enumerated() {
      guard let move else { continue }
      let available = state.moves[i].map(\.value)
      if !available.contains(move.value) {
        sink.unknown("move", move, known: available, context: " of '\(player(i))' in \(context)")
      }
    }
  }

  func checkTransition(_ t: TransitionSyntax, in state: StateSyntax) {
    let what = "state '\(state.id.value)'"
    checkJointKey(t.key, in: state, context: "the transitions of \(what)")
    for next in t.allNext {
      var total = Rational.zero
      for outcome in next.outcomes {
        _ = checkState(reference: outcome.state, context: " after '\(t.key.text.value)' in \(what)")
        total += outcome.probability.value
      }
      if next.expressions.contains(where: { $0 != nil }) {
        checkProbabilityExpressions(next, key: t.key, what: what)
      } else if total != .one, !next.outcomes.isEmpty, next.complete {
        let at = t.guards.isEmpty ? t.location : next.location
        sink.error(at: at, "the probabilities after '\(t.key.text.value)' in \(what) sum to \(total), not 1", length: t.guards.isEmpty ? t.key.text.length : 1)
      }
    }
    for g in t.guards { checkCondition(g.when, context: "the transition '\(t.key.text.value)' in \(what)", rounds: 0...(horizon.rounds - 1)) }
  }

  // MARK: - Behaviour

  func checkBehaviour() {
    for (i, b) in s.behaviour.enumerated() {
      guard let b else { continue }
      for (stateName, moves, location) in b.mix {
        guard let st = checkState(reference: stateName, context: " in the mix of '\(player(i))'") else { continue }
        if st.terminal { continue }
        if st.deal != nil { bargainingBehaviour(stateName, player: i, what: "a fixed mix"); continue }
        let available = st.moves[i].map(\.value)
        var total = Rational.zero
        for (move, p) in moves {
          if !available.contains(move.value) {
            sink.unknown("move", move, known: available, context: " of '\(player(i))' in state '\(stateName.value)'")
          }
          total += p.value
        }
        if total != .one {
          sink.error(at: location, "the mix of '\(player(i))' in state '\(stateName.value)' sums to \(total), not 1")
        }
      }
      if b.model.value == "script", s.script.isEmpty {
        sink.error(at: b.model.location, "'\(player(i))' follows the script, but the scenario has no 'script'", length: b.model.length)
      }
      for (stateName, table) in b.perceives {
        guard let st = checkState(reference: stateName, context: " in what '\(player(i))' perceives") else { continue }
        if st.terminal {
          sink.error(at: stateName.location, "'\(player(i))' cannot perceive payoffs in terminal state '\(stateName.value)'", length: stateName.length)
          continue
        }
        if st.deal != nil { bargainingBehaviour(stateName, player: i, what: "perceived payoffs"); continue }
        checkPayoffShape(table, in: st, what: "the payoffs '\(player(i))' perceives in state '\(stateName.value)'")
      }
    }
  }

  /// A fixed mix or perceived payoffs named for a bargaining state (`deal:`): an
  /// error, not supported. Its moves are made from the menu when the file is lowered
  /// (the packages for the proposer, `accept`/`reject` for the other), so the file
  /// has no moves or cells to name; and the responder answers each offer it sees
  /// (a sequential stage), which one mix over `accept`/`reject` for every offer, or
  /// one perceived table, cannot say without new syntax. What a side values in a
  /// deal is written in its weights, which the menu reads.
  func bargainingBehaviour(_ stateName: Located<String>, player i: Int, what: String) {
    sink.error(at: stateName.location, "'\(player(i))' cannot have \(what) in state '\(stateName.value)': it is a bargaining state, whose moves are made from its deal's menu",
               length: stateName.length,
               notes: ["in a bargaining state each side plays its model's best offer and answer, valued by its 'weights'; name only the other states here"])
  }
}
