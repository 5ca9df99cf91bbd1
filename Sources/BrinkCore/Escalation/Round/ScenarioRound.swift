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
///    in a terminal state, is in one of the event's states (any, when none are
///    listed) and the event's condition holds (`acts`): it may move the game to a
///    state and changes variables.
/// 2. Then the random shocks active in round `t` with a positive probability, drawn
///    jointly (the *shock rule*, issue 10 item 9): which shocks can act is judged
///    once, on the node the events left (the same state rule and the shock's
///    condition), and each of those fires with exactly its stated probability,
///    independently of the others and of other rounds — so "1/20 a week" is 1/20
///    whatever other shocks there are. The fired shocks then act one after another
///    in the order of their names (`EscalationScenario.shocks`; never the file's
///    order), each on the node the previous one left: all their variable changes
///    apply, and the game ends where the last one that moves it sends it, unless an
///    earlier one ended the game (a terminal state stops the rest, as it stops
///    everything).
///    After each event or shock, a state whose availability condition fails sends
///    the game to its `otherwise` state (`opened`).
/// 3. The joint move's payoffs, evaluated on the node's values (before the move).
/// 4. The joint move's variable effects, in order; then each player's memory of the
///    other's posture (`LadderNode.memory(after:escalated:)`).
/// 5. *Land*: one branch of the transition, with its probability, gives the state.
///    The transition is the first guarded one whose condition holds at the node
///    (values before the move, the round's date), else the default, its
///    probabilities evaluated at the node's values when written as expressions
///    (`transition(at:_:_:)`). The landed node is in round `t + 1`: a closed state
///    sends it on to its `otherwise` state (`opened`).
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
/// it stays 0. Time likewise: when some condition reads the date (`tracksTime`), a
/// node carries its round (`LadderNode.clock`), else 0.
///
/// Conditions (`Condition`) are read at a node and a round: the round's first day
/// and the node's values, so a condition only filters which rule applies; it never
/// changes what a rule does.
public struct ScenarioRound: Sendable {
  public let scenario: EscalationScenario
  /// `tracked[v]`: whether effects on variable `v` are applied.
  public let tracked: [Bool]
  /// Whether step 4 updates the memory (else it stays as it is, 0 from the start).
  public let tracksMemory: Bool
  /// Whether nodes carry their round (`LadderNode.clock`): when some condition
  /// reads the date.
  public let tracksTime: Bool
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
    self.tracksTime = scenario.conditionsReadDate
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
    opened(LadderNode(state: scenario.initialState, values: scenario.initialValues), round: 0)
  }

  /// A terminal node carried into the next round (`LadderGraph` step 3): unchanged
  /// but for its round, when nodes carry one.
  public func carried(_ node: LadderNode) -> LadderNode {
    var node = node
    if tracksTime { node.clock += 1 }
    return node
  }

  // MARK: Steps 1–2, the parts

  /// What can act while settling round `t`, in order (`causesByRound`; none
  /// outside the calendar).
  func settlingCauses(round t: Int) -> [RoundSettlement.Cause] {
    t >= 0 && t < horizon ? causesByRound[t] : []
  }

  /// What an event or shock does.
  func effect(_ cause: RoundSettlement.Cause) -> EventEffect {
    switch cause {
    case .event(let k): scenario.events[k].effect
    case .shock(let k): scenario.shocks[k].effect
    }
  }

  /// The rule of steps 1–2: whether an event or shock can act on `node` in round
  /// `t`: the state rule (`applies`) and its condition.
  public func acts(_ cause: RoundSettlement.Cause, on node: LadderNode, round t: Int) -> Bool {
    switch cause {
    case .event(let k):
      applies(scenario.events[k].states, to: node) && holds(scenario.events[k].condition, at: node, round: t)
    case .shock(let k):
      applies(scenario.shocks[k].states, to: node) && holds(scenario.shocks[k].condition, at: node, round: t)
    }
  }

  /// The state rule of steps 1–2: not in a terminal state, and in one of `states`
  /// (any, when empty).
  public func applies(_ states: [Int], to node: LadderNode) -> Bool {
    !scenario.states[node.state].isTerminal && (states.isEmpty || states.contains(node.state))
  }

  /// The shock rule of step 2, once for both drivers: whether shock `k` acts on
  /// `node` in round `t`, given the node `settled` that the round's events left.
  /// Whether it can act (its states and its condition, `acts`) is judged on
  /// `settled`, never on what an earlier shock of the same round made of it (so
  /// shocks do not pre-empt one another); it then acts on `node` unless an earlier
  /// shock ended the game.
  func shockActs(_ k: Int, on node: LadderNode, settled: LadderNode, round t: Int) -> Bool {
    acts(.shock(k), on: settled, round: t) && !scenario.states[node.state].isTerminal
  }

  /// `node` after an event's or shock's effect in round `t` (its memory
  /// unchanged), moved on from a closed state (`opened`).
  public func applying(_ effect: EventEffect, to node: LadderNode, round t: Int) -> LadderNode {
    var node = node
    if let s = effect.moveTo { node.state = s }
    node.values = applied(effect.effects, to: node.values)
    return opened(node, round: t)
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
  /// (in round `t + 1`, before its settling) with the branch's probability.
  public func landings(from node: LadderNode, _ i: Int, _ j: Int) -> [(node: LadderNode, probability: Rational)] {
    var after = moved(node, i, j)
    if tracksTime { after.clock = node.clock + 1 }
    return transition(at: node, i, j).outcomes.map {
      var landed = after
      landed.state = $0.state
      return (opened(landed, round: node.clock + 1), $0.probability)
    }
  }

  /// The payoffs received on arriving at `node` (`EscalationState.arrivalPayoffs`).
  public func arrivalPayoffs(at node: LadderNode) -> [Rational] {
    scenario.states[node.state].arrivalPayoffs(at: node.values)
  }
}
