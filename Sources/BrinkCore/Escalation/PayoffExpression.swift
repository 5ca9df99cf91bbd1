/// A payoff that may depend on the state variables, kept linear on purpose:
/// `constant + Σ coefficient × variable`.
///
/// Linear payoffs are enough for "each point of tariff costs 1/10" and keep solving
/// exact. Variables are evaluated at the start of the round in which the payoff is paid.
public struct PayoffExpression: Sendable, Hashable {
  public var constant: Rational
  public var terms: [Term]

  public struct Term: Sendable, Hashable {
    /// An index into `EscalationScenario.variables`.
    public var variable: Int
    public var coefficient: Rational
    public init(variable: Int, coefficient: Rational) {
      self.variable = variable
      self.coefficient = coefficient
    }
  }

  public init(_ constant: Rational, terms: [Term] = []) {
    self.constant = constant
    self.terms = terms
  }

  public init(_ constant: Int) { self.init(Rational(constant)) }

  /// True when no variable is referenced.
  public var isConstant: Bool { terms.allSatisfy { $0.coefficient.isZero } }

  /// The value for the given variable values (indexed like the scenario's variables).
  /// - Precondition: every term's variable is a valid index into `values`.
  public func evaluate(_ values: [Rational]) -> Rational {
    terms.reduce(constant) { $0 + $1.coefficient * values[$1.variable] }
  }
}

extension PayoffExpression: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self.init(Rational(value)) }
}
