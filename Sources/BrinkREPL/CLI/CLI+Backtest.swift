import BrinkCore
import BrinkFormats

extension CLI {
  /// `brink backtest [FILES…]`: scores every scenario with resolved questions
  /// (`Backtest`) against the baselines; the library's scenarios when no file is
  /// given. A scenario without resolved questions is listed, not solved.
  public static func backtest(files: [String], svg: String?, run: Run) throws(Failure) {
    try checkOutputs([("--svg", svg)], inputs: files)
    let paths = files.isEmpty ? ScenarioLibrary.current().entries.map(\.path) : files
    var cases = [BacktestReport.Case](), skipped = [String]()
    for path in paths {
      let (doc, _) = try scenario(path)
      guard doc.questions.contains(where: { $0.resolution != nil }) else {
        skipped.append(doc.name)
        continue
      }
      do {
        if let b = try Backtest(scenario: doc.scenario, questions: doc.questions, variants: baselines,
                                shouldContinue: run.control.shouldContinue) {
          cases.append(.init(name: doc.name, asOf: doc.asOf, backtest: b))
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
    output(report.text())
  }

  /// The baseline variants every case is scored against (besides the coin): every
  /// `ScenarioBaseline`, the same variants `replay` scores.
  static var baselines: [Backtest.Variant] {
    ScenarioBaseline.allCases.map { b in Backtest.Variant(name: b.rawValue, make: { b.apply(to: $0) }) }
  }
}
