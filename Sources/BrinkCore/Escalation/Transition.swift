/// Where a joint move leads: a probability distribution over next states
/// (a sure transition is a distribution with one entry). Chance in transitions is
/// Schelling's "threat that leaves something to chance" (*The Strategy of
/// Conflict*, 1960, ch. 8).
public struct Transition: Sendable, Hashable {
  /// `(state index, probability)`; probabilities are positive and sum to 1.
  public var outcomes: [Branch]

  public struct Branch: Sendable, Hashable {
    public var state: Int
    public var probability: Rational
    /// When set, the probability is this affine expression of the variables, read
    /// at the node (`ScenarioRound.transition(at:_:_:)`, which evaluates it);
    /// `probability` is then its value at the scenario's initial values.
    public var expression: PayoffExpression?
    public init(state: Int, probability: Rational, expression: PayoffExpression? = nil) {
      self.state = state
      self.probability = probability
      self.expression = expression
    }
  }

  public init(_ outcomes: [Branch]) { self.outcomes = outcomes }

  /// Sure transition to `state`.
  public static func to(_ state: Int) -> Transition {
    Transition([Branch(state: state, probability: .one)])
  }

  /// A lottery over states, e.g. `.lottery([(3, Rational(1, 4)), (5, Rational(3, 4))])`.
  public static func lottery(_ pairs: [(Int, Rational)]) -> Transition {
    Transition(pairs.map { Branch(state: $0.0, probability: $0.1) })
  }

  /// Whether the probabilities are positive and sum to exactly 1; with expressions,
  /// whether they sum to exactly 1 whatever the variables (the constants to 1, each
  /// variable's coefficients to 0).
  public var isDistribution: Bool {
    guard !outcomes.isEmpty else { return false }
    guard hasExpressions else {
      return outcomes.allSatisfy { $0.probability.signum > 0 }
        && outcomes.reduce(Rational.zero) { $0 + $1.probability } == .one
    }
    return symbolicSum.constant == .one && symbolicSum.isConstant
  }
}
