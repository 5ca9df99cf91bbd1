/// The compile step: a solved scenario to the flat tables the Monte Carlo simulator
/// runs (`CompiledLadder`, whose doc comment states the path semantics). There is one
/// compile path, and it is exact: the simulator follows the solved strategies node
/// by node, and is as small as that allows.
///
/// Steps:
/// 1–4. The variants (`NodeVariants`, SolvedScenario+CompileByNode.swift): every
///    node key a path can be in, its outcomes, where each event and shock leads it,
///    and its strategy row in each round it can be played in.
/// 5. Merge the variants whose futures are equal (`LadderQuotient`): one ladder
///    state per block, in the order of the scenario's states. When the strategies
///    do not depend on the path (on memory, or on variables beyond the flow weights),
///    this is one ladder state per scenario state.
/// 6. Round effects: each event and shock once per target block, from the blocks
///    that lead there (`toState` nil where a block leads to itself, as a change of
///    variables only), ordered so that a path meets at most one copy of an effect in
///    a round. Shocks are joint (`CompiledLadder.RoundEffect.firesFrom`: the blocks
///    whose scenario state the shock can act in), so the simulator judges them on
///    the state the events left, as the shock rule says (`ScenarioRound` step 2).
/// 7. Strategies: `.byRound` from the blocks' rows, except for a history rule
///    (tit-for-tat, grim trigger, generous tit-for-tat), which becomes a `.reactive`
///    table over the memory the simulator keeps, tremble included; so memory does
///    not split ladder states unless the other player's strategy depends on it. The
///    flow weights become the variables' payoff weights.
///
/// Nothing is left approximate: in a sequential stage the simulator draws the
/// second mover from its response to the first mover's drawn move (step 4), so
/// `approximations` is empty. Ladder states repeat scenario state names when a
/// scenario state needs several; `CompiledScenario.scenarioStates` maps them back.
extension SolvedScenario {
  /// The ladder to simulate (see the steps above).
  public func compiledScenario() throws -> CompiledScenario {
    try compiledScenario(merging: true)
  }

  /// `compiledScenario().ladder`.
  public func compile() throws -> CompiledLadder { try compiledScenario().ladder }

  /// `merging: false` keeps one ladder state per variant (for tests of step 5).
  func compiledScenario(merging: Bool) throws -> CompiledScenario {
    let v = nodeVariants()
    let T = horizon

    // Step 5.
    let reactive = scenario.behaviours.map(\.model.usesHistory)
    let quotient = merging
      ? LadderQuotient(v, scenarioStates: v.keys.map(\.state), reactive: reactive,
                       conditional: scenario.events.map { $0.condition != nil } + scenario.shocks.map { $0.condition != nil })
      : LadderQuotient(identity: v, scenarioStates: v.keys.map(\.state))
    let block = quotient.block
    let members = quotient.representatives
    let states = members.map { m -> CompiledLadder.State in
      var state = v.states[quotient.outcomeSource[m]]
      state.outcomes = state.outcomes.map { o in
        var o = o
        o.transitions = o.transitions.map { CompiledLadder.Transition(to: block[$0.to], probability: $0.probability) }
        return o
      }
      return state
    }

    // Step 6.
    var effects = [CompiledLadder.RoundEffect]()
    let rules = ScenarioRound(scenario: scenario)
    // A block's representative node: its state, tracked values and (when a
    // condition reads the date) its round, all a shock's rule can look at.
    let blockKeys = members.map { v.keys[$0] }
    for (e, template) in v.templates.enumerated() {
      guard let template else { continue }
      guard let groups = quotient.effectGroups(v.copies[e]) else {
        // Unreachable: variants never lead to each other by one effect (its changes
        // set values, or add to them, so they cannot come back), and merging is
        // undone when blocks would.
        throw EscalationError.invalidScenario(["'\(template.name)' leads two ladder states to each other"])
      }
      // Where a shock can fire: the blocks whose node passes the shock rule
      // (`ScenarioRound.acts`: its states and its condition), judged, as the rule
      // says, on the node the round's events left.
      let shock = e >= scenario.events.count ? e - scenario.events.count : nil
      let firesFrom = shock.map { k in
        blockKeys.indices.filter { rules.acts(.shock(k), on: blockKeys[$0], round: blockKeys[$0].clock) }
      }
      for (from, to) in groups {
        var copy = template
        copy.fromStates = from
        copy.toState = to
        copy.firesFrom = firesFrom
        effects.append(copy)
      }
    }

    // Step 7.
    let strategies = (0..<2).map { p -> CompiledLadder.Strategy in
      guard reactive[p] else {
        return .byRound((0..<T).map { t in members.map { quotient.filledRows[p][t][$0] } })
      }
      return .reactive(reactiveTables(player: p, scenarioStates: members.map { v.keys[$0].state }))
    }
    let variables = scenario.variables.enumerated().map { i, variable in
      CompiledLadder.Variable(name: variable.name, initial: variable.initial.doubleValue,
                              payoffWeights: [v.weights[0][i].doubleValue, v.weights[1][i].doubleValue])
    }
    do {
      let ladder = try CompiledLadder(
        states: states, initialState: block[v.start], variables: variables,
        strategies: strategies, rounds: T,
        discount: scenario.discount.doubleValue, effects: effects,
        flowsForever: scenario.calendar.tail == .stationary)
      return CompiledScenario(ladder: ladder, scenarioStates: members.map { v.keys[$0].state },
                              approximations: v.notes)
    } catch {
      throw EscalationError.invalidScenario(error.problems)
    }
  }

  /// A history rule's moves per memory code (calm, after an escalation last round,
  /// after an earlier one) in each ladder state, trembled, as the solve plays them.
  func reactiveTables(player p: Int, scenarioStates: [Int]) -> CompiledLadder.Reactive {
    let behaviour = scenario.behaviours[p]
    func table(_ code: Int) -> [[Double]] {
      scenarioStates.map { s in
        let state = scenario.states[s]
        guard !state.isTerminal else { return [] }
        let node = LadderNode(state: s, values: scenario.initialValues, memory: code << (2 * p))
        let mix = NonStrategicChoice.mixture(behaviour.model, player: p, node: node, round: 0, state: state)!.mixture
        return mix.trembled(behaviour.tremble).map(\.doubleValue)
      }
    }
    return .init(calm: table(0), afterEscalation: table(3), afterEarlierEscalation: table(2))
  }

  static func change(_ e: VariableEffect) -> CompiledLadder.VariableChange {
    switch e.operation {
    case .set(let v): return .set(e.variable, to: v.doubleValue)
    case .add(let d): return .add(e.variable, d.doubleValue)
    }
  }

  /// `weights[player][variable]`: the terms of the player's first stage payoff (the
  /// scenario reader adds a player's `weights` to every stage payoff, so they agree
  /// across joint moves; any other term stays in the outcome's own payoff).
  func flowWeights() -> [[Rational]] {
    var w = [[Rational]](repeating: [Rational](repeating: .zero, count: scenario.variables.count), count: 2)
    guard let first = scenario.states.first(where: { !$0.isTerminal })?.outcomes.first?.first else { return w }
    for p in 0..<2 {
      for term in first.payoffs[p].terms { w[p][term.variable] += term.coefficient }
    }
    return w
  }

  func residual(_ terms: [PayoffExpression.Term], minus weights: [Rational]) -> [PayoffExpression.Term] {
    var c = weights.map { -$0 }
    for t in terms { c[t.variable] += t.coefficient }
    return c.indices.filter { !c[$0].isZero }.map { PayoffExpression.Term(variable: $0, coefficient: c[$0]) }
  }
}
