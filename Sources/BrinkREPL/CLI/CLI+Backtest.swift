import BrinkCore
import BrinkFormats

extension CLI {
  /// `brink backtest [FILES…]`: scores every scenario with resolved questions
  /// (`Backtest`) against the baselines; the library's scenarios when no file is
  /// given. A scenario without resolved questions is listed, not solved.
  ///
  /// With `fit`, each scenario is also forecast by the model fitted on the others'
  /// records (`leaveOneOutFits`); with `json`, the report is JSON.
  public static func backtest(files: [String], svg: String?, fit: Bool = false, weights: [String] = [], json: Bool = false,
                              run: Run) throws(Failure) {
    try checkOutputs([("--svg", svg)], inputs: files)
    let paths = files.isEmpty ? ScenarioLibrary.current().scenarioPaths : files
    var docs = [ScenarioDocument]()
    for path in paths { docs.append(try scenario(path).0) }
    let scored = docs.map { $0.questions.contains { $0.resolution != nil } }
    let fits = fit ? try leaveOneOutFits(docs, weights: weights, scored: scored, run: run) : docs.map { _ in (variant: nil, note: "") }
    var cases = [BacktestReport.Case](), skipped = [String]()
    for (k, doc) in docs.enumerated() {
      guard scored[k] else {
        skipped.append(doc.name)
        continue
      }
      do {
        if let b = try Backtest(scenario: doc.scenario, questions: doc.questions, variants: baselines + [fits[k].variant].compactMap { $0 },
                                shouldContinue: run.control.shouldContinue) {
          cases.append(.init(name: doc.name, asOf: doc.asOf, backtest: b, fit: fits[k].note.isEmpty ? nil : fits[k].note))
        }
      } catch {
        try run.throwIfStopped()
        throw Failure(status: 1, message: "\(doc.file): error: cannot backtest the scenario: \(error)")
      }
    }
    let report = BacktestReport(cases: cases, skipped: skipped)
    if let svg {
      do {
        try OutputFile.write(ReliabilityDiagram.svg(report.calibration, title: "Calibration of brink's forecasts"), to: svg)
      } catch {
        diagnose("\(svg): error: cannot write the file: \(error)")
        throw .failed
      }
    }
    output(json ? report.json() : report.text())
  }

  /// The baseline variants every case is scored against (besides the coin): every
  /// `ScenarioBaseline`, the same variants `replay` scores.
  static var baselines: [Backtest.Variant] {
    ScenarioBaseline.allCases.map { b in Backtest.Variant(name: b.rawValue, make: { b.apply(to: $0) }) }
  }
}
