/// Each question's probability under the solved strategies, computed from the
/// ladder's Markov chain (`LadderMarkovChain`, Kemeny and Snell 1960) extended with
/// one bit per path, "has the question held yet": a question read "ever by round k"
/// is a first-passage probability, which the plain chain over nodes cannot give (a
/// path can enter a state and leave it again).
///
/// Steps, for one question, on its `QuestionGraph`:
/// 1. `p₀(n, false)` is the graph's initial distribution; `p₀(n, true) = 0`.
/// 2. At checkpoint `t` (see `ForecastQuestion`), when the question reads it:
///    `ever`: the mass of every node where it holds moves from "not yet" to "met";
///    `at` (t = last): the answer is the mass of the nodes where it holds.
/// 3. At `t = last` (`ever`): the answer is the "met" mass.
/// 4. Else each node's mass moves to round `t + 1` as in the chain (both flags kept):
///    `p(n) · σ_t(i, j | n) · P(n′ | n, i, j)`; a terminal node keeps its mass.
///
/// Exact (rational) when the solve is exact, and then equal to summing the
/// probability of every path, which a test checks by enumerating them.
///
/// Complexity: O(questions × Σ_t nodes_t × joint moves × successors).
public struct QuestionProbabilities: Sendable {
  /// One per question, in order.
  public var probabilities: [Double]
  /// The same, exactly, when the solve is exact.
  public var exact: [Rational]?

  /// Throws what `LadderGraph.init` throws (when a question reads a variable the
  /// solved ladder does not track) and `EscalationError.cancelled`.
  /// - Parameters:
  ///   - progress: `(rounds done, rounds in all)`, the rounds of every question's
  ///     propagation, after each round (a 20-round ladder of 12,000 nodes takes a
  ///     quarter of a second a question, exactly; issue 11).
  ///   - keepingPartial: when stopped after some questions were answered, keep
  ///     their answers (the first `probabilities.count` questions) instead of
  ///     throwing; a stop before the first answer still throws.
  public init(_ solved: SolvedScenario, questions: [ForecastQuestion], nodeLimit: Int = 200_000,
              keepingPartial: Bool = false, shouldContinue: () -> Bool = { true },
              progress: (Int, Int) -> Void = { _, _ in }) throws {
    let qg = try QuestionGraph(solved, questions: questions, nodeLimit: nodeLimit, shouldContinue: shouldContinue)
    let calendar = solved.scenario.calendar
    let rounds = qg.graph.horizon + 1
    // Each question in turn, its answer kept; a stop ends the list (or throws).
    func answers<T: LadderNumber>(_ strategy: @escaping (Int, Int) -> StageStrategy<T>?) throws -> [T] {
      var out = [T]()
      for (k, q) in questions.enumerated() {
        do {
          guard shouldContinue() else { throw EscalationError.cancelled }
          out.append(try Self.probability(q, qg, calendar, strategy: strategy) { t in
            progress(k * rounds + t + 1, questions.count * rounds)
            guard shouldContinue() else { throw EscalationError.cancelled }
          })
          progress((k + 1) * rounds, questions.count * rounds)
        } catch EscalationError.cancelled where keepingPartial && !out.isEmpty {
          return out
        }
      }
      return out
    }
    // An exact solve is propagated once, exactly, and the decimals read from it;
    // only a floating-point solve (logit) propagates in Double.
    if solved.isExact {
      let exact: [Rational] = try answers { t, n in solved.nodes[t][qg.solvedIndex[t][n]].exactPlayed }
      self.exact = exact
      probabilities = exact.map(\.doubleValue)
    } else {
      probabilities = try answers { t, n in solved.nodes[t][qg.solvedIndex[t][n]].played }
    }
  }

  /// The probability of `q`; `roundDone(t)` after round `t`'s step 4 (it may throw to stop).
  static func probability<T: LadderNumber>(_ q: ForecastQuestion, _ qg: QuestionGraph, _ calendar: ScenarioCalendar,
                                           strategy: (Int, Int) -> StageStrategy<T>?,
                                           roundDone: (Int) throws -> Void = { _ in }) rethrows -> T {
    let graph = qg.graph
    var notYet = [T](repeating: .zero, count: graph.rounds[0].count)
    var met = notYet
    for b in graph.initial { notYet[b.next] = notYet[b.next] + T.from(b.probability) }  // step 1
    for t in 0...graph.horizon {
      let nodes = graph.rounds[t]
      if q.reads(checkpoint: t) {  // step 2
        switch q.reading {
        case .ever:
          for n in nodes.indices where notYet[n] != .zero && q.holds(at: nodes[n].node, checkpoint: t, calendar: calendar) {
            met[n] = met[n] + notYet[n]
            notYet[n] = .zero
          }
        case .at:
          return nodes.indices.reduce(T.zero) { sum, n in
            q.holds(at: nodes[n].node, checkpoint: t, calendar: calendar) ? sum + notYet[n] + met[n] : sum
          }
        }
      }
      if t == q.last || t == graph.horizon { return met.reduce(.zero, +) }  // step 3
      var nextNotYet = [T](repeating: .zero, count: graph.rounds[t + 1].count)
      var nextMet = nextNotYet
      for (n, node) in nodes.enumerated() where notYet[n] != .zero || met[n] != .zero {  // step 4
        if node.isTerminal {
          let c = node.carriedTo!
          nextNotYet[c] = nextNotYet[c] + notYet[n]
          nextMet[c] = nextMet[c] + met[n]
          continue
        }
        let sigma = strategy(t, n)!
        for i in node.moves.indices {
          for j in node.moves[i].indices {
            let w = sigma.probability(row: i, column: j)
            if w == .zero { continue }
            let a = notYet[n] * w, b = met[n] * w
            for s in node.moves[i][j].successors {
              let p = T.from(s.probability)
              nextNotYet[s.next] = nextNotYet[s.next] + a * p
              nextMet[s.next] = nextMet[s.next] + b * p
            }
          }
        }
      }
      notYet = nextNotYet
      met = nextMet
      try roundDone(t)
    }
    return met.reduce(.zero, +)
  }
}
