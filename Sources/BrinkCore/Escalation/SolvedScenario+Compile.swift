/// The compile step, per scenario state: a solved scenario to the flat tables the Monte Carlo
/// simulator runs (`CompiledLadder`, whose doc comment states the path semantics).
///
/// Steps:
/// 1. Flow weights: the variable terms of each player's stage payoffs become the
///    ladder's per-variable payoff weights (the scenario reader adds a player's
///    `weights` to every stage payoff, so they agree across joint moves).
/// 2. States: names, moves, escalate readings, outcomes in the ladder's order
///    (player 0's move fastest) with constant payoffs, `Double` transition
///    probabilities and the moves' variable changes; terminal payoffs.
/// 3. Strategies: a history rule (tit-for-tat, grim trigger, generous tit-for-tat)
///    becomes a `.reactive` table, tremble included; every other model a `.byRound`
///    table: in round `t` and state `s`, the probability-weighted average of the
///    played strategies of the solved nodes in `s` (exactly the node's strategy
///    when there is one node, or when all agree).
/// 4. Round effects: the scheduled events (in the round containing their date),
///    then the shocks (over the rounds whose first day is in their window), in the
///    scenario's order, which is the order a round applies them (`ScenarioRound`,
///    steps 1–2).
///
/// The tables are per state, the solution per node, so three things can only be
/// approximated; each is listed in the returned notes, and none occurs when the
/// solved strategies do not depend on memory or variable values:
/// - a strategic player's strategy that differs between nodes of one state and
///   round (it answers a tit-for-tat opponent, or payoffs depend on variables);
/// - a sequential stage whose first mover mixes (the simulator draws the second
///   mover's move independently, from its average response);
/// - a payoff term that differs from the player's flow weights, or a terminal
///   payoff depending on variables, when those variables take several values in
///   that state (evaluated at the state's expected values; exact otherwise).
extension SolvedScenario {
  /// One compiled state per scenario state (see the steps above).
  public func compiledPerState() throws -> CompiledScenario {
    let chain = LadderMarkovChain(self)
    var notes = [String]()
    let states = scenario.states
    let T = horizon

    // Step 1.
    let weights = flowWeights()
    // Expected variable values in each state, over all rounds (for approximations).
    let expectedInState = expectedValuesByState(chain)

    // Step 2.
    var compiledStates = [CompiledLadder.State]()
    for (s, state) in states.enumerated() {
      if state.isTerminal {
        let payoffs = (state.terminalPayoffs ?? [0, 0]).enumerated().map { p, e -> Double in
          if varies(e, inState: s) { notes.append("terminal payoffs of '\(state.name)' depend on variables that vary there: evaluated at their expected values") }
          return e.evaluate(expectedInState[s]).doubleValue
        }
        compiledStates.append(CompiledLadder.State(name: state.name, isTerminal: true, terminalPayoffs: payoffs))
        continue
      }
      var outcomes = [CompiledLadder.Outcome]()
      for b in state.moves[1].indices {
        for a in state.moves[0].indices {
          let o = state.outcomes[a][b]
          let payoffs = (0..<2).map { p -> Double in
            var rest = o.payoffs[p]
            rest.terms = residual(rest.terms, minus: weights[p])
            if varies(rest, inState: s) {
              notes.append("payoff of \(scenario.players[p]) at (\(state.moves[0][a].name), \(state.moves[1][b].name)) in '\(state.name)' uses variables beyond its flow weights, which vary there: evaluated at their expected values")
            }
            return rest.evaluate(expectedInState[s]).doubleValue
          }
          outcomes.append(CompiledLadder.Outcome(
            payoffs: payoffs,
            transitions: o.transition.outcomes.map { CompiledLadder.Transition(to: $0.state, probability: $0.probability.doubleValue) },
            variableChanges: o.effects.map(Self.change)))
        }
      }
      compiledStates.append(CompiledLadder.State(
        name: state.name, moves: state.moves.map { $0.map(\.name) },
        escalates: state.moves.map { $0.map { $0.posture == .escalate } }, outcomes: outcomes))
    }

    // Step 3.
    var strategies = [CompiledLadder.Strategy]()
    for p in 0..<2 {
      let behaviour = scenario.behaviours[p]
      if behaviour.model.usesHistory {
        func table(_ code: Int) -> [[Double]] {
          states.enumerated().map { s, state in
            guard !state.isTerminal else { return [] }
            let node = LadderNode(state: s, values: scenario.initialValues, memory: code << (2 * p))
            let mix = NonStrategicChoice.mixture(behaviour.model, player: p, node: node, round: 0, state: state)!.mixture
            return mix.trembled(behaviour.tremble).map(\.doubleValue)
          }
        }
        strategies.append(.reactive(.init(calm: table(0), afterEscalation: table(3), afterEarlierEscalation: table(2))))
      } else {
        strategies.append(.byRound((0..<T).map { t in
          states.indices.map { s in averagedStrategy(player: p, round: t, state: s, chain: chain, notes: &notes) }
        }))
      }
    }

    // Step 4.
    var effects = [CompiledLadder.RoundEffect]()
    for e in scenario.events {
      guard let r = scenario.calendar.round(containing: e.date) else { continue }
      effects.append(.event(e.name, round: r, fromStates: e.states.isEmpty ? nil : e.states,
                            toState: e.effect.moveTo, variableChanges: e.effect.effects.map(Self.change)))
    }
    for shock in scenario.shocks {
      let active = (0..<T).filter { shock.isActive(inRound: $0, of: scenario.calendar) }
      guard let first = active.first, let last = active.last, !shock.probability.isZero else { continue }
      effects.append(CompiledLadder.RoundEffect(
        name: shock.name, probability: shock.probability.doubleValue, firstRound: first, lastRound: last,
        fromStates: shock.states.isEmpty ? nil : shock.states, toState: shock.effect.moveTo,
        variableChanges: shock.effect.effects.map(Self.change)))
    }

    let variables = scenario.variables.enumerated().map { v, variable in
      CompiledLadder.Variable(name: variable.name, initial: variable.initial.doubleValue,
                              payoffWeights: [weights[0][v].doubleValue, weights[1][v].doubleValue])
    }
    var seen = Set<String>()
    notes = notes.filter { seen.insert($0).inserted }
    do {
      let ladder = try CompiledLadder(states: compiledStates, initialState: scenario.initialState, variables: variables,
                                      strategies: strategies, rounds: T, discount: scenario.discount.doubleValue,
                                      effects: effects)
      return CompiledScenario(ladder: ladder, scenarioStates: Array(states.indices), approximations: notes)
    } catch {
      throw EscalationError.invalidScenario(error.problems)
    }
  }

