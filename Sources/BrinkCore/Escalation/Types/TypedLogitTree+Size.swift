/// How large the tree of public histories of a scenario with types would be,
/// counted without building it, so that a scenario too large for the logit variant
/// is refused with its size rather than after filling memory.
///
/// Histories are never merged (`TypedLogitTree`), so their number is the number of
/// paths through the ladder graph: by dynamic programming over (round, node),
/// `H(t, n) = 1 + Σ_(i, j, s) H(t + 1, successor)` (1 at a leaf), and the unknowns
/// likewise, each decision history adding its type-agents' moves (a sequential
/// follower's per lead). Counted in doubles: the counts grow exponentially in the
/// rounds and are compared with limits, not used as sizes.
/// - Complexity: linear in the ladder graph's edges.
extension TypedLogitTree {
  static func size(scenario: EscalationScenario, graph: LadderGraph) -> (histories: Double, unknowns: Double) {
    let types = (0..<2).map { Double(scenario.typeList(of: $0).count) }
    var below = [[(Double, Double)]](repeating: [], count: graph.rounds.count)
    for t in graph.rounds.indices.reversed() {
      below[t] = graph.rounds[t].map { here in
        guard !here.isTerminal, t < graph.horizon else { return (1, 0) }
        let m = [here.moves.count, here.moves[0].count]
        var own = [0.0, 0.0]
        for p in 0..<2 where m[p] > 1 { own[p] = types[p] * Double(m[p]) }
        if case .sequential(let l) = scenario.states[here.node.state].timing { own[1 - l] *= Double(m[l]) }
        var h = 1.0, u = own[0] + own[1]
        for row in here.moves {
          for move in row {
            for s in move.successors {
              let (ch, cu) = below[t + 1][s.next]
              h += ch
              u += cu
            }
          }
        }
        return (h, u)
      }
    }
    return graph.initial.reduce((0.0, 0.0)) { ($0.0 + below[0][$1.next].0, $0.1 + below[0][$1.next].1) }
  }
}
