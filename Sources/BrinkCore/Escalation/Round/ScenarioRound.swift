/// One round of a scenario: the rules of the game written once. Everything else
/// that plays a round calls them: the exact ladder (`LadderGraph`, and through it
/// the Markov chain, the solver and `PathLikelihood`), the exact compile step
/// (`SolvedScenario.compiledByNode`), settling one path (`EscalationScenario.settle`),
/// and the REPL's hand play and replay. Only the Monte Carlo sampler keeps its own
/// specialised loop over the compiled tables, proven equal by its tests.
///
/// From a node (`LadderNode`: state, variable values, memory) in round `t`, given
/// the players' moves `(i, j)` and the draws:
/// 1. *Settle* for round `t` (done when the node was reached, see step 6): each
///    scheduled event dated in round `t`, in file order, acts when the game is not
///    in a terminal state and is in one of the event's states (any, when none are
///    listed): it may move the game to a state and changes variables.
/// 2. Then the random shocks active in round `t` with a positive probability, drawn
///    jointly (the *shock rule*, issue 10 item 9): which shocks can act is judged
///    once, on the node the events left (the same state rule), and each of those
///    fires with exactly its stated probability, independently of the others and
///    of other rounds — so "1/20 a week" is 1/20 whatever other shocks there are.
///    The fired shocks then act one after another in the order of their names
///    (`EscalationScenario.shocks`; never the file's order), each on the node the
///    previous one left: all their variable changes apply, and the game ends where
///    the last one that moves it sends it, unless an earlier one ended the game (a
///    terminal state stops the rest, as it stops everything).
/// 3. The joint move's payoffs, evaluated on the node's values (before the move).
/// 4. The joint move's variable effects, in order; then each player's memory of the
///    other's posture (`LadderNode.memory(after:escalated:)`).
/// 5. *Land*: one branch of the transition, with its probability, gives the state.
/// 6. Settle the landed node for round `t + 1` (steps 1–2), unless `t + 1` is the
///    horizon or beyond: rounds outside the calendar have no events and no shocks.
/// A terminal state has no moves; its `terminalPayoffs` are received on arrival
/// (`arrivalPayoffs`), and the game stays there.
///
/// Two drivers run these steps: *enumerate* (`settle(_:round:)`, `outcomes`) gives
/// every outcome with its exact probability, as the ladder needs; *follow*
/// (`settle(_:round:fires:)`, `follow`) takes one path, the caller deciding each
/// shock and each lottery, as hand play, replay and one-path settling need. A test
/// checks that following every draw sequence reproduces the enumerated distribution.
///
/// Which variables are tracked is a parameter: the ladder keeps only those some
/// payoff reads (`LadderGraph.payoffVariables`), since the others cannot change a
/// decision and would multiply the nodes; hand play keeps them all. An untracked
/// variable keeps its value in the node. Memory likewise: when it is not tracked
/// it stays 0.
public struct ScenarioRound: Sendable {
  public let scenario: EscalationScenario
  /// `tracked[v]`: whether effects on variable `v` are applied.
  public let tracked: [Bool]
  /// Whether step 4 updates the memory (else it stays as it is, 0 from the start).
  public let tracksMemory: Bool
  /// `causesByRound[t]`: what can act while settling round `t`, in order, before
  /// the state rule and the draws: the events dated in `t` in file order (step 1),
  /// then the shocks active in `t` with a positive probability (step 2).
  let causesByRound: [[RoundSettlement.Cause]]

  /// - Parameters:
  ///   - tracked: the variables to track (`nil`: all of them).
  ///   - tracksMemory: whether to track memory (`nil`: when some player's model
  ///     reads history, as the ladder does).
  public init(scenario: EscalationScenario, tracked: [Bool]? = nil, tracksMemory: Bool? = nil) {
    self.scenario = scenario
    self.tracked = tracked ?? scenario.variables.map { _ in true }
    self.tracksMemory = tracksMemory ?? scenario.behaviours.contains { $0.model.usesHistory }
    let T = max(scenario.calendar.rounds, 0)
    var byRound = [[RoundSettlement.Cause]](repeating: [], count: T)
    for (k, e) in scenario.events.enumerated() {
      if let t = scenario.calendar.round(containing: e.date), byRound.indices.contains(t) { byRound[t].append(.event(k)) }
    }
    for t in 0..<T {
      for (k, shock) in scenario.shocks.enumerated()
      where shock.isActive(inRound: t, of: scenario.calendar) && !shock.probability.isZero {
        byRound[t].append(.shock(k))
      }
    }
    self.causesByRound = byRound
  }

