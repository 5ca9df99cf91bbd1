/// The nodes of a stationary tail (`HorizonTail.stationary`) and their moves: the
/// closure of the horizon's nodes under the tail's round (`ScenarioRound+Tail.swift`).
///
/// Steps:
/// 1. Start from the nodes of the ladder's last round (`LadderGraph.rounds[T]`),
///    in their order, so `horizonIndex[n]` is node `n` of that round.
/// 2. For each non-terminal node not yet expanded, and each joint move: the
///    payoffs at its values and every node the tail round leads to, added when new.
/// 3. Stop when no new node appears (the tail is finite) or past `nodeLimit`.
///
/// A terminal node is worth its arrival payoff plus its flow forever,
/// `f / (1 − δ)` (`EscalationScenario.terminalValue`), and has no moves. The graph
/// depends on the rules only, not on anyone's choice. A variable that an effect
/// keeps adding to makes the tail infinite: it is reported, not truncated.
public struct TailGraph: Sendable {
  /// Each node as `LadderGraph.Node`, successors indexing `nodes`; `carriedTo` unused.
  public var nodes: [LadderGraph.Node]
  /// `horizonIndex[n]`: the tail node of the ladder's round-`T` node `n`.
  public var horizonIndex: [Int]

  /// The most nodes a tail may have: its exact values come from a dense linear
  /// solve (`StationaryTail`), cubic in the count.
  public static let defaultNodeLimit = 400

  public init(scenario: EscalationScenario, graph: LadderGraph, nodeLimit: Int = TailGraph.defaultNodeLimit,
              shouldContinue: () -> Bool = { true }) throws {
    let rules = ScenarioRound(scenario: scenario, tracked: graph.trackedVariables)
    let T = graph.horizon
    var nodes = [LadderGraph.Node](), index = [LadderNode: Int]()
    func add(_ key: LadderNode) throws -> Int {
      if let i = index[key] { return i }
      guard nodes.count < nodeLimit else {
        throw EscalationError.invalidScenario([
          "the stationary tail reaches more than \(nodeLimit) nodes (a variable that keeps changing makes it endless); "
            + "bound the variables, or drop 'tail: stationary'"])
      }
      let terminal = scenario.states[key.state].isTerminal
      nodes.append(LadderGraph.Node(
        node: key, isTerminal: terminal, moves: [],
        arrivalPayoffs: scenario.terminalValue(of: key.state, at: key.values, round: T), carriedTo: nil))
      index[key] = nodes.count - 1
      return nodes.count - 1
    }
    // Step 1.
    horizonIndex = try graph.rounds[T].map { try add($0.node) }
    // Steps 2–3.
    var k = 0
    while k < nodes.count {
      guard shouldContinue() else { throw EscalationError.cancelled }
      let key = nodes[k].node
      if !nodes[k].isTerminal {
        let state = scenario.states[key.state]
        var table = [[LadderGraph.JointMove]]()
        for i in state.moves[0].indices {
          var row = [LadderGraph.JointMove]()
          for j in state.moves[1].indices {
            var order = [Int](), sums = [Int: Rational]()
            for (next, p) in rules.tailOutcomes(from: key, i, j) {
              let n = try add(next)
              if sums[n] == nil { order.append(n) }
              sums[n, default: .zero] += p
            }
            row.append(LadderGraph.JointMove(
              payoffs: rules.payoffs(at: key, i, j),
              successors: order.map { LadderGraph.Branch(next: $0, probability: sums[$0]!) }))
          }
          table.append(row)
        }
        nodes[k].moves = table
      }
      k += 1
    }
    self.nodes = nodes
  }
}
