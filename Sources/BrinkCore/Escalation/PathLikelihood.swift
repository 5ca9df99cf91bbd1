/// How likely the solved model finds an observed path: the forward algorithm of
/// hidden Markov models (Rabiner, *Proc. IEEE* 77, 1989, §III.A) on the ladder's
/// nodes, since the variables and shocks behind the observed states are not seen.
/// It reads the rounds' rules only through the ladder's successors (`LadderGraph`,
/// which enumerates `ScenarioRound`), so it has no copy of them.
///
/// Steps:
/// 1. `α₀` is the initial distribution, kept only on nodes whose state matches the
///    first round's observed state (if one is given).
/// 2. For each observed round `t`: every node with mass that is not terminal sends
///    `α(n) · σ(i, j | n)` along each joint move consistent with the observed moves
///    (an unknown move matches any; a name the state lacks matches none); a
///    terminal node keeps its mass when no move is observed, and loses it otherwise.
/// 3. Keep the mass on nodes whose state matches round `t + 1`'s observed state.
/// The probability of the path is the mass left at the end; the ratio of the mass
/// after and before round `t` is how likely round `t` was, given the rounds before.
public struct ObservedRound: Sendable, Hashable {
  /// Each player's move name, `nil` when unknown.
  public var moves: [String?]
  /// The state observed at the start of the round, `nil` when unknown.
  public var state: Int?

  public init(moves: [String?], state: Int? = nil) {
    self.moves = moves
    self.state = state
  }
}

public struct PathLikelihood: Sendable {
  /// The probability of the whole observed path (0 when impossible).
  public var probability: Double
  /// `roundProbabilities[t]`: the probability of round `t`'s observation given
  /// the earlier ones (`nil` once the path has become impossible).
  public var roundProbabilities: [Double?]
  /// The exact probability, when the solve is exact (and the work was not stopped).
  public var exactProbability: Rational?
  /// Whether `shouldContinue` stopped the work: then `exactProbability` is `nil`, and
  /// if it stopped during the floating-point pass, `probability` is NaN and
  /// `roundProbabilities` is empty.
  public var interrupted = false
}

extension SolvedScenario {
  /// The likelihood of `path` (one entry per round from round 0; at most the horizon).
  ///
  /// The exact pass multiplies big rationals and can take minutes on a script of
  /// thousands of rounds: `shouldContinue` is polled before each round of both passes,
  /// and once it returns false the result comes back at once with `interrupted` set.
  public func likelihood(of path: [ObservedRound], shouldContinue: () -> Bool = { true }) -> PathLikelihood {
    guard let (p, rounds) = forward(path, shouldContinue, strategy: { t, n in self.nodes[t][n].played }) else {
      return PathLikelihood(probability: .nan, roundProbabilities: [], exactProbability: nil, interrupted: true)
    }
    var result = PathLikelihood(probability: p, roundProbabilities: rounds, exactProbability: nil)
    if isExact {
      let exact = forward(path, shouldContinue, strategy: { t, n in self.nodes[t][n].exactPlayed })
      result.exactProbability = exact?.0
      result.interrupted = exact == nil
    }
    return result
  }

  /// `nil` when `shouldContinue` stopped it.
  private func forward<T: LadderNumber>(
    _ path: [ObservedRound], _ shouldContinue: () -> Bool, strategy: (Int, Int) -> StageStrategy<T>?
  ) -> (T, [Double?])? {
    let path = Array(path.prefix(horizon))
    func keep(_ alpha: inout [T], round t: Int, state: Int?) {
      guard let state else { return }
      for n in alpha.indices where graph.rounds[t][n].node.state != state { alpha[n] = .zero }
    }
    func total(_ a: [T]) -> T { a.reduce(T.zero, +) }
    var alpha = [T](repeating: .zero, count: graph.rounds[0].count)
    for b in graph.initial { alpha[b.next] = alpha[b.next] + T.from(b.probability) }
    if let first = path.first { keep(&alpha, round: 0, state: first.state) }  // step 1
    var rounds = [Double?]()
    for (t, observed) in path.enumerated() {
      guard shouldContinue() else { return nil }
      let before = total(alpha)
      var next = [T](repeating: .zero, count: graph.rounds[t + 1].count)
      let anyMove = observed.moves.contains { $0 != nil }
      for (n, node) in graph.rounds[t].enumerated() where alpha[n] != .zero {  // step 2
        if node.isTerminal {
          if !anyMove { next[node.carriedTo!] = next[node.carriedTo!] + alpha[n] }
          continue
        }
        let state = scenario.states[node.node.state]
        let allowed = (0..<2).map { k -> [Int] in
          guard let name = observed.moves.count > k ? observed.moves[k] : nil else { return Array(state.moves[k].indices) }
          return state.moves[k].indices.filter { state.moves[k][$0].name == name }
        }
        let sigma = strategy(t, n)!
        for i in allowed[0] {
          for j in allowed[1] {
            let w = alpha[n] * sigma.probability(row: i, column: j)
            if w == .zero { continue }
            for s in node.moves[i][j].successors { next[s.next] = next[s.next] + w * T.from(s.probability) }
          }
        }
      }
      if t + 1 < path.count { keep(&next, round: t + 1, state: path[t + 1].state) }  // step 3
      let after = total(next)
      rounds.append(before == .zero ? nil : after.doubleValue / before.doubleValue)
      alpha = next
    }
    return (total(alpha), rounds)
  }
}

extension SolvedScenario {
  /// The observed path of the scenario's `history`: one entry per round up to the
  /// last recorded one, unknown moves in the rounds it skips, and the recorded
  /// `states` (by round, as the reader gives them) where known.
  public func observedHistory(states: [Int?] = []) -> [ObservedRound] {
    let history = scenario.history.filter { $0.round >= 0 && $0.round < horizon }
    guard let last = history.map(\.round).max() else { return [] }
    var path = [ObservedRound](repeating: ObservedRound(moves: [nil, nil]), count: last + 1)
    for (k, h) in scenario.history.enumerated() where h.round >= 0 && h.round <= last {
      path[h.round].moves = h.moves
      if k < states.count { path[h.round].state = states[k] }
    }
    return path
  }
}
