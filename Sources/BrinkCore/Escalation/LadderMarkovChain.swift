/// The exact distribution of the game over its nodes and states, round by round,
/// under the solved strategies: a time-inhomogeneous Markov chain (Kemeny and
/// Snell, *Finite Markov Chains*, 1960, ch. 1) on the nodes of the `LadderGraph`.
/// The Monte Carlo's frequencies are checked against it.
///
/// Steps, for `t` from 0 to `T − 1`:
/// 1. `p₀` is the graph's initial distribution.
/// 2. A non-terminal node `n` sends `p_t(n) · σ_t(i, j | n) · P(n′ | n, i, j)` to each
///    successor `n′` of each joint move `(i, j)` (`σ` includes trembles).
/// 3. A terminal node keeps its mass (it is carried to itself in round `t + 1`).
///
/// Each round's probabilities sum to 1 (exactly, for an exact solve).
public struct LadderMarkovChain: Sendable {
  /// `nodes[t][n]`: the probability of being at node `n` at the start of round `t`
  /// (after that round's events and shocks), for `t` in `0...T`.
  public var nodes: [[Double]]
  /// The same, exactly, when the solve is exact.
  public var exactNodes: [[Rational]]?
  /// `states[t][s]`: the probability of being in state `s` at the start of round `t`.
  public var states: [[Double]]
  public var exactStates: [[Rational]]?

  public init(_ solved: SolvedScenario) {
    let stateCount = solved.scenario.states.count
    nodes = LadderMarkovChain.propagate(solved) { t, n in solved.nodes[t][n].played }
    states = LadderMarkovChain.byState(nodes, solved.graph, stateCount)
    if solved.isExact {
      let exact: [[Rational]] = LadderMarkovChain.propagate(solved) { t, n in solved.nodes[t][n].exactPlayed }
      exactNodes = exact
      exactStates = LadderMarkovChain.byState(exact, solved.graph, stateCount)
    }
  }

  /// The expected value of each variable at the start of each round; `nil` for a
  /// variable no payoff reads (not tracked by the graph: see `LadderGraph`).
  public func expectedValues(_ solved: SolvedScenario) -> [[Double?]] {
    let tracked = solved.graph.trackedVariables
    return nodes.enumerated().map { t, dist in
      var e = [Double](repeating: 0, count: solved.scenario.variables.count)
      for (n, p) in dist.enumerated() where p > 0 {
        for (k, v) in solved.graph.rounds[t][n].node.values.enumerated() { e[k] += p * v.doubleValue }
      }
      return e.indices.map { tracked[$0] ? e[$0] : nil }
    }
  }

  static func propagate<T: LadderNumber>(_ solved: SolvedScenario,
                                         strategy: (Int, Int) -> StageStrategy<T>?) -> [[T]] {
    let graph = solved.graph
    var result = [[T]]()
    var p = [T](repeating: .zero, count: graph.rounds[0].count)
    for b in graph.initial { p[b.next] = p[b.next] + T.from(b.probability) }  // step 1
    for t in 0..<graph.horizon {
      var next = [T](repeating: .zero, count: graph.rounds[t + 1].count)
      for (n, node) in graph.rounds[t].enumerated() where p[n] != .zero {
        if node.isTerminal {  // step 3
          next[node.carriedTo!] = next[node.carriedTo!] + p[n]
          continue
        }
        let sigma = strategy(t, n)!
        for i in node.moves.indices {  // step 2
          for j in node.moves[i].indices {
            let w = p[n] * sigma.probability(row: i, column: j)
            if w == .zero { continue }
            for s in node.moves[i][j].successors {
              next[s.next] = next[s.next] + w * T.from(s.probability)
            }
          }
        }
      }
      result.append(p)
      p = next
    }
    result.append(p)
    return result
  }

  static func byState<T: LadderNumber>(_ dist: [[T]], _ graph: LadderGraph, _ count: Int) -> [[T]] {
    dist.enumerated().map { t, d in
      var s = [T](repeating: .zero, count: count)
      for (n, p) in d.enumerated() {
        let k = graph.rounds[t][n].node.state
        s[k] = s[k] + p
      }
      return s
    }
  }
}
