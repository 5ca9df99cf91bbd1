import BrinkCore
import BrinkFormats

extension CLI {
  /// `backtest --fit`: for each scenario, the model with λ (and the `--weight`
  /// weights) fitted on the OTHER scenarios' records, leave-one-scenario-out
  /// (Stone, "Cross-validatory choice and assessment of statistical predictions",
  /// *JRSS B* 36(2), 1974): a case's own record and resolutions never inform its
  /// fitted forecast, so the fitted model's score on it is an honest test of the fit.
  /// The fitted model is one more forecaster of the case (`Backtest.Variant`
  /// "fitted"), scored beside the judgement model and the baselines.
  ///
  /// - Returns: per document, the variant (nil when the others cannot be fitted)
  ///   and a line saying what it was fitted on.
  static func leaveOneOutFits(_ docs: [ScenarioDocument], weights names: [String], scored: [Bool],
                              run: Run) throws(Failure) -> [(variant: Backtest.Variant?, note: String)] {
    let records = docs.map { ReplayReport.record(of: $0, horizon: $0.scenario.calendar.rounds) }
    let free = try freeWeights(names, in: docs)
    var out = [(variant: Backtest.Variant?, note: String)]()
    for i in docs.indices {
      guard scored[i] else { out.append((nil, "")); continue }
      let others = docs.indices.filter { $0 != i && records[$0].contains { $0.moves.contains { $0 != nil } } }
      guard !others.isEmpty else {
        out.append((nil, "fitted: no other scenario has a record to fit on"))
        continue
      }
      let cases = others.map { LogitFit.Case(scenario: docs[$0].scenario, path: records[$0]) }
      let otherNames = others.map { docs[$0].name }
      let freeHere = free.map { f in LogitFit.FreeWeight(name: f.name, places: others.map { f.places[$0] }) }
      let lambda: Double, weights: [Double], errors: [Double?]
      do throws(LogitFit.Failure) {
        if freeHere.isEmpty {
          let e = try LogitFit.fit(cases, shouldContinue: run.control.shouldContinue)
          (lambda, weights, errors) = (e.lambda, [], [e.standardError])
        } else {
          let e = try LogitFit.fit(cases, weights: freeHere, shouldContinue: run.control.shouldContinue)
          (lambda, weights, errors) = (e.lambda, e.weights, e.standardErrors ?? Array(repeating: nil, count: freeHere.count + 1))
        }
      } catch {
        try run.throwIfStopped()
        out.append((nil, "fitted: cannot fit on \(BacktestReport.list(otherNames)): \(error.description(names: otherNames))"))
        continue
      }
      func text(_ x: Double, _ se: Double?) -> String { ReportNumber.fixed(x, 4) + (se.map { " ± \(ReportNumber.fixed($0, 4))" } ?? "") }
      var note = "fitted on \(BacktestReport.list(otherNames)): λ = \(text(lambda, errors[0]))"
      let places = free.map { $0.places[i] }
      for (k, f) in free.enumerated() {
        note += ", weight \(f.name) = \(text(weights[k], errors[k + 1]))" + (places[k] == nil ? " (not in this scenario)" : "")
      }
      let values = weights.map { Rational(approximating: $0) }
      let variant = Backtest.Variant(name: "fitted") { s in
        var s = s
        for (k, place) in places.enumerated() {
          if let place { s = place.parameter.applying(values[k], to: s, point: place.point) }
        }
        return LogitFit.atLambda(s, lambda)
      }
      out.append((variant, note))
    }
    return out
  }
}
