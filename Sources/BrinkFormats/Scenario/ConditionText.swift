import BrinkCore

/// A condition written back as text that `ScenarioParser.condition` reads to the
/// same condition: `date < 2025-11-03`, `us_tariff >= 100`, joined by `and`/`or`/`not`
/// with parentheses around every nested `and`/`or`.
public enum ConditionText {
  public static func text(_ c: Condition, variables: [String]) -> String {
    switch c {
    case .date(let r, let day): return "date \(r.rawValue) \(day)"
    case .compare(let e, let r):
      // Terms on the left, the constant moved to the right: `a - b >= 100`.
      let terms = e.terms.filter { !$0.coefficient.isZero }
      var left = ""
      for t in terms {
        let m = t.coefficient.magnitude
        let term = m == .one ? variables[t.variable] : "\(m)*\(variables[t.variable])"
        left += left.isEmpty ? (t.coefficient.signum < 0 ? "-" : "") + term : (t.coefficient.signum < 0 ? " - " : " + ") + term
      }
      return "\(left.isEmpty ? "0" : left) \(r.rawValue) \(-e.constant)"
    case .not(let inner): return "not " + nested(inner, variables)
    case .and(let l): return l.isEmpty ? "0 == 0" : l.map { nested($0, variables) }.joined(separator: " and ")
    case .or(let l): return l.isEmpty ? "0 != 0" : l.map { nested($0, variables) }.joined(separator: " or ")
    }
  }

  static func nested(_ c: Condition, _ variables: [String]) -> String {
    switch c {
    case .and, .or, .not: "(" + text(c, variables: variables) + ")"
    default: text(c, variables: variables)
    }
  }
}
