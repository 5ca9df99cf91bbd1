import BrinkCore

/// The checks of conditions: every name a condition reads is a variable, and a
/// condition can hold in some round where it is read (a window that never opens is
/// a mistake: `date >= 2025-11-03 and date < 2025-11-01`, or a date outside the
/// rounds it can apply in).
extension ScenarioValidator {
  /// - Parameter rounds: the rounds (from 0) in which the condition is read.
  func checkCondition(_ w: WhenSyntax, context: String, rounds: [Int]) {
    let names = w.condition.variableNames
    for name in names { checkVariable(name, context: " in the condition of \(context)") }
    guard names.allSatisfy({ variableIDs.contains($0.value) }), !rounds.isEmpty else { return }
    let model = w.condition.model { name in variableIDs.firstIndex(of: name) ?? 0 }
    let cal = horizon
    if !rounds.contains(where: { model.canHold(on: cal.date(ofRound: $0)) }) {
      let first = cal.date(ofRound: rounds.first!), last = cal.date(ofRound: rounds.last!)
      let span = rounds.count == 1 ? "in the round of \(first)" : "in any round it is read (from \(first) to \(last))"
      sink.error(at: w.text.location, "the condition of \(context) can never hold \(span)", length: w.text.length,
                 notes: ["'date' is the first day of the round"])
    }
  }

  /// `available_when` with `otherwise`: a known, different state.
  func checkAvailability(_ state: StateSyntax) {
    let what = "state '\(state.id.value)'"
    if let w = state.availableWhen { checkCondition(w, context: what, rounds: Array(0...horizon.rounds)) }
    if let o = state.otherwise, checkState(reference: o, context: " in 'otherwise' of \(what)") != nil, o.value == state.id.value {
      sink.error(at: o.location, "\(what) cannot be its own 'otherwise'", length: o.length)
    }
  }
}