  /// The number of rounds (the calendar's); settling round `horizon` or later does nothing.
  public var horizon: Int { causesByRound.count }

  /// The scenario's starting node, before round 0 is settled.
  public var start: LadderNode {
    LadderNode(state: scenario.initialState, values: scenario.initialValues)
  }

  // MARK: Steps 1–2, the parts

  /// What can act while settling round `t`, in order (`causesByRound`; none
  /// outside the calendar).
  func settlingCauses(round t: Int) -> [RoundSettlement.Cause] {
    t >= 0 && t < horizon ? causesByRound[t] : []
  }

  /// The states an event or shock acts in, and what it does.
  func rule(_ cause: RoundSettlement.Cause) -> (states: [Int], effect: EventEffect) {
    switch cause {
    case .event(let k): (scenario.events[k].states, scenario.events[k].effect)
    case .shock(let k): (scenario.shocks[k].states, scenario.shocks[k].effect)
    }
  }

  /// The state rule of steps 1–2: not in a terminal state, and in one of `states`
  /// (any, when empty).
  public func applies(_ states: [Int], to node: LadderNode) -> Bool {
    !scenario.states[node.state].isTerminal && (states.isEmpty || states.contains(node.state))
  }

  /// The shock rule of step 2, once for both drivers: whether shock `k` acts on
  /// `node`, given the node `settled` that the round's events left. Whether it can
  /// act is judged on `settled`, never on what an earlier shock of the same round
  /// made of it (so shocks do not pre-empt one another); it then acts on `node`
  /// unless an earlier shock ended the game.
  func shockActs(_ k: Int, on node: LadderNode, settled: LadderNode) -> Bool {
    applies(scenario.shocks[k].states, to: settled) && !scenario.states[node.state].isTerminal
  }

  /// `node` after an event's or shock's effect (its memory unchanged).
  public func applying(_ effect: EventEffect, to node: LadderNode) -> LadderNode {
    var node = node
    if let s = effect.moveTo { node.state = s }
    node.values = applied(effect.effects, to: node.values)
    return node
  }

  /// `values` after the tracked ones among `effects`, in order.
  func applied(_ effects: [VariableEffect], to values: [Rational]) -> [Rational] {
    var v = values
    for e in effects where tracked[e.variable] { e.apply(to: &v) }
    return v
  }

  // MARK: Steps 3–5, the joint move

  /// Step 3: each player's stage payoff for `(i, j)` at `node`'s values.
  public func payoffs(at node: LadderNode, _ i: Int, _ j: Int) -> [Rational] {
    scenario.states[node.state].outcomes[i][j].payoffs.map { $0.evaluate(node.values) }
  }

  /// Step 4: `node` after the joint move's effects and the memory update, still
  /// in its state (before landing).
  public func moved(_ node: LadderNode, _ i: Int, _ j: Int) -> LadderNode {
    let state = scenario.states[node.state]
    var after = node
    after.values = applied(state.outcomes[i][j].effects, to: node.values)
    if tracksMemory {
      after.memory = LadderNode.memory(after: node.memory, escalated: (state.moves[0][i].posture == .escalate,
                                                                       state.moves[1][j].posture == .escalate))
    }
    return after
  }

  /// Steps 4–5: each branch of the joint move's transition, as the landed node
  /// (before the next round's settling) with the branch's probability.
  public func landings(from node: LadderNode, _ i: Int, _ j: Int) -> [(node: LadderNode, probability: Rational)] {
    let after = moved(node, i, j)
    return scenario.states[node.state].outcomes[i][j].transition.outcomes.map {
      var landed = after
      landed.state = $0.state
      return (landed, $0.probability)
    }
  }

  /// The payoffs received on arriving at `node` (`EscalationState.arrivalPayoffs`).
  public func arrivalPayoffs(at node: LadderNode) -> [Rational] {
    scenario.states[node.state].arrivalPayoffs(at: node.values)
  }
}
