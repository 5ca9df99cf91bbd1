/// The scenario unrolled over its calendar: for each round, the reachable nodes
/// (state, variable values, memory), and for each node and joint move the payoffs
/// and the distribution over next round's nodes, with scheduled events and random
/// shocks already folded into the transitions. Independent of the players' choices:
/// the solver, the Markov chain and the compiled simulation tables all read it.
///
/// Steps (round `t` from 0 to the horizon `T`), each round's rules being those of
/// `ScenarioRound` (written there once), enumerated:
/// 1. Round 0's nodes: the initial state and values, *settled* for round 0.
/// 2. For each node of round `t < T` that is not terminal, and each joint move
///    `(i, j)`: the payoffs and every next node with its probability
///    (`ScenarioRound.outcomes`: effects, memory, each branch of the transition,
///    settled for round `t + 1`; no settling at `T`, where the horizon ends),
///    each landed node settled once per round however many moves reach it.
/// 3. A terminal node is carried unchanged into the next round (absorbing; only
///    its round, when nodes carry one, moves on: `ScenarioRound.carried`).
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
    /// What arriving here is worth, discounted to this round (terminal states only;
    /// zeros otherwise): the arrival payoff plus a terminal flow's worth over the
    /// rounds left (`EscalationScenario.terminalValue`, Horizon/TerminalFlow.swift).
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
  /// terminal or perceived) or a condition, and so kept, with its true value, in the nodes.
  public var trackedVariables: [Bool]

  public var horizon: Int { rounds.count - 1 }

  /// Whether the graph of `scenario` depends on its discount: a terminal flow's
  /// worth over the rounds left is discounted into the nodes' arrival payoffs.
  public static func readsDiscount(of scenario: EscalationScenario) -> Bool {
    scenario.states.contains { $0.terminalFlow != nil }
  }

  /// The variables that some payoff expression or condition of the scenario reads:
  /// the ones that can change a decision or a rule.
  public static func payoffVariables(of scenario: EscalationScenario) -> [Bool] {
    var used = scenario.conditionVariables
    func mark(_ e: PayoffExpression) {
      for t in e.terms where !t.coefficient.isZero && used.indices.contains(t.variable) { used[t.variable] = true }
    }
    for state in scenario.states {
      state.terminalPayoffs?.forEach(mark)
      state.terminalFlow?.forEach(mark)
      for row in state.outcomes { for o in row { o.payoffs.forEach(mark) } }
    }
    for b in scenario.behaviours { for o in b.perceivedPayoffs { o.payoffs.forEach(mark) } }
    return used
  }

  /// Builds the graph. Throws `EscalationError.tooManyNodes` past `nodeLimit` nodes
  /// in total, `.cancelled` when `shouldContinue` says so, and `.invalidScenario`
  /// when `structuralProblems()` is not empty. `alsoTracking[v]` keeps variable `v`
  /// in the nodes too (a forecast question reads it); the nodes then refine the
  /// plain graph's, and `trackedVariables` says so.
  public init(scenario: EscalationScenario, nodeLimit: Int = 200_000, alsoTracking: [Bool] = [],
              shouldContinue: () -> Bool = { true }) throws {
    let problems = scenario.structuralProblems()
    guard problems.isEmpty else { throw EscalationError.invalidScenario(problems) }
    let T = scenario.calendar.rounds
    var tracked = LadderGraph.payoffVariables(of: scenario)
    for (v, also) in alsoTracking.enumerated() where also && tracked.indices.contains(v) { tracked[v] = true }
    self.trackedVariables = tracked
    let rules = ScenarioRound(scenario: scenario, tracked: tracked)

    var total = 0
    var rounds = [[Node]]()
    // The stage payoffs read only the state and the values, never the round or the
    // memory: nodes that differ only in those (a memory per history, the same
    // coverage in round after round) share them, evaluated once (issue 11).
    var payoffTables = [PayoffKey: [[[Rational]]]]()
    // Where a joint move lands (`ScenarioRound.landings`: the move's effects, the
    // memory, the transition's branches) reads only the node, never the round: a
    // node met again in a later round (the same coverage after another round of
    // holding) lands as before, so each distinct node's landings are made once.
    // Each landed node is numbered once (`landingIDs`, `landedNodes`): the tables
    // hold the numbers, and a round's settled branches are an array indexed by them
    // rather than a dictionary hashing the node for every joint move (issue 11).
    //
    // Nodes with the same stage payoffs and the same landings (the same state and
    // values, and memories that differ only in who escalated last round, which the
    // next move overwrites) have the same joint moves in a round: they are of one
    // *kind* (`kinds`: payoffs and landings; `kindOfID`: by node number, -1 not yet
    // known), and a round's table of joint moves is built once per kind and shared
    // (issue 11).
    var kinds = [(payoffs: [[[Rational]]], landings: [[[(id: Int, probability: Rational)]]])]()
    var kindIDs = [MovesSignature: Int]()
    var kindOfID = [Int]()
    var landingIDs = [LadderNode: Int]()
    var landedNodes = [LadderNode]()
    // `settlings[c][landed]`: how a landed node settles under the `c`th distinct list
    // of a round's causes (`causesIDs`), as numbered nodes (below).
    var settlings = [[[(id: Int, probability: Rational)]?]]()
    var causesIDs = [[RoundSettlement.Cause]: Int]()
    // Every node is numbered once for the whole ladder (`nodeIDs`, `nodeList`), and
    // each round's nodes are found by that number (`slots`: the node's index in
    // the round being built, -1 when absent) rather than by hashing the node each
    // time it is reached: a carried terminal node, or a settled one whose settling
    // is remembered from an earlier round, arrives as a number (issue 11).
    var nodeIDs = [LadderNode: Int]()
    var nodeList = [LadderNode]()
    var slots = [Int]()
    // The numbers of the round being built, in its order.
    var ids = [Int]()
    let flows = scenario.hasTerminalFlows
    func intern(_ key: LadderNode) -> Int {
      // One hash: the next number is entered when the node is new.
      let fresh = nodeList.count
      let g = Self.entry(&nodeIDs[key, default: fresh])
      if g == fresh { nodeList.append(key) }
      return g
    }
    // `arrival`: the node's arrival payoffs when the caller has them (a terminal
    // node carried unchanged, with no terminal flow: the same state and values).
    func add(_ g: Int, into list: inout [Node], round: Int, arrival known: [Rational]? = nil) throws -> Int {
      if slots.count < nodeList.count { slots += [Int](repeating: -1, count: nodeList.count - slots.count) }
      if slots[g] >= 0 { return slots[g] }
      let i = list.count
      slots[g] = i
      ids.append(g)
      total += 1
      if total > nodeLimit { throw EscalationError.tooManyNodes(limit: nodeLimit) }
      let key = nodeList[g]
      let arrival = known ?? (flows ? scenario.terminalValue(of: key.state, at: key.values, round: round)
                                    : rules.arrivalPayoffs(at: key))
      list.append(Node(node: key, isTerminal: scenario.states[key.state].isTerminal, moves: [],
                       arrivalPayoffs: arrival, carriedTo: nil))
      return i
    }
    func merged(_ branches: [Branch]) -> [Branch] {
      if branches.count <= 1 { return branches }
      // A joint move has a few branches: a linear search beats hashing (issue 11).
      if branches.count <= 8 {
        var out = [Branch]()
        out.reserveCapacity(branches.count)
        for b in branches {
          if let k = out.firstIndex(where: { $0.next == b.next }) {
            out[k].probability += b.probability
          } else {
            out.append(b)
          }
        }
        return out
      }
      var order = [Int](), sums = [Int: Rational]()
      for b in branches {
        if sums[b.next] == nil { order.append(b.next) }
        sums[b.next, default: .zero] += b.probability
      }
      return order.map { Branch(next: $0, probability: sums[$0]!) }
    }

    // Step 1.
    var current = [Node]()
    var initial = [Branch]()
    for (key, p) in rules.settle(rules.start, round: 0) {
      initial.append(Branch(next: try add(intern(key), into: &current, round: 0), probability: p))
    }
    self.initial = merged(initial)

    // Steps 2 and 3.
    for t in 0..<T {
      guard shouldContinue() else { throw EscalationError.cancelled }
      // Next round has about as many nodes as this one: sized once, not regrown.
      let currentIDs = ids
      ids = []
      ids.reserveCapacity(current.count)
      slots = [Int](repeating: -1, count: nodeList.count)
      var next = [Node]()
      next.reserveCapacity(current.count)
      // Many joint moves of many nodes land on the same node (a tariff that the
      // other side's hold leaves where another node's tariff put it): settling it
      // for round t + 1 gives the same branches each time, so each landed node is
      // settled and looked up once per round (issue 11). The branches come out in
      // the same order, so the next round's nodes are numbered as before.
      var settledBranches = [[Branch]?](repeating: nil, count: landedNodes.count)
      // `tables[k]`: this round's joint moves of the nodes of kind `k` (below).
      var tables = [[[JointMove]]?](repeating: nil, count: kinds.count)
      // Settling reads the node, the round's events and shocks, and the date only
      // through conditions that read it (then nodes carry their round,
      // `ScenarioRound.tracksTime`): without those, a landed node settles as it
      // did in an earlier round with the same events and shocks, to the same
      // numbered nodes, so each is settled once per distinct list of causes.
      let settled = rules.tracksTime ? nil : causesIDs[rules.settlingCauses(round: t + 1), default: causesIDs.count]
      if let settled, settled == settlings.count {
        causesIDs[rules.settlingCauses(round: t + 1)] = settled
        settlings.append([])
      }
      for n in current.indices {
        let key = current[n].node
        if current[n].isTerminal {
          // Without a clock a carried node is the node itself: its number is known.
          let carried = rules.tracksTime ? intern(rules.carried(key)) : currentIDs[n]
          current[n].carriedTo = try add(carried, into: &next, round: t + 1,
                                         arrival: flows ? nil : current[n].arrivalPayoffs)
          continue
        }
        let g = currentIDs[n]
        if kindOfID.count <= g { kindOfID += [Int](repeating: -1, count: nodeList.count - kindOfID.count) }
        if kindOfID[g] < 0 {
          let state = scenario.states[key.state]
          let payoffKey = PayoffKey(state: key.state, values: key.values)
          let payoffs: [[[Rational]]]
          if let hit = payoffTables[payoffKey] { payoffs = hit } else {
            payoffs = state.moves[0].indices.map { i in state.moves[1].indices.map { j in rules.payoffs(at: key, i, j) } }
            payoffTables[payoffKey] = payoffs
          }
          let landings = state.moves[0].indices.map { i in
            state.moves[1].indices.map { j in
              rules.landings(from: key, i, j).map { landed, p in
                if let id = landingIDs[landed] { return (id: id, probability: p) }
                landingIDs[landed] = landedNodes.count
                landedNodes.append(landed)
                return (id: landedNodes.count - 1, probability: p)
              }
            }
          }
          if settledBranches.count < landedNodes.count {
            settledBranches += [[Branch]?](repeating: nil, count: landedNodes.count - settledBranches.count)
          }
          var signature = MovesSignature(state: key.state, values: key.values)
          for row in landings {
            for cell in row {
              for (id, p) in cell {
                signature.landed.append(id)
                signature.probabilities.append(p)
              }
              signature.landed.append(-1)
            }
          }
          kindOfID[g] = Self.entry(&kindIDs[signature, default: kinds.count])
          if kindOfID[g] == kinds.count { kinds.append((payoffs, landings)) }
        }
        let kind = kindOfID[g]
        if kind < tables.count, let shared = tables[kind] {
          current[n].moves = shared
          continue
        }
        let (payoffs, landings) = kinds[kind]
        var table = [[JointMove]]()
        table.reserveCapacity(landings.count)
        for i in landings.indices {
          var row = [JointMove]()
          row.reserveCapacity(landings[i].count)
          for j in landings[i].indices {
            var branches = [Branch]()
            branches.reserveCapacity(landings[i][j].count)
            for (landed, p) in landings[i][j] {
              let settledHere: [Branch]
              if let hit = settledBranches[landed] {
                settledHere = hit
              } else {
                let numbered: [(id: Int, probability: Rational)]
                if let settled, landed < settlings[settled].count, let known = settlings[settled][landed] {
                  numbered = known
                } else {
                  numbered = rules.settle(landedNodes[landed], round: t + 1).map { (intern($0.node), $0.probability) }
                  if let settled {
                    if settlings[settled].count < landedNodes.count {
                      settlings[settled] += [[(id: Int, probability: Rational)]?](
                        repeating: nil, count: landedNodes.count - settlings[settled].count)
                    }
                    settlings[settled][landed] = numbered
                  }
                }
                settledHere = try numbered.map {
                  Branch(next: try add($0.id, into: &next, round: t + 1), probability: $0.probability)
                }
                settledBranches[landed] = settledHere
              }
              // `ScenarioRound.outcomes`: the landing's chance times each settling's.
              // A round without events or shocks settles with certainty: no product to reduce.
              for s in settledHere {
                branches.append(Branch(next: s.next, probability: s.probability == .one ? p : p * s.probability))
              }
            }
            row.append(JointMove(payoffs: payoffs[i][j], successors: merged(branches)))
          }
          table.append(row)
        }
        if tables.count <= kind { tables += [[[JointMove]]?](repeating: nil, count: kinds.count - tables.count) }
        tables[kind] = table
        current[n].moves = table
      }
      rounds.append(current)
      current = next
    }
    rounds.append(current)
    self.rounds = rounds
  }
}

extension LadderGraph {
  /// The value in place (`nodeIDs[key, default: n]` entered when missing).
  fileprivate static func entry(_ value: inout Int) -> Int { value }
}

/// What a node's joint moves in a round depend on: its stage payoffs (the state and
/// the values) and its landings, numbered, with their chances (`landed`: each
/// cell's landed nodes, then -1).
private struct MovesSignature: Hashable {
  var state: Int
  var values: [Rational]
  var landed = [Int]()
  var probabilities = [Rational]()
}

/// What a node's stage payoffs depend on (`ScenarioRound.payoffs(at:_:_:)`).
private struct PayoffKey: Hashable {
  var state: Int
  var values: [Rational]
}
