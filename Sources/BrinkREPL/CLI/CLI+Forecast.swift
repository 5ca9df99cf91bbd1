import BrinkCore
import BrinkFormats

extension CLI {
  /// What `brink forecast` was asked for.
  public struct ForecastOptions {
    public var file: String?
    /// Monte Carlo paths beside the exact answers; 0 for none.
    public var paths: Int
    public var seed: UInt64
    public var json: Bool
    public var csv: Bool
    public var out: String?
    /// Draws of the priors for a band beside each answer; 0 for none.
    public var uncertainty: Int

    public init(file: String?, paths: Int, seed: UInt64, json: Bool, csv: Bool, out: String?, uncertainty: Int = 0) {
      self.uncertainty = uncertainty
      self.file = file
      self.paths = paths
      self.seed = seed
      self.json = json
      self.csv = csv
      self.out = out
    }
  }

  /// `brink forecast FILE`: solves the scenario and prints each question's
  /// probability (`ForecastReport`). A scenario without questions is an error (status 1).
  /// With `--uncertainty N`, N draws of the scenario's priors each solved exactly
  /// (`UncertainForecast`) give each answer a band; a stop during the draws reports
  /// the draws finished, then ends with status 124 or 130.
  public static func forecast(_ o: ForecastOptions, run: Run) throws(Failure) {
    try checkOutputs([("--out", o.out)], inputs: o.file.map { [$0] } ?? [])
    let (doc, _) = try scenario(o.file)
    guard !doc.questions.isEmpty else {
      throw Failure(status: 1, message: "\(doc.file): error: the scenario has no questions (add a 'questions:' block: Docs/scenario-format.md)")
    }
    if o.uncertainty > 0 && doc.priors.isEmpty {
      throw Failure(status: 1, message: "\(doc.file): error: --uncertainty needs priors, and the scenario has none (add a 'priors:' block: Docs/scenario-format.md)")
    }
    var report: ForecastReport
    do {
      let solved = try EscalationSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
      report = try ForecastReport(document: doc, solved: solved, paths: o.paths, seed: o.seed,
                                  shouldContinue: run.control.shouldContinue)
    } catch {
      try run.throwIfStopped()
      throw Failure(status: 1, message: "\(doc.file): error: cannot forecast the scenario: \(error)")
    }
    var stopped: Failure?
    if o.uncertainty > 0 {
      do {
        let u = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: o.uncertainty,
                                      seed: o.seed, shouldContinue: run.control.shouldContinue, progress: run.control.progress)
        run.clearProgress()
        stopped = run.stop.map { run.failure($0, detail: ": reporting the \(u.answers.count) draws finished of \(u.requested)") }
        if let message = stopped?.message { diagnose(message) }
        if u.answers.isEmpty, let stopped { throw stopped }
        report = report.adding(u)
      } catch let failure as Failure {
        throw failure
      } catch {
        throw Failure(status: 1, message: "\(doc.file): error: cannot forecast a draw of the priors: \(error)")
      }
    }
    try SimulationSetup.emit(o.json ? report.json() : o.csv ? report.csv() : report.text(), to: o.out)
    if let stopped { throw Failure(status: stopped.status) }
  }
}
