#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How likely the solved model finds an observed path: the forward algorithm of
/// hidden Markov models (Rabiner, *Proc. IEEE* 77, 1989, §III.A) on the ladder's
/// nodes, since the variables and shocks behind the observed states are not seen,
/// with the nodes that cannot lead to the later observations pruned first (the
/// support of Rabiner's backward variable β, §III.A eq. 24–25), so that each round
/// is charged with what happened in it.
/// It reads the rounds' rules only through the ladder's successors (`LadderGraph`,
/// which enumerates `ScenarioRound`), so it has no copy of them.
///
/// Steps:
/// 1. Backward, from the round after the last observed one (where every node is
///    possible): a node of round `t` is *possible* when its state matches round
///    `t`'s observed state (if one is given) and, if it is not terminal, some joint
///    move consistent with the observed moves (an unknown move matches any; a name
///    the state lacks matches none) has positive probability and a successor that
///    is possible in round `t + 1`; a terminal node is possible when no move is
///    observed and it stays possible (it is carried on).
/// 2. `α₀` is the initial distribution on the possible nodes of round 0.
/// 3. For each observed round `t`: every node with mass that is not terminal sends
///    `α(n) · σ(i, j | n)` along each joint move consistent with the observed moves;
///    a terminal node keeps its mass when no move is observed; then only the
///    possible nodes of round `t + 1` keep theirs.
/// The probability of the path is the mass left at the end (pruning removes only
/// mass that a later round would remove, so it is the plain forward algorithm's).
/// Round `t`'s probability is the ratio of the mass after and before it: the chance
/// that what happened in round `t` — the observed moves, or any move where one is
/// unknown, and the draws — keeps the path consistent with everything observed,
/// given the earlier rounds. So a gap in the script is paid for in its own rounds,
/// and the rounds' probabilities multiply to the path's exactly. When the path is
/// impossible (probability 0), step 1 keeps only the state check instead, so the
/// zero is charged to the first round whose own observation the model rules out.
///
/// Each round's probability splits into the players' decisions and chance. The
/// *decision* part is `D_t = Σₙ α(n) · σ(observed moves | n) / Σₙ α(n)`, the
/// chance, given the earlier rounds, that the players make the moves observed
/// (a terminal node decides nothing: 1 when no move is observed, else 0); the
/// *chance* part is `C_t = P_t / D_t`, the chance that events, shocks and
/// transitions then keep the path consistent with everything observed. Both lie in
/// [0, 1] and `D_t · C_t = P_t` exactly, so in bits, surprise = decisions + chance.
///
/// The floating-point pass rescales its masses by powers of two when they fall
/// below 2⁻⁵⁰⁰ (`LadderNumber.rescale`), so a long record's rounds never underflow;
/// `logProbability` adds the scales back.
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
  /// `roundProbabilities[t]`: the probability of round `t` given the earlier ones
  /// (see the steps above; `nil` once the path has become impossible).
  public var roundProbabilities: [Double?]
  /// The exact probability, when the solve is exact (and the work was not stopped).
  public var exactProbability: Rational?
  /// `roundProbabilities`, exactly, when the solve is exact (and not stopped).
  public var exactRoundProbabilities: [Rational?]? = nil
  /// The natural log of the path's probability, finite where `probability`
  /// underflows to 0: from `exactProbability` when there is one
  /// (`Rational.naturalLog`), else from the rescaled floating-point pass; −∞ when
  /// the path is impossible, NaN when interrupted before the end of that pass.
  public var logProbability: Double = .nan
  /// `decisionProbabilities[t]`: the part of round `t`'s probability that is the
  /// players' decisions (`D_t` above; `nil` once the path has become impossible).
  public var decisionProbabilities: [Double?] = []
  /// `decisionProbabilities`, exactly, when the solve is exact (and not stopped).
  public var exactDecisionProbabilities: [Rational?]? = nil
  /// Per round, where the path most likely was at its start given everything
  /// observed (`nil` once it has become impossible): the state holding the most
  /// of the pruned forward mass, and each player's move probabilities there
  /// (the solved strategies averaged over that state's nodes by their mass).
  public var likelyRounds: [LikelyRound?] = []
  /// Whether `shouldContinue` stopped the work: then `exactProbability` is `nil`, and
  /// if it stopped during the floating-point pass, `probability` is NaN and
  /// `roundProbabilities` is empty.
  public var interrupted = false

  public struct LikelyRound: Sendable, Hashable {
    public var state: Int
    /// The most likely node of that state (its variables and memory).
    public var node: LadderNode
    /// `moves[player][move]`.
    public var moves: [[Double]]
  }
}

