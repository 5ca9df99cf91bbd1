import BrinkCore
import BrinkFormats

extension CLI {
  /// `brink replay FILE` on a scenario with types (issue 14): the script against the
  /// perfect Bayesian equilibrium, as the REPL's `replay all` shows it (the same
  /// `TypedReplayReport`): each real move's chance by type and by the belief, the
  /// round's probability and surprise, the beliefs with Bayes' rule worked, the
  /// likelihood and log-likelihood, and the baselines and `against` scenarios
  /// (typed or not) on the same record; `json` prints it as one object. When every
  /// player uses `logit`, the same against the logit agent QRE (`TypedLogitReplayReport`).
  ///
  /// A stop (Ctrl-C, `--timeout`) during the solve ends the command with no report;
  /// one during the comparisons prints the report with the entries it cut short
  /// marked interrupted, then ends it with status 124 or 130, as the untyped replay.
  static func typedReplay(_ doc: ScenarioDocument, against others: [(name: String, scenario: EscalationScenario)],
                          json: Bool, run: Run) throws(Failure) {
    do {
      if TypedLogitSolver.applies(to: doc.scenario) {
        var report = TypedLogitReplayReport(document: doc, solution: try TypedLogitSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue))
        if !report.rounds.isEmpty { report.compare(against: others, shouldContinue: run.control.shouldContinue) }
        output(json ? report.json().rendered() : String(report.render().dropLast()))
      } else {
        var report = TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue))
        if !report.rounds.isEmpty { report.compare(against: others, shouldContinue: run.control.shouldContinue) }
        output(json ? report.json().rendered() : report.render())
      }
    } catch {
      try run.throwIfStopped()
      throw Failure(status: 1, message: "\(doc.file): error: cannot solve the scenario: \(error)")
    }
    try run.throwIfStopped()
  }
}
