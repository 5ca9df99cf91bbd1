import BrinkCore

/// The last step of reading: a validated `ScenarioSyntax` to the model. Names become
/// indices; move-level and joint-move effects are combined per joint outcome; player
/// weights are added to every stage payoff of that player; joint moves no transition
/// covers stay in their state. Only called when validation found no errors, so every
/// name here resolves.
struct ScenarioLowering {
  let s: ScenarioSyntax
  let names: ScenarioNames

  init(s: ScenarioSyntax) {
    self.s = s
    names = ScenarioNames(s)
  }

  func stateIndex(_ name: String) -> Int { names.states[name]! }
  func variableIndex(_ name: String) -> Int { names.variables[name]! }

  func document(file: String) -> ScenarioDocument {
    let states = s.states.map(state)
    let calendar = s.calendar.model
    let history = s.script.map { r -> HistoricalRound in
      let round = r.date.flatMap { calendar.round(containing: $0.value) } ?? ((r.round?.value ?? 1) - 1)
      return HistoricalRound(round: round, moves: r.moves.map { $0?.value }, note: r.note ?? "", source: r.source ?? "")
    }
    var scenario = EscalationScenario(
      title: s.title ?? s.name?.value ?? "",
      description: s.description ?? "",
      players: s.players.map(\.id.value),
      states: states,
      initialState: s.initial.map { stateIndex($0.value) } ?? 0,
      variables: s.variables.map { StateVariable(name: $0.id.value, initial: $0.initial?.value ?? .zero, unit: $0.unit ?? "") },
      calendar: calendar,
      events: s.events.filter { $0.decision == nil }.map(event),
      shocks: s.shocks.map(shock),
      discount: s.discount?.value ?? .one,
      behaviours: (0..<2).map { behaviour(player: $0, calendar: calendar, history: history) },
      history: history)
    scenario.types = types()
    let withDeadlines = withDeadlines(withDeals(scenario))
    return ScenarioDocument(
      name: s.name?.value ?? "",
      scenario: withDeadlines,
      sources: s.sources.map {
        ScenarioSource(id: $0.id.value, outlet: $0.outlet, title: $0.title, date: $0.date?.value, url: $0.url, note: $0.note)
      },
      annotations: annotations(),
      historyStates: s.script.map { r in r.state.map { deadlineRound(of: $0.value, in: r, withDeadlines) ?? stateIndex($0.value) } },
      file: file, asOf: s.asOf?.value, questions: questions(calendar, withDeadlines))
  }

  // MARK: - Pieces

  func expression(_ e: ExpressionSyntax, plusWeightsOf player: Int?) -> PayoffExpression {
    var terms: [Int: Rational] = [:]
    var order: [Int] = []
    func add(_ v: Int, _ c: Rational) {
      if terms[v] == nil { order.append(v) }
      terms[v, default: .zero] += c
    }
    for t in e.terms { add(variableIndex(t.variable.value), t.coefficient) }
    if let player {
      for (name, weight) in s.players[player].weights { add(variableIndex(name.value), weight.value) }
    }
    return PayoffExpression(e.constant, terms: order.map { PayoffExpression.Term(variable: $0, coefficient: terms[$0]!) })
  }

  func effects(_ list: [EffectSyntax]) -> [VariableEffect] {
    list.map { e in
      VariableEffect(variable: variableIndex(e.variable.value), e.operation == .add ? .add(e.amount.value) : .set(e.amount.value))
    }
  }

  func move(player: Int, _ name: String) -> MoveSyntax { s.players[player].moves.first { $0.id.value == name }! }

  func payoffs(_ table: PayoffTableSyntax, row: String, column: Int) -> [PayoffExpression] {
    let r = table.rows.first { $0.move.value == row }!
    return (0..<2).map { expression(r.cells[column][$0], plusWeightsOf: $0) }
  }

