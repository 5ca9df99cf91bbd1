import BrinkCore

/// Solving the loaded scenario as a whole, by the engine's backward induction
/// (`EscalationSolver`), with the result kept until the scenario is edited.
extension Session {
  /// The solved scenario; interruptible through `shouldContinue`.
  func solvedScenario() throws(CommandError) -> SolvedScenario? {
    guard let doc = document else { return nil }
    if let cache = solveCache, cache.scenario == doc.scenario { return cache.solved }
    do {
      let solved = try EscalationSolver.solve(doc.scenario, shouldContinue: shouldContinue)
      solveCache = SolveCache(scenario: doc.scenario, solved: solved)
      return solved
    } catch let error as EscalationError {
      if case .cancelled = error { throw CommandError("interrupted; the session is unchanged") }
      throw CommandError("cannot solve \(doc.name): \(error.description)")
    } catch {
      throw CommandError("cannot solve \(doc.name): \(error)")
    }
  }

  /// The solved node for the current position at the current round, if the
  /// ladder reaches it: the node with the same state, the same values of the
  /// variables the ladder tracks (the others stay at their initial values there),
  /// and, when a model reads history, the same memory. Otherwise the first node of
  /// that state in that round.
  func currentNode(in solved: SolvedScenario) -> SolvedNode? {
    guard let position else { return nil }
    let t = round - 1
    guard t >= 0, t < solved.nodes.count else { return nil }
    let tracked = solved.graph.trackedVariables
    let usesMemory = solved.scenario.behaviours.contains { $0.model.usesHistory }
    let candidates = solved.nodeIndices(round: t, state: position.state)
    let match = candidates.first { n in
      let node = solved.graph.rounds[t][n].node
      return (!usesMemory || node.memory == position.memory)
        && node.values.indices.allSatisfy { !tracked[$0] || node.values[$0] == position.values[$0] }
    }
    return (match ?? candidates.first).map { solved.nodes[t][$0] }
  }
}

/// The last whole-scenario solve, reused while the scenario is unchanged.
struct SolveCache {
  var scenario: EscalationScenario
  var solved: SolvedScenario
}
