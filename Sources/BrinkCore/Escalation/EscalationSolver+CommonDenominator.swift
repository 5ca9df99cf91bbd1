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
    let (values, games) = try plan.run(shouldContinue) { nodes in
      done += nodes
      progress(done, total)
    }
    var deferred = graph.rounds.map { $0.map { _ -> (@Sendable () -> ([[Rational]], [[Rational]]))? in nil } }
    for (t, round) in plan.rounds.enumerated() {
      let numerators = games[t]
      for (k, n) in round.decisions.enumerated() {
        let rows = graph.rounds[t][n].moves.count
        deferred[t][n] = { numerators.games(decision: k, rows: rows) }
      }
    }
    let truth = SweepResult(values: values, games: graph.rounds.map { $0.map { _ in nil } }, infos: infos,
                            deferredGames: deferred)
    return assemble(truth: truth, view: { _ in truth }, misperceives: [false, false])
  }

  /// Step 2 of `CommonDenominatorSweep`: each round's exact payoffs, discounted
  /// chances and played probabilities, scaled to machine integers; and each decision
  /// node's choice.
  private func plan(_ shouldContinue: () -> Bool) throws -> (CommonDenominatorSweep, [[StageInfo?]])? {
    let T0 = graph.horizon
    let horizon = graph.rounds[T0].indices.map { arrivalValues(round: T0, node: $0) }
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
          builder.addTerminal(node: n, arrival: arrivalValues(round: t, node: n))
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
            for s in node.moves[i][j].successors { builder.addBranch(next: s.next, weight: delta * s.probability) }
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