  func state(_ st: StateSyntax) -> EscalationState {
    if st.terminal {
      var state = EscalationState.terminal(st.id.value, description: st.description ?? "",
                                           payoffs: st.value.map { $0.map { expression($0, plusWeightsOf: nil) } })
      // A round spent here pays like any round: the flow plus the player's weights.
      state.terminalFlow = st.flow.map { pair in (0..<2).map { expression(pair[$0], plusWeightsOf: $0) } }
      return state
    }
    let here = stateIndex(st.id.value)
    let moves = (0..<2).map { p in
      st.moves[p].map { m -> Move in
        let decl = move(player: p, m.value)
        return Move(name: m.value, label: decl.description ?? "", posture: decl.posture)
      }
    }
    let outcomes = st.moves[0].map { a in
      st.moves[1].enumerated().map { column, b -> JointOutcome in
        // The matching entries in order: their guards, until one decides always.
        var guarded = [GuardedTransition](), fallback: Transition?
        for t in st.transitions where t.key.matches(a.value, b.value) {
          guarded += t.guards.map { GuardedTransition(condition: condition($0.when), transition: transition($0.next)) }
          if let o = t.otherwise { fallback = transition(o); break }
        }
        var joint = effects(move(player: 0, a.value).effects) + effects(move(player: 1, b.value).effects)
        for (key, list) in st.effects where key.matches(a.value, b.value) { joint += effects(list) }
        var outcome = JointOutcome(payoffs: payoffs(st.payoffs!, row: a.value, column: column),
                                   transition: fallback ?? .to(here), effects: joint)
        outcome.guarded = guarded
        return outcome
      }
    }
    var state = EscalationState(name: st.id.value, description: st.description ?? "", moves: moves,
                                timing: st.firstMover.map { .sequential(firstMover: $0.value) } ?? .simultaneous,
                                outcomes: outcomes)
    if let w = st.availableWhen, let o = st.otherwise {
      state.availability = StateAvailability(condition: condition(w), otherwise: stateIndex(o.value))
    }
    return state
  }

  func transition(_ next: NextSyntax) -> Transition {
    let initial = s.variables.map { $0.initial?.value ?? .zero }
    return Transition(next.outcomes.indices.compactMap { k in
      let o = next.outcomes[k]
      if let e = next.expressions[k] {
        let expression = self.expression(e, plusWeightsOf: nil)
        return Transition.Branch(state: stateIndex(o.state.value), probability: expression.evaluate(initial), expression: expression)
      }
      guard o.probability.value > .zero else { return nil }
      return Transition.Branch(state: stateIndex(o.state.value), probability: o.probability.value)
    })
  }

  func condition(_ w: WhenSyntax) -> Condition { w.condition.model(variableIndex) }

  func event(_ e: EventSyntax) -> ScheduledEvent {
    var event = ScheduledEvent(name: e.name.value, date: e.date!.value,
                               effect: EventEffect(moveTo: e.goto.map { stateIndex($0.value) }, effects: effects(e.effects)),
                               states: e.within.map { stateIndex($0.value) }, source: e.source ?? "")
    event.condition = e.when.map(condition)
    return event
  }

  /// `scenario` (read without its decision events) with each deadline that is a
  /// decision added where it stands among the file's events (`addingDeadline`).
  func withDeadlines(_ scenario: EscalationScenario) -> EscalationScenario {
    var scenario = scenario
    var before = 0  // events of the scenario so far, added deadlines' included
    for e in s.events {
      guard let d = e.decision else { before += 1; continue }
      let count = scenario.events.count
      scenario = scenario.addingDeadline(deadline(e, d), at: before)
      before += scenario.events.count - count
    }
    return scenario
  }

  /// A script entry in `state` whose move is `MOVE+OPTION` was played in the
  /// round of that option's deadline: the state `state@NAME`.
  func deadlineRound(of state: String, in r: ScriptRoundSyntax, _ scenario: EscalationScenario) -> Int? {
    for (p, m) in r.moves.enumerated() {
      guard let m, let plus = m.value.lastIndex(of: "+") else { continue }
      let option = String(m.value[m.value.index(after: plus)...])
      for d in scenario.deadlines where d.player == p && d.options.contains(where: { $0.name == option }) {
        if let k = scenario.stateIndex(named: d.decisionStateName(state)) { return k }
      }
    }
    return nil
  }

