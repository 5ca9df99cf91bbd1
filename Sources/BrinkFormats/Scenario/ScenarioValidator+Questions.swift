import BrinkCore

/// The checks of `as_of:` and `questions:`: names resolve, `by`/`at` lie in the
/// calendar, a question's condition can hold where it is read, and nothing the
/// model is calibrated on, nor any resolution, contradicts the date the forecast is
/// made as of (a forecast fixed after its outcome is known is no forecast).
extension ScenarioValidator {
  func checkQuestions() {
    let cal = horizon
    var seen = Set<String>()
    for q in s.questions {
      let what = "question '\(q.id.value)'"
      if !seen.insert(q.id.value).inserted {
        sink.error(at: q.id.location, "\(what) is listed twice", length: q.id.length)
      }
      for st in q.states { _ = checkState(reference: st, context: " in 'in' of \(what)") }
      var last = cal.rounds
      for c in [q.by, q.at].compactMap({ $0 }) {
        if let k = c.value.checkpoint(in: cal) {
          last = k
        } else {
          sink.error(at: c.location, "\(describe(c.value)) in \(what) is outside the calendar (\(cal.start) to \(cal.end), \(cal.rounds) rounds; 'end' is after the last round)",
                     length: c.length)
        }
      }
      if let w = q.when {
        checkCondition(w, context: what, rounds: q.at != nil ? last...last : 0...last)
      }
      if let r = q.resolution, let d = r.date, let asOf = s.asOf, d.value < asOf.value {
        sink.error(at: d.location, "\(what) resolved on \(d.value), before the forecast is made (as_of: \(asOf.value)): its outcome was already known",
                   length: d.length, notes: ["fix questions before their outcome is known; or move 'as_of' earlier"])
      }
    }
    checkAsOf()
  }

  func describe(_ c: CheckpointSyntax) -> String {
    switch c {
    case .round(let k): "round \(k)"
    case .date(let d): "\(d)"
    case .end: "'end'"
    }
  }

  /// Every source a parameter of the model cites (variables, states, events,
  /// shocks) is dated no later than `as_of`, when the source has a date.
  func checkAsOf() {
    guard let asOf = s.asOf else { return }
    var citing = [(String, String)]()
    for v in s.variables { if let t = v.source { citing.append(("variable '\(v.id.value)'", t)) } }
    for st in s.states { if let t = st.source { citing.append(("state '\(st.id.value)'", t)) } }
    for e in s.events { if let t = e.source { citing.append(("event '\(e.name.value)'", t)) } }
    for sh in s.shocks { if let t = sh.source { citing.append(("shock '\(sh.name.value)'", t)) } }
    for (who, text) in citing {
      for id in Self.citedIDs(text) {
        guard let src = s.sources.first(where: { $0.id.value == id }), let d = src.date, d.value > asOf.value else { continue }
        sink.error(at: d.location, "source '\(id)' is dated \(d.value), after the forecast is made (as_of: \(asOf.value)), but \(who) cites it",
                   length: d.length, notes: ["a model forecasting as of \(asOf.value) may use only what was known by then"])
      }
    }
  }

  /// The source ids a `source:` text cites: its `;`-separated parts, each up to a `:`.
  static func citedIDs(_ text: String) -> [String] {
    text.split(separator: ";").map { part in
      String(part.split(separator: ":", maxSplits: 1).first ?? "").trimmingSpaces
    }.filter { !$0.isEmpty }
  }
}
