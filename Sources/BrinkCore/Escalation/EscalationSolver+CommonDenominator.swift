/// Exact backward induction on common denominators (`CommonDenominatorSweep`) when
/// play does not depend on the values: both players follow rules that read no
/// payoffs (`ChoiceModel.ignoresPayoffs`) and neither misperceives them. The answer
/// is the `Rational` sweep's (`Run.solve`), exactly; only the folded stage games are
/// reduced when first read rather than for every node.
extension Run where T == Rational {
  /// The solved scenario, or nil when the sweep does not apply (a player optimises
  /// or misperceives, or a scale does not fit in 64 bits): then `solve` does it.
  func solveOnCommonDenominators(_ shouldContinue: () -> Bool,
                                 progress: (Int, Int) -> Void) throws -> SolvedScenario? {
    guard scenario.behaviours.allSatisfy({ $0.model.ignoresPayoffs && $0.perceivedPayoffs.isEmpty }),
      let (plan, infos) = try plan(shouldContinue) else { return nil }
    let total = graph.rounds.reduce(0) { $0 + $1.count }
    var done = 0
    let values = try plan.run(shouldContinue) { nodes in
      done += nodes
      progress(done, total)
    }
    // A decision node's folded stage game is the fold of the next round's exact
    // values (the same sums the sweep made in integers, so the same numbers),
    // made when read: most are never read.
    // (The decision nodes are the ones with a choice in `infos`.)
    let fold = ExactFold(graph: graph, values: values, delta: delta)
    let truth = SweepResult(values: values, games: graph.rounds.map { $0.map { _ in nil } }, infos: infos,
                            deferredGame: { t, n in fold.game(round: t, node: n) })
    return assemble(truth: truth, view: { _ in truth }, misperceives: [false, false])
  }

  /// Step 2 of `CommonDenominatorSweep`: each round's exact payoffs, discounted
  /// chances and played probabilities, scaled to machine integers; and each decision
  /// node's choice.
  private func plan(_ shouldContinue: () -> Bool) throws -> (CommonDenominatorSweep, [[StageInfo?]])? {
    let T0 = graph.horizon
    // The ladder's own arrays (`arrivalValues` in exact numbers), shared, not copied.
    let horizon = graph.rounds[T0].map(\.arrivalPayoffs)
    guard CommonDenominatorSweep.lcmOfDenominators(horizon.flatMap { $0 }) != nil else { return nil }
    // The rules read only the state, the memory and the round
    // (`NonStrategicChoice.mixture`): one choice per such key.
    // The played strategy's joint probabilities are kept with it, one table per key.
    var memo = [RuleKey: (StageInfo, [[Rational]])]()
    var infos = graph.rounds.map { $0.map { _ -> StageInfo? in nil } }
    var rounds = [CommonDenominatorSweep.Round]()
    for t in 0..<T0 {
      guard shouldContinue() else { throw EscalationError.cancelled }
      var builder = CommonDenominatorSweep.RoundBuilder()
      builder.reserve(for: graph.rounds[t])
      for (n, node) in graph.rounds[t].enumerated() {
        if node.isTerminal {
          builder.addTerminal(node: n, arrival: node.arrivalPayoffs)
          continue
        }
        let key = RuleKey(round: t, state: node.node.state, memory: node.node.memory, clock: node.node.clock)
        let (info, play): (StageInfo, [[Rational]])
        if let hit = memo[key] { (info, play) = hit } else {
          // The rules read no payoffs; the stage solvers still want the matrices' shape.
          let moves = scenario.states[node.node.state].moves
          let zero = [[Rational]](repeating: [Rational](repeating: .zero, count: moves[1].count),
                                  count: moves[0].count)
          info = decide(round: t, key: node.node, a: zero, b: zero)
          let played = info.intended.trembled(tremble)
          play = moves[0].indices.map { i in moves[1].indices.map { played.probability(row: i, column: $0) } }
          memo[key] = (info, play)
        }
        infos[t][n] = info
        for i in node.moves.indices {
          for j in node.moves[i].indices {
            // Most moves lead to one node for certain: δ·1 without a product (issue 11).
            for s in node.moves[i][j].successors {
              builder.addBranch(next: s.next, weight: s.probability == .one ? delta : delta * s.probability)
            }
            // The true payoffs (`viewPayoffs(-1)`): no one misperceives here.
            builder.endCell(payoffs: node.moves[i][j].payoffs, play: play[i][j])
          }
        }
        builder.endDecision(node: n)
      }
      guard let round = builder.build(nodeCount: graph.rounds[t].count) else { return nil }
      rounds.append(round)
    }
    return (CommonDenominatorSweep(horizonValues: horizon, rounds: rounds), infos)
  }
}

/// What a rule-following player's choice depends on (`NonStrategicChoice.mixture`).
private struct RuleKey: Hashable { var round, state, memory, clock: Int }

/// What a deferred stage game of the common-denominator sweep is folded from: the
/// ladder, every node's exact values and the discount, shared by all the nodes.
private final class ExactFold: Sendable {
  let graph: LadderGraph
  let values: [[[Rational]]]
  let delta: Rational

  init(graph: LadderGraph, values: [[[Rational]]], delta: Rational) {
    self.graph = graph
    self.values = values
    self.delta = delta
  }

  /// Node `n` of round `t`'s payoffs plus δ times the expected values of where each
  /// joint move leads, as the `Rational` sweep folds it (`LadderGraph.Node.foldedGame`
  /// with the true payoffs: no one misperceives on this path).
  func game(round t: Int, node n: Int) -> ([[Rational]], [[Rational]]) {
    let node = graph.rounds[t][n], next = values[t + 1]
    return node.foldedGame(delta: delta, payoff: { node.moves[$0][$1].payoffs }, next: { next[$0] })
  }
}
