import BrinkCore

/// The discrete facts about a solved scenario, seen from the session's position,
/// that a bisection sweep watches (`BisectionSweep`): they stay put while a
/// parameter moves a little, and change only where the solution changes in kind.
///
/// 1. The shape of the equilibria of the current stage game with the continuation
///    values folded in (`AffineSweep.shape`: the pure equilibria, and whether a
///    completely mixed one exists in a 2×2 game).
/// 2. The moves each player intends (before trembles) in each state at the current
///    round: which moves it plays with positive probability, not the probabilities,
///    which move continuously.
/// 3. Where that intended play can end from the current position: the terminal
///    states it reaches with positive probability, or the states it is in at the
///    horizon.
struct SolutionSignature: Equatable {
  var lines: [String]

  /// - Parameters:
  ///   - t: the current round (0-based); `node`: the current node's index in
  ///     `solved.graph.rounds[t]`, `nil` when the position is not reached.
  init(solved: SolvedScenario, round t: Int, node: Int?) {
    let scenario = solved.scenario
    let graph = solved.graph
    guard let node else {
      lines = ["the current position is not reached"]
      return
    }
    // 1.
    let here = solved.nodes[t][node].stageGame.map(AffineSweep.shape(of:)) ?? "none (no moves here)"
    var lines = ["equilibria here: " + here]
    // 2.
    var play = [String]()
    for (s, state) in scenario.states.enumerated() where !state.isTerminal {
      var seen = [String]()
      for n in solved.nodeIndices(round: t, state: s) {
        guard let intended = solved.nodes[t][n].intended else { continue }
        let text = Self.moves(intended, state: state, players: scenario.players)
        if !seen.contains(text) { seen.append(text) }
      }
      if !seen.isEmpty { play.append("\(state.name): " + seen.joined(separator: " or ")) }
    }
    lines.append("intended play in round \(t + 1): " + (play.isEmpty ? "none" : play.joined(separator: "; ")))
    // 3.
    var ends = Set<String>()
    var frontier: Set<Int> = [node]
    for u in t...graph.horizon where !frontier.isEmpty {
      var next = Set<Int>()
      for n in frontier {
        let g = graph.rounds[u][n]
        let name = scenario.states[g.node.state].name
        if g.isTerminal { ends.insert(name); continue }
        guard u < graph.horizon, let intended = solved.nodes[u][n].intended else {
          ends.insert(name + " (at the horizon)")
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
    lines.append("intended play ends in: " + ends.sorted().joined(separator: ", "))
    self.lines = lines
  }

  /// `US talk, China mixes offer/talk`: each player's moves played with positive
  /// probability.
  static func moves(_ s: StageStrategy<Double>, state: EscalationState, players: [String]) -> String {
    (0..<2).map { k in
      let x = s.marginal(player: k)
      let support = x.indices.filter { x[$0] > 0 }.map { state.moves[k][$0].name }
      return players[k] + (support.count == 1 ? " " : " mixes ") + support.joined(separator: "/")
    }.joined(separator: ", ")
  }
}
