/// A scenario over its horizon written as a game tree (`ExtensiveGame`), for
/// Gambit and for checking brink's solutions by a method that does not share the
/// solver's code (issue 14: `export efg`).
///
/// The tree follows the ladder (`LadderGraph`), history by history:
/// 1. The root is a chance node over round 0's nodes when there is more than one.
/// 2. At a non-terminal node of round `t < T`, the first mover moves (player 0 in a
///    simultaneous stage, the leader in a sequential one); then the other, in one
///    information set spanning the first mover's actions when the stage is
///    simultaneous (it does not see them), or one set per action when sequential.
/// 3. After a joint move, a chance node over the next round's nodes (one branch
///    when the transition is certain) carries the round's payoffs, discounted to
///    round 0 (`δ^t · u`), as its outcome.
/// 4. A terminal state ends the path with its arrival payoffs `δ^t · a`; so does the
///    horizon (a non-terminal node's arrival payoffs are zero).
/// Every node of a history is its own information set for the first mover: both
/// sides observe the state and all earlier moves, as in the scenario's model. The
/// expected payoff of a profile is then the scenario's discounted value from round 0.
///
/// The tree grows as (joint moves × branches) per round: for small scenarios only.
extension LadderGraph {
  /// Where an information set of the tree comes from.
  public struct InfosetOrigin: Sendable, Hashable {
    public var round: Int
    /// The node index in `rounds[round]`.
    public var node: Int
    /// The second mover's set after this first move (nil: the first mover's set,
    /// or the second mover's set of a simultaneous stage).
    public var afterFirstMove: Int?
  }

  public struct ExtensiveForm: Sendable {
    public var game: ExtensiveGame
    /// `origins[p][k]`: where player `p`'s information set `k` comes from.
    public var origins: [[InfosetOrigin]]
  }

  public enum ExtensiveFormError: Error, Sendable, Hashable, CustomStringConvertible {
    case tooLarge(limit: Int)

    public var description: String {
      switch self {
      case .tooLarge(let limit):
        return "the game tree would have more than \(limit) nodes (it grows with every round's joint moves and branches); export a scenario with fewer rounds (its calendar's 'rounds' or 'end') or fewer moves and branches"
      }
    }
  }

  /// The tree of `scenario` (the scenario this graph was built from).
  public func extensiveForm(of scenario: EscalationScenario, nodeLimit: Int = 100_000) throws -> ExtensiveForm {
    var builder = TreeBuilder(graph: self, scenario: scenario, limit: nodeLimit)
    try builder.build()
    let game = ExtensiveGame(title: scenario.title, players: scenario.players, nodes: builder.nodes,
                             infosets: builder.infosets)
    return ExtensiveForm(game: game, origins: builder.origins)
  }
}

private struct TreeBuilder {
  let graph: LadderGraph
  let scenario: EscalationScenario
  let limit: Int
  var nodes: [ExtensiveGame.Node] = []
  var infosets: [[ExtensiveGame.Infoset]] = [[], []]
  var origins: [[LadderGraph.InfosetOrigin]] = [[], []]

  init(graph: LadderGraph, scenario: EscalationScenario, limit: Int) {
    self.graph = graph
    self.scenario = scenario
    self.limit = limit
  }

  mutating func add(_ node: ExtensiveGame.Node) throws -> Int {
    guard nodes.count < limit else { throw LadderGraph.ExtensiveFormError.tooLarge(limit: limit) }
    nodes.append(node)
    return nodes.count - 1
  }

  mutating func build() throws {
    if graph.initial.count == 1 {
      try ladderNode(round: 0, index: graph.initial[0].next, discount: Rational(1, 1), payoffs: nil)
    } else {
      let root = try add(ExtensiveGame.Node(kind: .chance(
        actions: graph.initial.map { stateName(0, $0.next) }, probabilities: graph.initial.map(\.probability))))
      for branch in graph.initial {
        let child = try ladderNode(round: 0, index: branch.next, discount: Rational(1, 1), payoffs: nil)
        nodes[root].children.append(child)
      }
    }
  }

  func stateName(_ t: Int, _ n: Int) -> String { scenario.states[graph.rounds[t][n].node.state].name }

  mutating func infoset(player p: Int, _ origin: LadderGraph.InfosetOrigin, name: String, actions: [String]) -> Int {
    infosets[p].append(ExtensiveGame.Infoset(name: name, actions: actions))
    origins[p].append(origin)
    return infosets[p].count - 1
  }

  /// The subtree from ladder node `index` of round `t`, reached with the round's
  /// discount `discount` (δ^t); `payoffs` are those the path collects on arriving.
  @discardableResult
  mutating func ladderNode(round t: Int, index n: Int, discount: Rational, payoffs: [Rational]?) throws -> Int {
    let here = graph.rounds[t][n]
    let name = "\(stateName(t, n)), round \(t + 1)"
    if here.isTerminal || t == graph.horizon {
      let arrival = here.arrivalPayoffs.map { $0 * discount }
      let total = payoffs.map { zip($0, arrival).map { $0 + $1 } } ?? arrival
      return try add(ExtensiveGame.Node(name: name, kind: .terminal,
                                        payoffs: total.allSatisfy { $0 == .zero } ? nil : total))
    }
    let state = scenario.states[here.node.state]
    let first: Int, sequential: Bool
    switch state.timing {
    case .simultaneous: (first, sequential) = (0, false)
    case .sequential(let leader): (first, sequential) = (leader, true)
    }
    let second = 1 - first
    let names = state.moves.map { $0.map(\.name) }
    let firstSet = infoset(player: first, .init(round: t, node: n, afterFirstMove: nil),
                           name: "\(scenario.players[first]): \(name)", actions: names[first])
    let top = try add(ExtensiveGame.Node(name: name, kind: .decision(player: first, infoset: firstSet), payoffs: payoffs))
    var sharedSet: Int? = nil
    if !sequential {
      sharedSet = infoset(player: second, .init(round: t, node: n, afterFirstMove: nil),
                          name: "\(scenario.players[second]): \(name)", actions: names[second])
    }
    for a in names[first].indices {
      let set = sharedSet ?? infoset(player: second, .init(round: t, node: n, afterFirstMove: a),
                                     name: "\(scenario.players[second]): \(name), after \(names[first][a])",
                                     actions: names[second])
      let middle = try add(ExtensiveGame.Node(kind: .decision(player: second, infoset: set)))
      nodes[top].children.append(middle)
      for b in names[second].indices {
        let (i, j) = first == 0 ? (a, b) : (b, a)
        let move = here.moves[i][j]
        let roundPayoffs = move.payoffs.map { $0 * discount }
        let chance = try add(ExtensiveGame.Node(
          kind: .chance(actions: move.successors.map { stateName(t + 1, $0.next) },
                        probabilities: move.successors.map(\.probability)),
          payoffs: roundPayoffs.allSatisfy { $0 == .zero } ? nil : roundPayoffs))
        nodes[middle].children.append(chance)
        let next = discount * scenario.discount
        for branch in move.successors {
          let child = try ladderNode(round: t + 1, index: branch.next, discount: next, payoffs: nil)
          nodes[chance].children.append(child)
        }
      }
    }
    return top
  }
}
