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
    public init(state: Int, probability: Rational) {
      self.state = state
      self.probability = probability
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

  /// Whether the probabilities are positive and sum to exactly 1.
  public var isDistribution: Bool {
    !outcomes.isEmpty && outcomes.allSatisfy { $0.probability.signum > 0 }
      && outcomes.reduce(Rational.zero) { $0 + $1.probability } == .one
  }
}
