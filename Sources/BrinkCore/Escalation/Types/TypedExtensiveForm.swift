/// A scenario with types over its horizon as a game tree with information sets
/// (issue 14: `export efg`), and a typed solution as a behaviour profile and beliefs
/// on that tree, for Gambit and for checking the solution by a method that does not
/// share the solver's code (`ExtensiveGame.isPerfectBayesian`).
///
/// The tree is the untyped one (`LadderGraph.extensiveForm`, steps 2–4) under a
/// first chance move:
/// 1. The root is a chance node over the type profiles (θ₀, θ₁), with the product
///    of the priors (types are drawn independently); the initial states' chance
///    node, if any, follows.
/// 2. A player's information set at a round is its *public history* (the states and
///    joint moves so far) together with its **own type**: it does not see the other's
///    type, so its set spans the other's types (and, in a simultaneous stage, for
///    player 1, player 0's move as well; in a sequential stage the leader moves
///    first and the follower has one set per lead, as `LadderGraph.extensiveForm`).
/// 3. A joint move's payoffs are those of the type profile of the subtree
///    (`TypedPayoffs`), discounted to round 0 (`δ^t · u`).
/// Perfect recall holds: each player remembers its type and every public move.
/// Nodes carry no labels (Gambit 16.7 wants a node's label unique in the game; the
/// information sets' names say where a node is).
public struct TypedExtensiveForm: Sendable {
  public var game: ExtensiveGame
  /// The solution as a behaviour profile: each set's mixture is its type-agent's
  /// play, trembled when the players tremble (then it is an equilibrium of the
  /// perturbed game, Selten 1975, not of this tree: intentions best-respond to it).
  public var profile: ExtensiveGame.BehaviourProfile?
  /// The solution's beliefs at every set (on the path and off it), in the order of
  /// `game.infosetNodes()`.
  public var beliefs: ExtensiveGame.Beliefs?

  /// The tree of `scenario`, with `solution` (of the same scenario) read onto it.
  public init(scenario: EscalationScenario, graph: LadderGraph, solution: TypedSolution? = nil,
              nodeLimit: Int = 100_000) throws {
    var b = Builder(scenario: scenario, graph: graph, solution: solution, limit: nodeLimit)
    try b.build()
    game = ExtensiveGame(title: scenario.title, players: scenario.players, nodes: b.nodes, infosets: b.infosets)
    guard solution != nil else { return }
    profile = b.mixtures
    let members = game.infosetNodes()
    beliefs = members.indices.map { p in
      members[p].map { set in
        let w = set.map { b.weight[$0] ?? .zero }
        let total = w.reduce(Rational.zero, +)
        return total == .zero ? w : w.map { $0 / total }
      }
    }
  }

  /// The tree of `scenario` alone (`export efg`), its ladder unrolled here.
  public init(scenario: EscalationScenario, nodeLimit: Int = 100_000, shouldContinue: () -> Bool = { true }) throws {
    let graph = try LadderGraph(scenario: scenario, alsoTracking: TypedPayoffs.variables(of: scenario),
                                shouldContinue: shouldContinue)
    try self.init(scenario: scenario, graph: graph, solution: nil, nodeLimit: nodeLimit)
  }

  /// Reads `solution` onto its own scenario's tree.
  public init(solution: TypedSolution, nodeLimit: Int = 100_000) throws {
    try self.init(scenario: solution.scenario, graph: solution.graph, solution: solution, nodeLimit: nodeLimit)
  }

  struct Builder {
    let scenario: EscalationScenario
    let graph: LadderGraph
    let solution: TypedSolution?
    let limit: Int
    let payoffs: TypedPayoffs
    var nodes: [ExtensiveGame.Node] = []
    var infosets: [[ExtensiveGame.Infoset]] = [[], []]
    var mixtures: [[[Rational]]] = [[], []]
    var setIndex: [String: Int] = [:]
    /// The solution's belief weight of each decision node within its set.
    var weight: [Int: Rational] = [:]

    init(scenario: EscalationScenario, graph: LadderGraph, solution: TypedSolution?, limit: Int) {
      self.scenario = scenario
      self.graph = graph
      self.solution = solution
      self.limit = limit
      self.payoffs = TypedPayoffs(scenario: scenario)
    }

    mutating func add(_ node: ExtensiveGame.Node) throws -> Int {
      guard nodes.count < limit else { throw LadderGraph.ExtensiveFormError.tooLarge(limit: limit) }
      nodes.append(node)
      return nodes.count - 1
    }

