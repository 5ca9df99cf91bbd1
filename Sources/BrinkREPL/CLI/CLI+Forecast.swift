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

    public init(file: String?, paths: Int, seed: UInt64, json: Bool, csv: Bool, out: String?) {
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
  public static func forecast(_ o: ForecastOptions, run: Run) throws(Failure) {
    try checkOutputs([("--out", o.out)], inputs: o.file.map { [$0] } ?? [])
    let (doc, _) = try scenario(o.file)
    guard !doc.questions.isEmpty else {
      throw Failure(status: 1, message: "\(doc.file): error: the scenario has no questions (add a 'questions:' block: Docs/scenario-format.md)")
    }
    let report: ForecastReport
    do {
      let solved = try EscalationSolver.solve(doc.scenario, shouldContinue: run.control.shouldContinue)
      report = try ForecastReport(document: doc, solved: solved, paths: o.paths, seed: o.seed,
                                  shouldContinue: run.control.shouldContinue)
    } catch {
      try run.throwIfStopped()
      throw Failure(status: 1, message: "\(doc.file): error: cannot forecast the scenario: \(error)")
    }
    try SimulationSetup.emit(o.json ? report.json() : o.csv ? report.csv() : report.text(), to: o.out)
  }
}