  static func change(_ e: VariableEffect) -> CompiledLadder.VariableChange {
    switch e.operation {
    case .set(let v): return .set(e.variable, to: v.doubleValue)
    case .add(let d): return .add(e.variable, d.doubleValue)
    }
  }

  /// Whether `e` takes more than one value over the nodes in state `s`.
  func varies(_ e: PayoffExpression, inState s: Int) -> Bool {
    if e.isConstant { return false }
    var seen: Rational?
    for round in graph.rounds {
      for node in round where node.node.state == s {
        let v = e.evaluate(node.node.values)
        if let seen, seen != v { return true }
        seen = v
      }
    }
    return false
  }

  /// `weights[player][variable]`: the terms of the player's first stage payoff.
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

  /// E[values | state s], over every round, weighted by the chain (initial values
  /// for a state never reached).
  func expectedValuesByState(_ chain: LadderMarkovChain) -> [[Rational]] {
    let nv = scenario.variables.count
    var sums = [[Double]](repeating: [Double](repeating: 0, count: nv), count: scenario.states.count)
    var mass = [Double](repeating: 0, count: scenario.states.count)
    for (t, round) in graph.rounds.enumerated() {
      for (n, node) in round.enumerated() where chain.nodes[t][n] > 0 {
        let p = chain.nodes[t][n], s = node.node.state
        mass[s] += p
        for v in 0..<nv { sums[s][v] += p * node.node.values[v].doubleValue }
      }
    }
    return scenario.states.indices.map { s in
      mass[s] > 0 ? sums[s].map { Rational(approximating: $0 / mass[s]) } : scenario.initialValues
    }
  }

  /// Player `p`'s move probabilities in `state` at round `t`, averaged over the
  /// solved nodes there by their probability (see step 3 and the approximations).
  func averagedStrategy(player p: Int, round t: Int, state s: Int, chain: LadderMarkovChain,
                        notes: inout [String]) -> [Double] {
    let st = scenario.states[s]
    if st.isTerminal { return [] }
    let count = st.moves[p].count
    let nodes = graph.rounds[t].indices.filter { graph.rounds[t][$0].node.state == s && self.nodes[t][$0].played != nil }
    guard !nodes.isEmpty else { return Array(repeating: 1 / Double(count), count: count) }
    var sum = [Double](repeating: 0, count: count), mass = 0.0
    var reached = [[Double]]()
    for n in nodes where chain.nodes[t][n] > 0 {
      let played = self.nodes[t][n].played!
      let m = played.marginal(player: p)
      reached.append(m)
      for k in 0..<count { sum[k] += chain.nodes[t][n] * m[k] }
      mass += chain.nodes[t][n]
      if played.isSequential && p == played.follower && played.leaderMixture.filter({ $0 > 0 }).count > 1 {
        let responses = played.leaderMixture.indices.filter { played.leaderMixture[$0] > 0 }.map { played.followerMixtures[$0] }
        if responses.contains(where: { r in zip(r, responses[0]).contains { abs($0 - $1) > 1e-12 } }) {
          notes.append("round \(t), '\(st.name)': \(scenario.players[p]) answers the first mover's mixed move; the simulation draws its average response")
        }
      }
    }
    guard mass > 0 else { return self.nodes[t][nodes[0]].played!.marginal(player: p) }
    if reached.contains(where: { m in zip(m, reached[0]).contains { abs($0 - $1) > 1e-12 } }) {
      notes.append("round \(t), '\(st.name)': \(scenario.players[p])'s strategy depends on the path (memory or variable values); the simulation uses its probability-weighted average")
    }
    let total = sum.reduce(0, +)
    return sum.map { $0 / total }
  }
}
