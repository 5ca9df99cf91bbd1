import BrinkCore
import BrinkFormats

extension CLI {
  /// `brink replay FILE [--against OTHER]... [--json]`: plays the scenario's script
  /// against the solved model and reports how likely the model found it, its
  /// log-likelihood and surprise, and the same scores for the baselines and for each
  /// `--against` scenario on the same record. A stop during the solve ends the
  /// command with no report; a stop during the path's likelihood (long on a script
  /// of thousands of rounds) or the comparisons prints the report with what was
  /// cut short marked interrupted, then ends it with status 124 (deadline) or 130
  /// (Ctrl-C).
  public static func replay(file: String?, against: [String] = [], json: Bool = false, run: Run) throws(Failure) {
    let (doc, _) = try scenario(file)
    var others = [(name: String, scenario: EscalationScenario)]()
    for path in against {
      let (other, _) = try scenario(path)
      others.append((path, other.scenario))
    }
    if doc.scenario.hasTypes {
      try typedReplay(doc, against: others, json: json, run: run)
      return
    }
    let solved: SolvedScenario
    do {
      solved = try EscalationSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
    } catch {
      try run.throwIfStopped()
      throw Failure(status: 1, message: "\(doc.file): error: cannot solve the scenario: \(error)")
    }
    var report = ReplayReport(document: doc, solved: solved, shouldContinue: run.control.shouldContinue)
    if !report.rounds.isEmpty {
      report.compare(baselinesOf: doc.scenario, against: others, shouldContinue: run.control.shouldContinue)
    }
    output(json ? report.json().rendered() : report.render())
    try run.throwIfStopped()
  }
}
