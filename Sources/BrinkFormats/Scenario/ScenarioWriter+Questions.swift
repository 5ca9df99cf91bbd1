import BrinkCore

extension ScenarioWriter {
  /// `questions:`, each `by`/`at` written as a round (or `end`), which reads back
  /// to the same checkpoint.
  static func writeQuestions(_ doc: ScenarioDocument, into w: inout YAMLLines) {
    guard !doc.questions.isEmpty else { return }
    let s = doc.scenario
    let horizon = s.calendar.rounds
    w.line("questions:")
    for q in doc.questions {
      w.line("  - id: \(q.id)")
      w.line("    text: \(quoted(q.text))")
      // A deadline's round `S@NAME` is added on reading wherever `S` is named, so only
      // the named states are written.
      let named = q.states.filter { s.deadlineSource(ofState: $0) == nil }
      if !named.isEmpty { w.line("    in: [" + named.map { s.states[$0].name }.joined(separator: ", ") + "]") }
      if let c = q.condition { w.line("    when: \(condition(c, s))") }
      let mark = q.last == horizon ? "end" : "\(q.last + 1)"
      switch q.reading {
      case .ever where q.last != horizon: w.line("    by: \(mark)")
      case .ever: break
      case .at: w.line("    at: \(mark)")
      }
      if let r = q.resolution {
        var f = ["outcome: \(r.outcome ? "yes" : "no")"]
        if let src = r.source { f.append("source: \(quoted(src))") }
        if let d = r.date { f.append("date: \(d)") }
        w.line("    resolution: {" + f.joined(separator: ", ") + "}")
      }
    }
  }
}
