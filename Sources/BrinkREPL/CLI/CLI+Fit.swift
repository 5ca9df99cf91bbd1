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
  public static func fit(files: [String], out: String?, run: Run) throws(Failure) {
    var docs = [(doc: ScenarioDocument, text: String)]()
    for file in files { docs.append(try scenario(file)) }
    let records = docs.map { ReplayReport.record(of: $0.doc, horizon: $0.doc.scenario.calendar.rounds) }
    let cases = zip(docs, records).map { LogitFit.Case(scenario: $0.doc.scenario, path: $1) }
    let estimate: LogitFit.Estimate
    do {
      estimate = try LogitFit.fit(cases, shouldContinue: run.control.shouldContinue)
    } catch {
      try run.throwIfStopped()
      throw Failure(status: 1, message: "error: cannot fit λ: \(error.description(names: docs.map(\.doc.name)))")
    }
    output(FitReport(names: docs.map(\.doc.name), records: records, estimate: estimate).render())
    guard let out, let first = docs.first else { return }
    let lambda = roundedLambda(estimate.lambda)
    var doc = first.doc
    doc.scenario = LogitFit.atLambda(doc.scenario, lambda.doubleValue)
    let patched = ScenarioSourceEdit.patchedAndChecked(first.text, original: first.doc.scenario, edited: doc.scenario)
    do {
      try ScenarioWriter.writeAtomically(patched ?? ScenarioWriter.yaml(doc), to: out)
    } catch {
      throw Failure(status: 1, message: "\(out): error: cannot write: \(error)")
    }
    let how = patched == nil ? ", rewritten in full (the comments were not kept)" : ", comments kept"
    output("Wrote \(out): \(doc.name) with lambda \(lambda.decimalString(places: 12)) for the optimising players\(how).")
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