extension SolvedScenario {
  /// The likelihood of `path` (one entry per round from round 0; at most the horizon).
  ///
  /// The exact pass multiplies big rationals and can take minutes on a script of
  /// thousands of rounds: `shouldContinue` is polled before each round of both passes,
  /// and once it returns false the result comes back at once with `interrupted` set.
  public func likelihood(of path: [ObservedRound], shouldContinue: () -> Bool = { true }) -> PathLikelihood {
    var prune = true
    guard var pass = forward(path, shouldContinue, prune: true, strategy: { t, n in self.nodes[t][n].played }) else {
      return PathLikelihood(probability: .nan, roundProbabilities: [], exactProbability: nil, interrupted: true)
    }
    if pass.total == 0 && !path.isEmpty {
      prune = false
      guard let plain = forward(path, shouldContinue, prune: false, strategy: { t, n in self.nodes[t][n].played }) else {
        return PathLikelihood(probability: .nan, roundProbabilities: [], exactProbability: nil, interrupted: true)
      }
      pass = plain
    }
    let scale = Double(sign: .plus, exponent: -pass.scale, significand: 1)
    var result = PathLikelihood(probability: pass.total * scale, roundProbabilities: pass.rounds.map { $0?.doubleValue },
                                exactProbability: nil)
    result.logProbability = pass.total == 0 ? -.infinity : log(pass.total) - Double(pass.scale) * Rational.ln2
    result.decisionProbabilities = pass.decisions
    result.likelyRounds = pass.likely
    if isExact {
      let exact = forward(path, shouldContinue, prune: prune, strategy: { t, n in self.nodes[t][n].exactPlayed })
      result.exactProbability = exact?.total
      result.exactRoundProbabilities = exact?.rounds
      result.exactDecisionProbabilities = exact?.decisions
      if let exact { result.logProbability = exact.total.naturalLog }
      result.interrupted = exact == nil
    }
    return result
  }

