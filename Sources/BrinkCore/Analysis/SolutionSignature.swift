/// The discrete facts about a solved scenario, seen from one node, that a
/// bisection sweep watches (`BisectionSweep`): they stay put while a parameter
/// moves a little, and change only where the solution changes in kind.
///
/// 1. The shape of the equilibria of the node's stage game with the continuation
///    values folded in (`EquilibriumShape`: the pure equilibria, and whether a
///    completely mixed one exists in a 2×2 game).
/// 2. The moves each player intends (before trembles) in each state at the node's
///    round: which moves it plays with positive probability, not the
///    probabilities, which move continuously.
/// 3. Where that intended play can end from the node: the terminal states it
///    reaches with positive probability, or the states it is in at the horizon.
///
/// Moves and states are kept by name, so that two signatures compare as their
/// descriptions do and a renderer needs nothing else.
public struct SolutionSignature: Hashable, Sendable, Codable {
  /// The stage game's equilibria at the node (1), with its move names; nil when
  /// no moves are made there.
  public struct Here: Hashable, Sendable, Codable {
    public var shape: EquilibriumShape
    public var moves: [[String]]
    /// In a sequential state, the player who moves first and the one who answers:
    /// `shape` is then the round played blind, not how it is played (the intended
    /// play is the subgame-perfect one). Nil, and absent from JSON, when both move
    /// at once.
    public var order: [String]? = nil
  }

  /// The intended play in one state (2): each distinct pair of supports, as
  /// move names per player, in the order the nodes come.
  public struct StatePlay: Hashable, Sendable, Codable {
    public var state: String
    public var supports: [[[String]]]
  }

  /// A state intended play ends in (3).
  public struct End: Hashable, Sendable, Codable {
    public var state: String
    /// True when play is still going on at the horizon (not a terminal state).
    public var atHorizon: Bool
  }

  /// False when the position is not reached: then nothing else is set.
  public var reached: Bool
  public var players: [String]
  /// The node's round (0-based).
  public var round: Int
  public var here: Here?
  public var play: [StatePlay]
  public var ends: Set<End>

  /// - Parameters:
  ///   - t: the round (0-based); `node`: the node's index in
  ///     `solved.graph.rounds[t]`, `nil` when the position is not reached.
  public init(solved: SolvedScenario, round t: Int, node: Int?) {
    let scenario = solved.scenario
    let graph = solved.graph
    players = scenario.players
    round = t
    play = []
    ends = []
    guard let node else {
      reached = false
      return
    }
    reached = true
    // 1.
    here = solved.nodes[t][node].stageGame.map {
      Here(shape: EquilibriumShape(of: $0), moves: [$0.rowStrategies, $0.columnStrategies])
    }
    if case .sequential(let first) = scenario.states[graph.rounds[t][node].node.state].timing {
      here?.order = [scenario.players[first], scenario.players[1 - first]]
    }
    // 2.
    for (s, state) in scenario.states.enumerated() where !state.isTerminal {
      var seen = [[[String]]]()
      for n in solved.nodeIndices(round: t, state: s) {
        guard let intended = solved.nodes[t][n].intended else { continue }
        let supports = (0..<2).map { k in
          let x = intended.marginal(player: k)
          return x.indices.filter { x[$0] > 0 }.map { state.moves[k][$0].name }
        }
        if !seen.contains(supports) { seen.append(supports) }
      }
      if !seen.isEmpty { play.append(StatePlay(state: state.name, supports: seen)) }
    }
    // 3.
    var frontier: Set<Int> = [node]
    for u in t...graph.horizon where !frontier.isEmpty {
      var next = Set<Int>()
      for n in frontier {
        let g = graph.rounds[u][n]
        let name = scenario.states[g.node.state].name
        if g.isTerminal { ends.insert(End(state: name, atHorizon: false)); continue }
        guard u < graph.horizon, let intended = solved.nodes[u][n].intended else {
          ends.insert(End(state: name, atHorizon: true))
          continue
        }
        for i in g.moves.indices {
          for j in g.moves[i].indices where intended.probability(row: i, column: j) > 0 {
            for b in g.moves[i][j].successors where b.probability.signum > 0 { next.insert(b.next) }
          }
        }
      }
      frontier = next
    }
  }
}
