import BrinkCore

/// A `when:` condition as written, every name and date with its location
/// (`ScenarioParser+Conditions.swift` reads it; Docs/scenario-format.md, "Conditions").
indirect enum ConditionSyntax {
  /// `date REL day` (or `day REL date`, turned round).
  case date(Condition.Relation, Located<CalendarDate>)
  /// `left REL right`, two affine expressions of the variables.
  case compare(ExpressionSyntax, Condition.Relation, ExpressionSyntax)
  case not(ConditionSyntax)
  case and([ConditionSyntax])
  case or([ConditionSyntax])

  /// The model's condition; `index` gives a variable's index by name (the
  /// validator passes a stand-in for unknown names, already reported).
  func model(_ index: (String) -> Int) -> Condition {
    switch self {
    case .date(let r, let day): return .date(r, day.value)
    case .compare(let l, let r, let right):
      var sums = [Int: Rational](), order = [Int]()
      for (t, sign) in l.terms.map({ ($0, Rational.one) }) + right.terms.map({ ($0, -Rational.one) }) {
        let v = index(t.variable.value)
        if sums[v] == nil { order.append(v) }
        sums[v, default: .zero] += sign * t.coefficient
      }
      let terms = order.filter { !sums[$0]!.isZero }.map { PayoffExpression.Term(variable: $0, coefficient: sums[$0]!) }
      return .compare(PayoffExpression(l.constant - right.constant, terms: terms), r)
    case .not(let c): return .not(c.model(index))
    case .and(let l): return .and(l.map { $0.model(index) })
    case .or(let l): return .or(l.map { $0.model(index) })
    }
  }

  /// Every variable name the condition reads, with its location.
  var variableNames: [Located<String>] {
    switch self {
    case .date: []
    case .compare(let l, _, let r): (l.terms + r.terms).map(\.variable)
    case .not(let c): c.variableNames
    case .and(let l), .or(let l): l.flatMap(\.variableNames)
    }
  }
}

/// A condition with the text it was read from (for messages about the whole of it).
struct WhenSyntax {
  var condition: ConditionSyntax
  var text: Located<String>
}
