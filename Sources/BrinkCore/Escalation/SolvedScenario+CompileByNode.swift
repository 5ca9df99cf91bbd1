/// The variants of the compile step (`SolvedScenario+Compile.swift`): every node
/// key (scenario state, tracked variable values, memory) a path can be in, with what
/// the simulator needs of each, before variants with equal futures are merged.
///
/// Steps (1–4 of the compile step; the round's rules are `ScenarioRound`'s, with
/// the graph's tracked variables):
/// 1. Variants: every node key the paths can be in, round by round: the graph's
///    nodes, the keys where a joint move lands before the next round's events and
///    shocks, and the keys in between while those apply in order
///    (`ScenarioRound.settle` enumerating, its `observe` recording each step).
/// 2. Outcomes of a variant: payoffs evaluated on its values, less the players'
///    flow weights (which the simulator applies to the variables as they stand, so
///    that variants differing only in what the flow weights read can be merged),
///    the moves' variable changes, and each branch of the transition to the
///    variant where it lands (`ScenarioRound.landings`). A terminal variant's
///    arrival payoffs are evaluated on its values.
/// 3. Round effects: for each event and shock, the variant it leads each variant
///    it acts on to.
/// 4. Strategy rows: a variant's row in round `t` is the played strategy of the
///    graph node with that key in round `t`; `nil` where no path is there then.
///    The second mover of a sequential stage whose response depends on which of
///    the first mover's possible moves was played gets its response to each of
///    them (`CompiledLadder.Strategy`), so the simulator draws it after the first
///    mover's actual move; otherwise (the first mover is pure, or the response is
///    the same after each move it may play) the one row it plays.
struct NodeVariants {
  var keys: [LadderNode]
  var start: Int
  /// Compiled states whose transitions index `keys`.
  var states: [CompiledLadder.State]
  /// `rows[p][t][v]`: player `p`'s strategy in variant `v` at round `t`, when occupied.
  var rows: [[[[Double]?]]]
  /// Per effect (the events, then the shocks): variant → the variant it leads to.
  var copies: [[Int: Int]]
  /// Per effect: its name, chance and window (`fromStates`/`toState` unset), or nil
  /// when it never acts within the horizon.
  var templates: [CompiledLadder.RoundEffect?]
  /// `weights[p][v]`: the flow weight of variable `v` in player `p`'s stage payoffs.
  var weights: [[Rational]]
  var notes: [String]
}

