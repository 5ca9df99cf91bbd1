/// When a rule of the scenario applies: a transition, an event, a shock, or a state
/// being open. A Boolean formula over comparisons of the round's date with a fixed
/// day, and of affine expressions of the variables with each other.
///
/// Conditions are what make a window *close*: the Trump–Xi summit could happen only
/// during the APEC week (issue 13), and a one-shot event cannot say "and never again".
/// A condition is read on a node (`LadderNode`) and its round, so the exact ladder,
/// the compile step and hand play all see the same answer (`ScenarioRound` evaluates
/// them, once).
///
/// Edge cases: `and([])` holds, `or([])` does not. A comparison of expressions is
/// exact (rational arithmetic), so `risk == 1/3` means exactly one third.
public indirect enum Condition: Sendable, Hashable {
  /// `date REL day`: the first day of the round compared with `day`.
  case date(Relation, CalendarDate)
  /// `expression REL 0`: an affine expression of the variables (both sides of the
  /// written comparison moved to the left).
  case compare(PayoffExpression, Relation)
  case not(Condition)
  case and([Condition])
  case or([Condition])

  /// `<`, `<=`, `>`, `>=`, `==`, `!=`.
  public enum Relation: String, Sendable, Hashable, CaseIterable {
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="

    /// Whether `l REL r`.
    public func holds<T: Comparable>(_ l: T, _ r: T) -> Bool {
      switch self {
      case .less: l < r
      case .lessOrEqual: l <= r
      case .greater: l > r
      case .greaterOrEqual: l >= r
      case .equal: l == r
      case .notEqual: l != r
      }
    }
  }

  /// Whether the condition holds in a round whose first day is `date`, at the
  /// variable values `values` (indexed like the scenario's variables).
  public func holds(on date: CalendarDate, values: [Rational]) -> Bool {
    switch self {
    case .date(let r, let day): r.holds(date, day)
    case .compare(let e, let r): r.holds(e.evaluate(values), .zero)
    case .not(let c): !c.holds(on: date, values: values)
    case .and(let list): list.allSatisfy { $0.holds(on: date, values: values) }
    case .or(let list): list.contains { $0.holds(on: date, values: values) }
    }
  }

  /// Whether the condition can hold in a round starting on `date`, whatever the
  /// variables are: Kleene's three-valued reading, a comparison of variables being
  /// "unknown". `false` means never; `brink check` reports a window that is never
  /// open within the calendar this way.
  public func canHold(on date: CalendarDate) -> Bool { kleene(on: date) != false }

  /// `true`/`false` when the date alone decides; `nil` when variables could.
  func kleene(on date: CalendarDate) -> Bool? {
    switch self {
    case .date(let r, let day): return r.holds(date, day)
    case .compare(let e, let r): return e.isConstant ? r.holds(e.constant, .zero) : nil
    case .not(let c): return c.kleene(on: date).map { !$0 }
    case .and(let list):
      let v = list.map { $0.kleene(on: date) }
      if v.contains(false) { return false }
      return v.allSatisfy { $0 == true } ? true : nil
    case .or(let list):
      let v = list.map { $0.kleene(on: date) }
      if v.contains(true) { return true }
      return v.allSatisfy { $0 == false } ? false : nil
    }
  }

  /// Whether some comparison reads the date.
  public var readsDate: Bool {
    switch self {
    case .date: true
    case .compare: false
    case .not(let c): c.readsDate
    case .and(let l), .or(let l): l.contains { $0.readsDate }
    }
  }

  /// The variables (indices) some comparison reads.
  public var variables: Set<Int> {
    switch self {
    case .date: []
    case .compare(let e, _): Set(e.terms.filter { !$0.coefficient.isZero }.map(\.variable))
    case .not(let c): c.variables
    case .and(let l), .or(let l): l.reduce(into: Set<Int>()) { $0.formUnion($1.variables) }
    }
  }
}

/// A state that is open only while a condition holds (`available_when:` in a file):
/// a path that would be in it while the condition fails is in `otherwise` instead.
public struct StateAvailability: Sendable, Hashable {
  public var condition: Condition
  /// The state index the game goes to instead.
  public var otherwise: Int

  public init(condition: Condition, otherwise: Int) {
    self.condition = condition
    self.otherwise = otherwise
  }
}

/// A transition that applies only while `condition` holds (`when:` on a transition
/// entry); checked, in order, before the joint move's default `transition`.
public struct GuardedTransition: Sendable, Hashable {
  public var condition: Condition
  public var transition: Transition

  public init(condition: Condition, transition: Transition) {
    self.condition = condition
    self.transition = transition
  }
}
