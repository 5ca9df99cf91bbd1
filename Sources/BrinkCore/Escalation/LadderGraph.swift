/// The scenario unrolled over its calendar: for each round, the reachable nodes
/// (state, variable values, memory), and for each node and joint move the payoffs
/// and the distribution over next round's nodes, with scheduled events and random
/// shocks already folded into the transitions. Independent of the players' choices:
/// the solver, the Markov chain and the compiled simulation tables all read it.
///
/// Steps (round `t` from 0 to the horizon `T`):
/// 1. Round 0's nodes: the initial state and values, *settled* for round 0.
/// 2. For each node of round `t < T` that is not terminal, and each joint move
///    `(i, j)`: evaluate the payoffs on the node's values; apply the move's effects;
///    update the memory; for each branch of the transition, settle the new node for
///    round `t + 1` (no settling at `T`, where the horizon ends).
/// 3. A terminal node is carried unchanged into the next round (absorbing).
///
/// *Settling* a node for round `t`: apply round `t`'s scheduled events in order
/// (each only in its listed states, never in a terminal state), then each active
/// random shock in order: with its probability apply its effect, else not.
///
/// Only the variables some payoff reads (`trackedVariables`) are kept in the nodes:
/// the others cannot change any decision, and tracking them would multiply the
/// nodes (a variable that moves by ±1 each round makes the count grow with the
/// round; two such, with its square). An untracked variable stays at its initial
/// value in every node; the simulation reports its distribution.
public struct LadderGraph: Sendable {
  /// Branches into round 0's nodes.
  public var initial: [Branch]
  /// `rounds[t]` for `t` in `0...T`; the nodes of round `T` have no moves.
  public var rounds: [[Node]]

  public struct Branch: Sendable, Hashable {
    /// A node index in the next round.
    public var next: Int
    public var probability: Rational
  }

  public struct Node: Sendable {
    public var node: LadderNode
    public var isTerminal: Bool
    /// `moves[i][j]` for a non-terminal node before the horizon; empty otherwise.
    public var moves: [[JointMove]]
    /// Payoffs received on arriving here (terminal states only; zeros otherwise).
    public var arrivalPayoffs: [Rational]
    /// For a terminal node before the horizon: its own index in the next round.
    public var carriedTo: Int?
  }

  public struct JointMove: Sendable {
    /// True stage payoffs, evaluated on the node's values.
    public var payoffs: [Rational]
    public var successors: [Branch]
  }

  /// `trackedVariables[v]`: whether variable `v` is read by a payoff (stage,
  /// terminal or perceived) and so kept, with its true value, in the nodes.
  public var trackedVariables: [Bool]

  public var horizon: Int { rounds.count - 1 }

  /// The variables that some payoff expression of the scenario reads.
  public static func payoffVariables(of scenario: EscalationScenario) -> [Bool] {
    var used = [Bool](repeating: false, count: scenario.variables.count)
    func mark(_ e: PayoffExpression) {
      for t in e.terms where !t.coefficient.isZero && used.indices.contains(t.variable) { used[t.variable] = true }
    }
    for state in scenario.states {
      state.terminalPayoffs?.forEach(mark)
      for row in state.outcomes { for o in row { o.payoffs.forEach(mark) } }
    }
    for b in scenario.behaviours { for o in b.perceivedPayoffs { o.payoffs.forEach(mark) } }
    return used
  }