extension SolvedScenario {
  func nodeVariants() -> NodeVariants {
    let states = scenario.states
    let T = horizon
    var keys = [LadderNode](), index = [LadderNode: Int]()
    func variant(_ k: LadderNode) -> Int {
      if let i = index[k] { return i }
      keys.append(k)
      index[k] = keys.count - 1
      return keys.count - 1
    }
    let rules = ScenarioRound(scenario: scenario, tracked: graph.trackedVariables)
    // copies[effect] (events first, then shocks): source variant → target variant.
    var copies = [[Int: Int]](repeating: [:], count: scenario.events.count + scenario.shocks.count)
    /// Settles a key for round `t`, recording every variant and copy met on the way
    /// (a shock of probability 1 is compiled for the key it misses too; see
    /// `keepsCertainMisses`).
    func settle(_ start: LadderNode, round t: Int) {
      _ = variant(start)
      _ = rules.settle(start, round: t, keepsCertainMisses: true) { cause, from, to in
        let e = switch cause {
        case .event(let k): k
        case .shock(let k): scenario.events.count + k
        }
        let source = variant(from)
        copies[e][source] = variant(to)
      }
    }

    // Step 1.
    let start = rules.start
    settle(start, round: 0)
    for t in 0..<T {
      for node in graph.rounds[t] where !node.isTerminal {
        let key = node.node, state = states[key.state]
        _ = variant(key)
        for i in state.moves[0].indices {
          for j in state.moves[1].indices {
            for (landed, _) in rules.landings(from: key, i, j) {
              settle(landed, round: t + 1)  // nothing acts at the horizon
            }
          }
        }
      }
      for node in graph.rounds[t] { _ = variant(node.node) }
    }
    for node in graph.rounds[T] { _ = variant(node.node) }

    // Step 2.
    let weights = flowWeights()
    let tailValues = horizonValuesByKey()
    var compiled = [CompiledLadder.State]()
    for k in keys {
      let state = states[k.state]
      if state.isTerminal {
        compiled.append(CompiledLadder.State(
          name: state.name, isTerminal: true,
          terminalPayoffs: rules.arrivalPayoffs(at: k).map(\.doubleValue),
          terminalFlows: state.terminalFlow.map { _ in state.flowPayoffs(at: k.values).map(\.doubleValue) }))
        continue
      }
      var outcomes = [CompiledLadder.Outcome]()
      for j in state.moves[1].indices {
        for i in state.moves[0].indices {
          let o = state.outcomes[i][j]
          outcomes.append(CompiledLadder.Outcome(
            payoffs: (0..<2).map { p in
              var rest = o.payoffs[p]
              rest.terms = residual(rest.terms, minus: weights[p])
              return rest.evaluate(k.values).doubleValue
            },
            transitions: rules.landings(from: k, i, j).map { landed, p in
              // Only a variant no path occupies at decision time can miss its target.
              CompiledLadder.Transition(to: index[landed] ?? index[k]!, probability: p.doubleValue)
            },
            variableChanges: o.effects.map(Self.change)))
        }
      }
      compiled.append(CompiledLadder.State(
        name: state.name, moves: state.moves.map { $0.map(\.name) },
        escalates: state.moves.map { $0.map { $0.posture == .escalate } }, outcomes: outcomes,
        horizonValues: tailValues.map { $0[k] ?? [0, 0] }))
    }

    // Step 3.
    var templates = [CompiledLadder.RoundEffect?]()
    for event in scenario.events {
      templates.append(scenario.calendar.round(containing: event.date).map {
        .event(event.name, round: $0, variableChanges: event.effect.effects.map(Self.change))
      })
    }
    for shock in scenario.shocks {
      let active = (0..<T).filter { shock.isActive(inRound: $0, of: scenario.calendar) }
      if let first = active.first, let last = active.last, !shock.probability.isZero {
        templates.append(CompiledLadder.RoundEffect(
          name: shock.name, probability: shock.probability.doubleValue, firstRound: first, lastRound: last,
          variableChanges: shock.effect.effects.map(Self.change)))
      } else {
        templates.append(nil)
      }
    }

    // Step 4.
    let notes = [String]()
    var rows = [[[[Double]?]]](repeating: [], count: 2)
    for t in 0..<T {
      var here = [LadderNode: Int]()
      for (n, node) in graph.rounds[t].enumerated() { here[node.node] = n }
      for p in 0..<2 {
        rows[p].append(keys.map { k -> [Double]? in
          let state = states[k.state]
          guard !state.isTerminal, let n = here[k], let played = nodes[t][n].played else { return nil }
          if played.isSequential, p == played.follower, played.respondsToMixedLead {
            return played.followerMixtures.flatMap { $0 }
          }
          return played.marginal(player: p)
        })
      }
    }
    return NodeVariants(keys: keys, start: index[start]!, states: compiled, rows: rows, copies: copies,
                        templates: templates, weights: weights, notes: notes)
  }
}

extension SolvedScenario {
  /// With a stationary tail, what a path ending the last dated round at each key is
  /// worth from there on (the solved values of the horizon's nodes, which the tail
  /// set: `StationaryTail`); `nil` without a tail.
  func horizonValuesByKey() -> [LadderNode: [Double]]? {
    guard scenario.calendar.tail == .stationary else { return nil }
    var out = [LadderNode: [Double]]()
    for (n, node) in graph.rounds[horizon].enumerated() where !node.isTerminal {
      out[node.node] = nodes[horizon][n].values
    }
    return out
  }
}