  /// `nil` when `shouldContinue` stopped it (polled once per round of step 3).
  /// Without `prune`, step 1 checks the observed states only.
  private func forward<T: LadderNumber>(
    _ path: [ObservedRound], _ shouldContinue: () -> Bool, prune: Bool, strategy: (Int, Int) -> StageStrategy<T>?
  ) -> (total: T, scale: Int, rounds: [T?], decisions: [T?], likely: [PathLikelihood.LikelyRound?])? {
    let path = Array(path.prefix(horizon))
    func total(_ a: [T]) -> T { a.reduce(T.zero, +) }
    /// The moves of each player consistent with round `t`'s observation in `state`.
    func allowed(_ t: Int, _ state: EscalationState) -> [[Int]] {
      (0..<2).map { k -> [Int] in
        guard let name = path[t].moves.count > k ? path[t].moves[k] : nil else { return Array(state.moves[k].indices) }
        return state.moves[k].indices.filter { state.moves[k][$0].name == name }
      }
    }
    // Step 1.
    var possible = [[Bool]](repeating: [], count: path.count + 1)
    possible[path.count] = [Bool](repeating: true, count: graph.rounds[path.count].count)
    for t in stride(from: path.count - 1, through: 0, by: -1) {
      let anyMove = path[t].moves.contains { $0 != nil }
      possible[t] = graph.rounds[t].enumerated().map { n, node in
        if let observed = path[t].state, node.node.state != observed { return false }
        guard prune else { return true }
        if node.isTerminal { return !anyMove && possible[t + 1][node.carriedTo!] }
        let state = scenario.states[node.node.state]
        let sigma = strategy(t, n)!
        let (rows, columns) = { let a = allowed(t, state); return (a[0], a[1]) }()
        return rows.contains { i in
          columns.contains { j in
            sigma.probability(row: i, column: j) != .zero
              && node.moves[i][j].successors.contains { !$0.probability.isZero && possible[t + 1][$0.next] }
          }
        }
      }
    }
    // Step 2.
    var alpha = [T](repeating: .zero, count: graph.rounds[0].count)
    for b in graph.initial where possible[0][b.next] { alpha[b.next] = alpha[b.next] + T.from(b.probability) }
    var rounds = [T?](), decisions = [T?](), likely = [PathLikelihood.LikelyRound?]()
    var scale = 0  // the masses are the true ones times 2^scale
    for t in path.indices {
      guard shouldContinue() else { return nil }
      scale += T.rescale(&alpha)
      let before = total(alpha)
      var decided = T.zero
      likely.append(likelyRound(t, alpha, strategy))
      var next = [T](repeating: .zero, count: graph.rounds[t + 1].count)
      let anyMove = path[t].moves.contains { $0 != nil }
      for (n, node) in graph.rounds[t].enumerated() where alpha[n] != .zero {  // step 3
        if node.isTerminal {
          if !anyMove {
            next[node.carriedTo!] = next[node.carriedTo!] + alpha[n]
            decided = decided + alpha[n]
          }
          continue
        }
        let a = allowed(t, scenario.states[node.node.state])
        let sigma = strategy(t, n)!
        for i in a[0] {
          for j in a[1] {
            let w = alpha[n] * sigma.probability(row: i, column: j)
            if w == .zero { continue }
            decided = decided + w
            for s in node.moves[i][j].successors { next[s.next] = next[s.next] + w * T.from(s.probability) }
          }
        }
      }
      for k in next.indices where !possible[t + 1][k] { next[k] = .zero }
      rounds.append(before == .zero ? nil : total(next) / before)
      decisions.append(before == .zero ? nil : decided / before)
      alpha = next
    }
    return (total(alpha), scale, rounds, decisions, likely)
  }

  /// Where the mass `alpha` of round `t` most likely is (`PathLikelihood.likelyRounds`);
  /// ties go to the lower state index, then to the first node.
  private func likelyRound<T: LadderNumber>(
    _ t: Int, _ alpha: [T], _ strategy: (Int, Int) -> StageStrategy<T>?
  ) -> PathLikelihood.LikelyRound? {
    var byState = [Int: T]()
    for (n, node) in graph.rounds[t].enumerated() where alpha[n] != .zero {
      byState[node.node.state, default: .zero] = byState[node.node.state, default: .zero] + alpha[n]
    }
    guard let best = byState.keys.sorted().max(by: { byState[$0]! < byState[$1]! }) else { return nil }
    let members = graph.rounds[t].indices.filter { graph.rounds[t][$0].node.state == best && alpha[$0] != .zero }
    let top = members.max { alpha[$0] < alpha[$1] }!
    let mass = byState[best]!
    let state = scenario.states[best]
    let moves: [[Double]] = (0..<2).map { p in
      guard !state.isTerminal else { return [] }
      var m = [T](repeating: .zero, count: state.moves[p].count)
      for n in members {
        let marginal = strategy(t, n)!.marginal(player: p)
        for k in m.indices { m[k] = m[k] + alpha[n] * marginal[k] }
      }
      return m.map { ($0 / mass).doubleValue }
    }
    return PathLikelihood.LikelyRound(state: best, node: graph.rounds[t][top].node, moves: moves)
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
