/// The exact compile step: one ladder state per *node key* (scenario state,
/// tracked variable values, memory) instead of one per scenario state, so that
/// strategies that depend on the path (on variable values, or on memory when a
/// player answers a tit-for-tat opponent) are reproduced exactly by the per-state,
/// per-round tables of `CompiledLadder`.
///
/// Steps (the round's rules are `ScenarioRound`'s, with the graph's tracked variables):
/// 1. Variants: every node key the paths can be in, round by round: the graph's
///    nodes, the keys where a joint move lands before the next round's events and
///    shocks, and the keys in between while those apply in order
///    (`ScenarioRound.settle` enumerating, its `observe` recording each step).
/// 2. Outcomes of a variant: payoffs evaluated on its values (exact constants, no
///    flow weights), the moves' variable changes, and each branch of the
///    transition to the variant where it lands (`ScenarioRound.landings`).
/// 3. Round effects: each event and shock is copied once per variant it can act
///    on, with `fromStates` that variant and `toState` the variant it leads to. The
///    copies of one effect are ordered so that a copy's target comes before it, so
///    a path meets at most one copy of each effect per round.
/// 4. Strategies `.byRound`: a variant's row in round `t` is the played strategy
///    of the graph node with that key in round `t` (uniform where none is).
///
/// Exact except in a sequential stage whose first mover mixes (the simulator
/// draws the second mover independently); such stages are listed in the notes.
/// Compiled states repeat scenario state names; `CompiledScenario.scenarioStates`
/// maps them back.
extension SolvedScenario {
  public func compiledByNode() throws -> CompiledScenario {
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
    var compiled = [CompiledLadder.State]()
    for k in keys {
      let state = states[k.state]
      if state.isTerminal {
        compiled.append(CompiledLadder.State(
          name: state.name, isTerminal: true,
          terminalPayoffs: rules.arrivalPayoffs(at: k).map(\.doubleValue)))
        continue
      }
      var outcomes = [CompiledLadder.Outcome]()
      for j in state.moves[1].indices {
        for i in state.moves[0].indices {
          outcomes.append(CompiledLadder.Outcome(
            payoffs: rules.payoffs(at: k, i, j).map(\.doubleValue),
            transitions: rules.landings(from: k, i, j).map { landed, p in
              // Only a variant no path occupies at decision time can miss its target.
              CompiledLadder.Transition(to: index[landed] ?? index[k]!, probability: p.doubleValue)
            },
            variableChanges: state.outcomes[i][j].effects.map(Self.change)))
        }
      }
      compiled.append(CompiledLadder.State(
        name: state.name, moves: state.moves.map { $0.map(\.name) },
        escalates: state.moves.map { $0.map { $0.posture == .escalate } }, outcomes: outcomes))
    }

    // Step 3.
    var effects = [CompiledLadder.RoundEffect]()
    func ordered(_ map: [Int: Int]) -> [Int] {
      func depth(_ v: Int) -> Int {
        var d = 0, x = v
        while let y = map[x], y != x, d <= map.count { d += 1; x = y }
        return d
      }
      return map.keys.sorted { (depth($0), $0) < (depth($1), $1) }
    }
    for (e, event) in scenario.events.enumerated() {
      guard let r = scenario.calendar.round(containing: event.date) else { continue }
      for v in ordered(copies[e]) {
        effects.append(.event(event.name, round: r, fromStates: [v], toState: copies[e][v]!,
                              variableChanges: event.effect.effects.map(Self.change)))
      }
    }
    for (h, shock) in scenario.shocks.enumerated() {
      let active = (0..<T).filter { shock.isActive(inRound: $0, of: scenario.calendar) }
      guard let first = active.first, let last = active.last else { continue }
      let map = copies[scenario.events.count + h]
      for v in ordered(map) {
        effects.append(CompiledLadder.RoundEffect(
          name: shock.name, probability: shock.probability.doubleValue, firstRound: first, lastRound: last,
          fromStates: [v], toState: map[v]!, variableChanges: shock.effect.effects.map(Self.change)))
      }
    }

    // Step 4.
    var notes = [String]()
    var tables = [[[[Double]]]](repeating: [], count: 2)
    for t in 0..<T {
      var here = [LadderNode: Int]()
      for (n, node) in graph.rounds[t].enumerated() { here[node.node] = n }
      for p in 0..<2 {
        tables[p].append(keys.map { k -> [Double] in
          let state = states[k.state]
          if state.isTerminal { return [] }
          guard let n = here[k], let played = nodes[t][n].played else {
            return Array(repeating: 1 / Double(state.moves[p].count), count: state.moves[p].count)
          }
          if played.isSequential, p == played.follower {
            let used = played.leaderMixture.indices.filter { played.leaderMixture[$0] > 0 }
            if used.contains(where: { a in zip(played.followerMixtures[a], played.followerMixtures[used[0]]).contains { abs($0 - $1) > 1e-12 } }) {
              notes.append("round \(t), '\(state.name)': \(scenario.players[p]) answers the first mover's mixed move; the simulation draws its average response")
            }
          }
          return played.marginal(player: p)
        })
      }
    }
    let variables = scenario.variables.map { CompiledLadder.Variable(name: $0.name, initial: $0.initial.doubleValue) }
    var seen = Set<String>()
    notes = notes.filter { seen.insert($0).inserted }
    do {
      let ladder = try CompiledLadder(
        states: compiled, initialState: index[start]!, variables: variables,
        strategies: [.byRound(tables[0]), .byRound(tables[1])], rounds: T,
        discount: scenario.discount.doubleValue, effects: effects)
      return CompiledScenario(ladder: ladder, scenarioStates: keys.map(\.state), approximations: notes)
    } catch {
      throw EscalationError.invalidScenario(error.problems)
    }
  }
}