  func deadline(_ e: EventSyntax, _ d: DecisionSyntax) -> DeadlineDecision {
    var deadline = DeadlineDecision(
      name: e.name.value, date: e.date!.value, player: s.players.firstIndex { $0.id.value == d.player!.value }!,
      states: e.within.map { stateIndex($0.value) },
      options: d.options.map {
        DeadlineDecision.Option(name: $0.id.value, label: $0.description ?? "", effects: effects($0.effects),
                                moveTo: $0.goto.map { stateIndex($0.value) }, extendRounds: $0.rounds?.value)
      },
      source: e.source ?? "")
    deadline.condition = e.when.map(condition)
    return deadline
  }

  func shock(_ sh: ShockSyntax) -> RandomShock {
    var shock = RandomShock(name: sh.name.value, probability: sh.probability?.value ?? .zero,
                            from: sh.windowStart?.value, to: sh.windowEnd?.value,
                            states: sh.from.map { stateIndex($0.value) },
                            effect: EventEffect(moveTo: sh.goto.map { stateIndex($0.value) }, effects: effects(sh.effects)))
    shock.condition = sh.when.map(condition)
    return shock
  }

  func behaviour(player: Int, calendar: ScenarioCalendar, history: [HistoricalRound]) -> PlayerBehaviour {
    guard let b = s.behaviour[player] else { return PlayerBehaviour() }
    let model: ChoiceModel
    // The parser has checked the word against `ModelName`.
    switch ModelName(rawValue: b.model.value) ?? .equilibrium {
    case .logit: model = .logit(lambda: b.lambda?.value.doubleValue ?? 1)
    case .fixed:
      model = .fixed(strategies: s.states.map { st in
        guard !st.terminal, let mix = b.mix.first(where: { $0.state.value == st.id.value }) else { return nil }
        return st.moves[player].map { m in mix.moves.first { $0.0.value == m.value }?.1.value ?? .zero }
      })
    case .titForTat: model = .titForTat
    case .grimTrigger: model = .grimTrigger
    case .generousTitForTat: model = .generousTitForTat(forgiveness: b.forgiveness?.value ?? .zero)
    case .script:
      var moves = [String?](repeating: nil, count: calendar.rounds)
      for h in history where h.round >= 0 && h.round < moves.count { moves[h.round] = h.moves[player] }
      model = .script(moves: moves)
    case .equilibrium:
      model = .equilibrium(selection: b.select.flatMap { EquilibriumSelection(name: $0.value) } ?? .riskDominant)
    }
    var overrides: [PayoffOverride] = []
    for (stateName, table) in b.perceives {
      let index = stateIndex(stateName.value)
      let st = s.states[index]
      for (i, a) in st.moves[0].enumerated() {
        for j in st.moves[1].indices {
          overrides.append(PayoffOverride(state: index, rowMove: i, columnMove: j, payoffs: payoffs(table, row: a.value, column: j)))
        }
      }
    }
    return PlayerBehaviour(model: model, tremble: b.tremble?.value ?? .zero, perceivedPayoffs: overrides)
  }

  func annotations() -> [String: String] {
    var a: [String: String] = [:]
    for p in s.players { if let n = p.name { a["players.\(p.id.value).name"] = n } }
    for v in s.variables {
      if let d = v.description { a["variables.\(v.id.value).description"] = d }
      if let src = v.source { a["variables.\(v.id.value).source"] = src }
    }
    for st in s.states { if let src = st.source { a["states.\(st.id.value).source"] = src } }
    for e in s.events { if let d = e.description { a["events.\(e.name.value).description"] = d } }
    for sh in s.shocks {
      if let d = sh.description { a["shocks.\(sh.name.value).description"] = d }
      if let src = sh.source { a["shocks.\(sh.name.value).source"] = src }
    }
    for e in s.types { for t in e.types { if let src = t.source { a["types.\(e.player.value).\(t.id.value).source"] = src } } }
    return a
  }
}
