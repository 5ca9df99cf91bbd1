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
  /// ladder has that state then (`SolvedScenario.nodeIndex(round:of:)`).
  func currentNode(in solved: SolvedScenario) -> SolvedNode? {
    guard let position else { return nil }
    return solved.nodeIndex(round: round - 1, of: position).map { solved.nodes[round - 1][$0] }
  }
}

/// The last whole-scenario solve, reused while the scenario is unchanged.
struct SolveCache {
  var scenario: EscalationScenario
  var solved: SolvedScenario
}