  /// Builds the graph. Throws `EscalationError.tooManyNodes` past `nodeLimit` nodes
  /// in total, `.cancelled` when `shouldContinue` says so, and `.invalidScenario`
  /// when `structuralProblems()` is not empty.
  public init(scenario: EscalationScenario, nodeLimit: Int = 200_000,
              shouldContinue: () -> Bool = { true }) throws {
    let problems = scenario.structuralProblems()
    guard problems.isEmpty else { throw EscalationError.invalidScenario(problems) }
    let T = scenario.calendar.rounds
    let tracksMemory = scenario.behaviours.contains { $0.model.usesHistory }
    var eventsByRound = [[ScheduledEvent]](repeating: [], count: T)
    for e in scenario.events {
      if let t = scenario.calendar.round(containing: e.date) { eventsByRound[t].append(e) }
    }
    let tracked = LadderGraph.payoffVariables(of: scenario)
    self.trackedVariables = tracked
    let settler = Settler(scenario: scenario, eventsByRound: eventsByRound, tracked: tracked)

    var total = 0
    var rounds = [[Node]]()
    var index = [LadderNode: Int]()
    func add(_ key: LadderNode, into list: inout [Node]) throws -> Int {
      if let i = index[key] { return i }
      total += 1
      if total > nodeLimit { throw EscalationError.tooManyNodes(limit: nodeLimit) }
      let state = scenario.states[key.state]
      let arrival = state.isTerminal ? (state.terminalPayoffs?.map { $0.evaluate(key.values) } ?? [0, 0]) : [0, 0]
      list.append(Node(node: key, isTerminal: state.isTerminal, moves: [], arrivalPayoffs: arrival, carriedTo: nil))
      index[key] = list.count - 1
      return list.count - 1
    }
    func merged(_ branches: [Branch]) -> [Branch] {
      var order = [Int](), sums = [Int: Rational]()
      for b in branches {
        if sums[b.next] == nil { order.append(b.next) }
        sums[b.next, default: .zero] += b.probability
      }
      return order.map { Branch(next: $0, probability: sums[$0]!) }
    }

    // Step 1.
    var current = [Node]()
    let start = LadderNode(state: scenario.initialState, values: scenario.initialValues)
    var initial = [Branch]()
    for (key, p) in settler.settle(start, round: 0) {
      initial.append(Branch(next: try add(key, into: &current), probability: p))
    }
    self.initial = merged(initial)

    // Steps 2 and 3.
    for t in 0..<T {
      guard shouldContinue() else { throw EscalationError.cancelled }
      index = [:]
      var next = [Node]()
      for n in current.indices {
        let key = current[n].node
        if current[n].isTerminal {
          current[n].carriedTo = try add(key, into: &next)
          continue
        }
        let state = scenario.states[key.state]
        var table = [[JointMove]]()
        for i in state.moves[0].indices {
          var row = [JointMove]()
          for j in state.moves[1].indices {
            let outcome = state.outcomes[i][j]
            let values = outcome.effects.filter { tracked[$0.variable] }.applied(to: key.values)
            let memory = tracksMemory
              ? LadderNode.memory(after: key.memory, escalated: (state.moves[0][i].posture == .escalate,
                                                                 state.moves[1][j].posture == .escalate))
              : 0
            var branches = [Branch]()
            for branch in outcome.transition.outcomes {
              let landed = LadderNode(state: branch.state, values: values, memory: memory)
              let settled = t + 1 < T ? settler.settle(landed, round: t + 1) : [(landed, .one)]
              for (k, p) in settled {
                branches.append(Branch(next: try add(k, into: &next), probability: branch.probability * p))
              }
            }
            row.append(JointMove(payoffs: outcome.payoffs.map { $0.evaluate(key.values) },
                                 successors: merged(branches)))
          }
          table.append(row)
        }
        current[n].moves = table
      }
      rounds.append(current)
      current = next
    }
    rounds.append(current)
    self.rounds = rounds
  }
}

/// Applies a round's scheduled events and random shocks to a node (see `LadderGraph`):
/// `settle` gives every outcome with its probability;
/// `EscalationScenario.settle(state:values:round:fires:)` (RoundSettlement.swift)
/// follows one path with the same `applies` and `apply`, the shocks decided by a draw.
struct Settler {
  let scenario: EscalationScenario
  let eventsByRound: [[ScheduledEvent]]
  let tracked: [Bool]

  func settle(_ node: LadderNode, round t: Int) -> [(LadderNode, Rational)] {
    var node = node
    for e in eventsByRound[t] where applies(e.states, to: node) {
      apply(e.effect, to: &node)
    }
    var outcomes = [(node, Rational.one)]
    for shock in scenario.shocks where shock.isActive(inRound: t, of: scenario.calendar) && !shock.probability.isZero {
      var split = [(LadderNode, Rational)]()
      for (n, p) in outcomes {
        guard applies(shock.states, to: n) else { split.append((n, p)); continue }
        var hit = n
        apply(shock.effect, to: &hit)
        split.append((hit, p * shock.probability))
        let miss = Rational.one - shock.probability
        if !miss.isZero { split.append((n, p * miss)) }
      }
      outcomes = split
    }
    return outcomes
  }

  func applies(_ states: [Int], to node: LadderNode) -> Bool {
    !scenario.states[node.state].isTerminal && (states.isEmpty || states.contains(node.state))
  }

  func apply(_ effect: EventEffect, to node: inout LadderNode) {
    if let s = effect.moveTo { node.state = s }
    node.values = effect.effects.filter { tracked[$0.variable] }.applied(to: node.values)
  }
}
