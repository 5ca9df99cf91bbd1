/// A quantity the crisis moves and the runs report: the average US tariff on
/// Chinese goods, whether rare-earth controls are in force, and so on.
public struct StateVariable: Sendable, Hashable {
  public var name: String
  public var initial: Rational
  /// For display only, e.g. `%` or `flag`.
  public var unit: String

  public init(name: String, initial: Rational = .zero, unit: String = "") {
    self.name = name
    self.initial = initial
    self.unit = unit
  }
}

/// A change to one variable, made by a joint move, an event or a shock.
public struct VariableEffect: Sendable, Hashable {
  /// An index into `EscalationScenario.variables`.
  public var variable: Int
  public var operation: Operation

  public enum Operation: Sendable, Hashable {
    case set(Rational)
    case add(Rational)
  }

  public init(variable: Int, _ operation: Operation) {
    self.variable = variable
    self.operation = operation
  }

  /// Applies the effect to `values` in place.
  public func apply(to values: inout [Rational]) {
    switch operation {
    case .set(let v): values[variable] = v
    case .add(let d): values[variable] += d
    }
  }
}

extension Array where Element == VariableEffect {
  /// The values after applying every effect in order.
  public func applied(to values: [Rational]) -> [Rational] {
    var v = values
    for e in self { e.apply(to: &v) }
    return v
  }
}