    mutating func build() throws {
      let types = (0..<2).map { scenario.typeList(of: $0) }
      var profiles = [(Int, Int)]()
      for a in types[0].indices { for c in types[1].indices { profiles.append((a, c)) } }
      let names = profiles.map { a, c in [types[0][a].name, types[1][c].name].filter { !$0.isEmpty }.joined(separator: " / ") }
      let root = try add(ExtensiveGame.Node(name: "types", kind: .chance(
        actions: names, probabilities: profiles.map { types[0][$0.0].prior * types[1][$0.1].prior })))
      for (a, c) in profiles {
        let child: Int
        if graph.initial.count == 1 {
          child = try walk(0, graph.initial[0].next, solution?.roots[0], path: "", discount: .one, types: (a, c))
        } else {
          child = try add(ExtensiveGame.Node(kind: .chance(
            actions: graph.initial.map { stateName(0, $0.next) }, probabilities: graph.initial.map(\.probability))))
          for (k, branch) in graph.initial.enumerated() {
            let sub = try walk(0, branch.next, solution?.roots[k], path: "\(k)", discount: .one, types: (a, c))
            nodes[child].children.append(sub)
          }
        }
        nodes[root].children.append(child)
      }
    }

    func stateName(_ t: Int, _ n: Int) -> String { scenario.states[graph.rounds[t][n].node.state].name }

    mutating func infoset(_ key: String, player p: Int, name: String, actions: [String], mixture: [Rational]?) -> Int {
      if let k = setIndex[key] { return k }
      infosets[p].append(ExtensiveGame.Infoset(name: name, actions: actions))
      mixtures[p].append(mixture ?? actions.map { _ in Rational(1, actions.count) })
      setIndex[key] = infosets[p].count - 1
      return infosets[p].count - 1
    }

    /// The subtree of ladder node `n` of round `t` for type profile `types`;
    /// `id` is the solution's node there (nil: no solution read).
    mutating func walk(_ t: Int, _ n: Int, _ id: Int?, path: String, discount: Rational, types: (Int, Int)) throws -> Int {
      let here = graph.rounds[t][n]
      let name = "\(stateName(t, n)), round \(t + 1)"
      if here.isTerminal || t == graph.horizon {
        let total = here.arrivalPayoffs.map { $0 * discount }
        return try add(ExtensiveGame.Node(kind: .terminal, payoffs: total.allSatisfy { $0 == .zero } ? nil : total))
      }
      let state = scenario.states[here.node.state]
      let moveNames = state.moves.map { $0.map(\.name) }
      let solved = id.map { solution!.nodes[$0] }
      let played = solved?.played
      let typeNames = (0..<2).map { scenario.typeList(of: $0).map(\.name) }
      func label(_ p: Int, _ theta: Int) -> String {
        typeNames[p][theta].isEmpty ? scenario.players[p] : "\(scenario.players[p]) (\(typeNames[p][theta]))"
      }
      // The first mover (player 0, or a sequential state's leader) at the top; the
      // second below each of its moves, in one set per type when simultaneous (it
      // does not see the move), one set per type and move when sequential.
      var leader = 0, sequential = false
      if case .sequential(let first) = state.timing { (leader, sequential) = (first, true) }
      let second = 1 - leader
      let own = [types.0, types.1]
      let set0 = infoset("\(path)|\(leader)|\(own[leader])", player: leader,
                         name: "\(label(leader, own[leader])): \(name)",
                         actions: moveNames[leader], mixture: played?.playedStrategies[leader][own[leader]])
      let top = try add(ExtensiveGame.Node(kind: .decision(player: leader, infoset: set0)))
      if let solved { weight[top] = solved.beliefs[second][own[second]] }
      for x in moveNames[leader].indices {
        let key = sequential ? "\(path)|\(second)|\(own[second])|\(x)" : "\(path)|\(second)|\(own[second])"
        let setName = sequential ? "\(label(second, own[second])): \(name), after \(moveNames[leader][x])"
          : "\(label(second, own[second])): \(name)"
        let set1 = infoset(key, player: second, name: setName, actions: moveNames[second],
                           mixture: played?.played(second, type: own[second], lead: x))
        let middle = try add(ExtensiveGame.Node(kind: .decision(player: second, infoset: set1)))
        if let solved, let played { weight[middle] = solved.beliefs[leader][own[leader]] * played.playedStrategies[leader][own[leader]][x] }
        nodes[top].children.append(middle)
        for y in moveNames[second].indices {
          let (i, j) = leader == 0 ? (x, y) : (y, x)
          let move = here.moves[i][j]
          let u = payoffs.payoffs(here, i, j, types: types.0, types.1).map { $0 * discount }
          let chance = try add(ExtensiveGame.Node(
            kind: .chance(actions: move.successors.map { stateName(t + 1, $0.next) },
                          probabilities: move.successors.map(\.probability)),
            payoffs: u.allSatisfy { $0 == .zero } ? nil : u))
          nodes[middle].children.append(chance)
          for (s, branch) in move.successors.enumerated() {
            let child = try walk(t + 1, branch.next, played?.children[i][j][s], path: "\(path)/\(i).\(j).\(s)",
                                 discount: discount * scenario.discount, types: types)
            nodes[chance].children.append(child)
          }
        }
      }
      return top
    }
  }
}
