import BrinkCore
import BrinkFormats

extension CLI {
  /// `brink replay FILE`: plays the scenario's script against the solved model and
  /// reports how likely the model found it. A stop during the solve ends the command
  /// with no report; a stop during the path's likelihood (long on a script of
  /// thousands of rounds) prints the report with the likelihood marked interrupted,
  /// then ends it with status 124 (deadline) or 130 (Ctrl-C).
  public static func replay(file: String?, run: Run) throws(Failure) {
    let (doc, _) = try scenario(file)
    let solved: SolvedScenario
    do {
      solved = try EscalationSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
    } catch {
      try run.throwIfStopped()
      throw Failure(status: 1, message: "\(doc.file): error: cannot solve the scenario: \(error)")
    }
    output(ReplayReport(document: doc, solved: solved, shouldContinue: run.control.shouldContinue).render())
    try run.throwIfStopped()
  }
}
