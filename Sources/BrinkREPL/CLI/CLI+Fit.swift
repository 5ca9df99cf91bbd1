import BrinkCore
import BrinkFormats

extension CLI {
  /// `brink fit FILE... [--out FILE]`: the maximum-likelihood logit precision λ over
  /// the scripted rounds of the given scenarios (`LogitFit`), with its standard
  /// error; `--out` writes a copy of the first scenario with every optimising
  /// player on the logit model at the fitted λ (rounded to 4 significant digits),
  /// edited in place so that comments stay (`ScenarioSourceEdit`), or written in
  /// full when it cannot be (the message says so). Ctrl-C or `--timeout` stops the
  /// search with status 130 or 124, nothing written.
  public static func fit(files: [String], out: String?, weights names: [String] = [], run: Run) throws(Failure) {
    try checkOutputs([("--out", out)], inputs: files)
    var docs = [(doc: ScenarioDocument, text: String)]()
    for file in files { docs.append(try scenario(file)) }
    let records = docs.map { ReplayReport.record(of: $0.doc, horizon: $0.doc.scenario.calendar.rounds) }
    let cases = zip(docs, records).map { LogitFit.Case(scenario: $0.doc.scenario, path: $1) }
    let free = try freeWeights(names, in: docs.map(\.doc))
    let report: FitReport
    var fittedWeights = [Double]()
    do {
      if free.isEmpty {
        let estimate = try LogitFit.fit(cases, shouldContinue: run.control.shouldContinue)
        report = FitReport(names: docs.map(\.doc.name), records: records, estimate: estimate)
      } else {
        let joint = try LogitFit.fit(cases, weights: free, shouldContinue: run.control.shouldContinue)
        fittedWeights = joint.weights
        report = FitReport(names: docs.map(\.doc.name), records: records, joint: joint, weightNames: free.map(\.name))
      }
    } catch {
      try run.throwIfStopped()
      throw Failure(status: 1, message: "error: cannot fit λ: \(error.description(names: docs.map(\.doc.name)))")
    }
    output(report.render())
    guard let out, let first = docs.first else { return }
    let lambda = roundedLambda(report.estimate.lambda)
    let fitted = free.enumerated().compactMap { k, f in f.places[0].map { (f, $0, rounded(fittedWeights[k])) } }
    var doc = first.doc
    for (_, place, value) in fitted { doc.scenario = place.parameter.applying(value, to: doc.scenario, point: place.point) }
    doc.scenario = LogitFit.atLambda(doc.scenario, lambda.doubleValue)
    // The weights in place first, then λ on that text.
    var patched: String?
    if let text = ScenarioSourceEdit.patchedWeights(first.text, changes: fitted.map { f, place, value in
      let parts = f.name.split(separator: ".").map(String.init)
      return (parts[0], parts[1], value - place.point)
    }), let middle = try? ScenarioReader.read(text, file: out) {
      patched = ScenarioSourceEdit.patchedAndChecked(text, original: middle.scenario, edited: doc.scenario)
    }
    do {
      try ScenarioWriter.writeAtomically(patched ?? ScenarioWriter.yaml(doc), to: out)
    } catch {
      throw Failure(status: 1, message: "\(out): error: cannot write: \(error)")
    }
    let how = patched == nil ? ", rewritten in full (the comments were not kept)" : ", comments kept"
    let weightText = fitted.map { f, _, value in ", weight \(f.name) \(value.decimalString(places: 12))" }.joined()
    output("Wrote \(out): \(doc.name) with lambda \(lambda.decimalString(places: 12)) for the optimising players\(weightText)\(how).")
  }

  /// `--weight PLAYER.VARIABLE` resolved in each scenario (`nil` where a scenario
  /// lacks the player or the variable); an error when no scenario has it.
  static func freeWeights(_ names: [String], in docs: [ScenarioDocument]) throws(Failure) -> [LogitFit.FreeWeight] {
    var out = [LogitFit.FreeWeight]()
    for name in names {
      let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw Failure(status: 1, message: "error: --weight takes PLAYER.VARIABLE (a player's payoff weight on a variable), not '\(name)'")
      }
      var reasons = [String]()
      let places = docs.map { doc -> (parameter: ScenarioParameter, point: Rational)? in
        switch doc.parameter(["weight"] + parts) {
        case .success(let (p, point)): return (p, point)
        case .failure(let e):
          let hint = parts.indices.contains(e.word - 1) ? Suggestions.didYouMean(parts[e.word - 1], in: e.known) : nil
          let said = hint.map { " (\($0))" } ?? ""
          reasons.append("\(doc.name): \(e.message)\(said)")
          return nil
        }
      }
      guard places.contains(where: { $0 != nil }) else {
        throw Failure(status: 1, message: "error: no scenario has the weight '\(name)': " + reasons.joined(separator: "; "))
      }
      if out.contains(where: { $0.name == name }) { continue }
      out.append(LogitFit.FreeWeight(name: name, places: places))
    }
    return out
  }

  /// A weight to 4 significant digits, exactly as a decimal.
  static func rounded(_ x: Double) -> Rational {
    x < 0 ? -roundedLambda(-x) : x == 0 ? .zero : roundedLambda(x)
  }

  /// λ to 4 significant digits, exactly as a decimal.
  static func roundedLambda(_ lambda: Double) -> Rational {
    var places = 3
    var x = lambda
    while x < 1 && places < 12 { x *= 10; places += 1 }
    while x >= 10 && places > 0 { x /= 10; places -= 1 }
    return Rational(Rational(approximating: lambda).decimalString(places: places)) ?? Rational(approximating: lambda)
  }
}

extension LogitFit.Failure {
  /// The failure with the scenario's name in place of its number.
  func description(names: [String]) -> String {
    switch self {
    case .impossible(let c) where c < names.count:
      return "\(names[c])'s record is impossible at every λ tried (a rule-following player's recorded move, or chance, rules it out)"
    case .cannotSolve(let c, let why) where c < names.count: return "cannot solve \(names[c]): \(why)"
    default: return description
    }
  }
}
