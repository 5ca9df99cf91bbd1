import BrinkCore
import BrinkFormats

/// Solving the loaded scenario as a whole, by the engine's backward induction
/// (`EscalationSolver`), with the result kept until the scenario is edited.
extension Session {
  /// The solved scenario; interruptible through `shouldContinue`, with progress
  /// (nodes solved backward from the horizon) to the command's run control. An
  /// interrupt says how far the backward induction got; `partial` is what the
  /// command had finished before it (shown with the error).
  func solvedScenario(partial: String? = nil) throws(CommandError) -> SolvedScenario? {
    guard let doc = document else { return nil }
    if let cache = solveCache, cache.scenario == doc.scenario { return cache.solved }
    let run = self.run
    var reached = (done: 0, total: 0)
    do {
      let solved = try EscalationSolver.solve(doc.scenario, shouldContinue: shouldContinue) { done, total in
        reached = (done, total)
        run.progress(done, total)
      }
      solveCache = SolveCache(scenario: doc.scenario, solved: solved)
      return solved
    } catch let error as EscalationError {
      if case .cancelled = error {
        let how = reached.total == 0 ? "before the scenario's backward induction began"
          : "after the scenario's backward induction had solved \(reached.done) of \(reached.total) nodes, from the horizon back (round 1 comes last)"
        throw CommandError("interrupted \(how); the session is unchanged", partial: partial)
      }
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

extension Session {
  /// A session on `scenario` whose whole-scenario solve is already done: `solved`
  /// must be `EscalationSolver.solve(scenario.scenario)` (what `solvedScenario()`
  /// computes on first use). The REPL fuzz target starts every input on a fresh
  /// session on one small scenario, and solving it afresh each time was a third of
  /// the target's time (issue 16).
  public convenience init(scenario: ScenarioDocument, solved: SolvedScenario, style: RenderStyle = .plain) {
    self.init(scenario: scenario, style: style)
    solveCache = SolveCache(scenario: scenario.scenario, solved: solved)
  }
}

/// The last whole-scenario solve, reused while the scenario is unchanged.
struct SolveCache {
  var scenario: EscalationScenario
  var solved: SolvedScenario
}
