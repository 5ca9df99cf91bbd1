import BrinkCore

/// The checks of conditions: every name a condition reads is a variable, and a
/// condition can hold in some round where it is read (a window that never opens is
/// a mistake: `date >= 2025-11-03 and date < 2025-11-01`, or a date outside the
/// rounds it can apply in).
extension ScenarioValidator {
  /// - Parameter rounds: the rounds (from 0) in which the condition is read; `nil`
  ///   when it is read in none. Found in time independent of the range's length
  ///   (`Condition.firstRoundItCanHold`), so `check` stays linear in the file.
  func checkCondition(_ w: WhenSyntax, context: String, rounds: ClosedRange<Int>?) {
    let names = w.condition.variableNames
    for name in names { checkVariable(name, context: " in the condition of \(context)") }
    guard names.allSatisfy({ isVariable($0.value) }), let rounds else { return }
    let model = w.condition.model { name in self.names.variables[name] ?? 0 }
    let cal = horizon
    if model.firstRoundItCanHold(in: rounds, calendar: cal) == nil {
      let first = cal.date(ofRound: rounds.lowerBound), last = cal.date(ofRound: rounds.upperBound)
      let span = rounds.count == 1 ? "in the round of \(first)" : "in any round it is read (from \(first) to \(last))"
      sink.error(at: w.text.location, "the condition of \(context) can never hold \(span)", length: w.text.length,
                 notes: ["'date' is the first day of the round"])
    }
  }

  /// `available_when` with `otherwise`: a known, different state.
  func checkAvailability(_ state: StateSyntax) {
    let what = "state '\(state.id.value)'"
    if let w = state.availableWhen { checkCondition(w, context: what, rounds: 0...horizon.rounds) }
    if let o = state.otherwise, checkState(reference: o, context: " in 'otherwise' of \(what)") != nil, o.value == state.id.value {
      sink.error(at: o.location, "\(what) cannot be its own 'otherwise'", length: o.length)
    }
  }
}

/// Transition probabilities written as expressions of the variables
/// (`decoupling: 1/100 + risk/20`).
extension ScenarioValidator {
  /// The expressions read known variables; the probabilities sum to exactly 1
  /// whatever the variables; each is in [0, 1] at the initial values (elsewhere the
  /// round's rule clamps it: `Transition.evaluated(at:)`).
  func checkProbabilityExpressions(_ next: NextSyntax, key: JointKeySyntax, what: String) {
    let context = " after '\(key.text.value)' in \(what)"
    for e in next.expressions.compactMap({ $0 }) { checkExpression(e, context: context) }
    let known = next.expressions.allSatisfy { $0?.terms.allSatisfy { isVariable($0.variable.value) } ?? true }
    guard known, next.complete else { return }
    var constant = Rational.zero, coefficients = [String: Rational](), order = [String]()
    for (k, o) in next.outcomes.enumerated() {
      constant += o.probability.value
      for t in next.expressions[k]?.terms ?? [] {
        if coefficients[t.variable.value] == nil { order.append(t.variable.value) }
        coefficients[t.variable.value, default: .zero] += t.coefficient
      }
    }
    let left = order.filter { !coefficients[$0]!.isZero }
    if constant != .one || !left.isEmpty {
      let terms = left.map { " \(coefficients[$0]!.signum < 0 ? "-" : "+") \(coefficients[$0]!.magnitude)*\($0)" }.joined()
      sink.error(at: next.location, "the probabilities\(context) sum to \(constant)\(terms), not 1",
                 notes: ["with expressions, the probabilities must sum to 1 whatever the variables: write the last one as 1 minus the others"])
      return
    }
    let initial = Dictionary(uniqueKeysWithValues: s.variables.map { ($0.id.value, $0.initial?.value ?? .zero) })
    for (k, o) in next.outcomes.enumerated() {
      guard let e = next.expressions[k] else { continue }
      let value = e.terms.reduce(e.constant) { $0 + $1.coefficient * initial[$1.variable.value]! }
      if value < .zero || value > .one {
        sink.error(at: e.location, "the probability of '\(o.state.value)'\(context) is \(value) at the initial values, outside [0, 1]", length: o.probability.length)
      }
    }
  }
}
