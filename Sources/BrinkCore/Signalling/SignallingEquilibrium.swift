/// One perfect Bayesian equilibrium of a two-type signalling game, with the
/// off-path beliefs that support it, its class and the intuitive criterion's verdict.
///
/// Beliefs are written as the probability of the first type, `types[0]`.
public struct SignallingEquilibrium: Sendable, Hashable {
  /// Pooling: every type sends the same message; separating: each type its own;
  /// semi-separating: some type mixes, so a message is sent by both types but
  /// not always (Gibbons 1992, §4.2.A; Fudenberg and Tirole 1991, §8.2.1).
  public enum Kind: String, Sendable, Hashable {
    case pooling
    case separating
    case semiSeparating = "semi-separating"
  }

  /// A reply that keeps every type from sending an unsent message, and the
  /// beliefs after it at which the reply is a best reply.
  public struct OffPathReply: Sendable, Hashable {
    /// One reply (pure) or two (mixed, at the belief where the receiver is indifferent).
    public var replies: [Int]
    /// The probability of `replies[0]`: `1...1` for a pure reply.
    public var firstProbability: ClosedRange<Rational>
    /// The beliefs (probability of `types[0]`) that make the reply a best reply.
    public var beliefs: ClosedRange<Rational>

    public init(replies: [Int], firstProbability: ClosedRange<Rational>, beliefs: ClosedRange<Rational>) {
      self.replies = replies
      self.firstProbability = firstProbability
      self.beliefs = beliefs
    }

    /// The reply as a mixture over the message's `count` replies, `replies[0]`
    /// played with probability `first`.
    public func mixture(count: Int, first: Rational) -> [Rational] {
      var mix = [Rational](repeating: .zero, count: count)
      mix[replies[0]] = first
      if replies.count > 1 { mix[replies[1]] = .one - first }
      return mix
    }
  }

  /// `strategy[t][m]`: the probability that type `t` sends message `m`.
  public var strategy: [[Rational]]
  /// Whether some type sends each message.
  public var onPath: [Bool]
  /// After each message sent: the receiver's belief (probability of `types[0]`, by
  /// Bayes' rule) and its reply (a mixture over the message's replies).
  /// After a message not sent: the first supporting reply and the lowest belief
  /// that supports it, as a representative.
  public var beliefs: [Rational]
  public var replies: [[Rational]]
  /// After each message not sent, every supporting reply; empty after a sent one.
  public var offPath: [[OffPathReply]]
  /// Each type's expected payoff, and the receiver's (over the prior).
  public var typePayoffs: [Rational]
  public var receiverPayoff: Rational
  public var kind: Kind
  public var intuitive: IntuitiveCriterion.Verdict

  public init(strategy: [[Rational]], onPath: [Bool], beliefs: [Rational], replies: [[Rational]],
              offPath: [[OffPathReply]], typePayoffs: [Rational], receiverPayoff: Rational,
              kind: Kind, intuitive: IntuitiveCriterion.Verdict) {
    self.strategy = strategy
    self.onPath = onPath
    self.beliefs = beliefs
    self.replies = replies
    self.offPath = offPath
    self.typePayoffs = typePayoffs
    self.receiverPayoff = receiverPayoff
    self.kind = kind
    self.intuitive = intuitive
  }
}

/// What `SignallingEquilibria.enumerate` finds.
public struct SignallingAnalysis: Sendable, Hashable {
  public var game: SignallingGame
  public var equilibria: [SignallingEquilibrium]
  /// Ties that make some equilibria sets rather than points, which the list shows
  /// by their pure representatives only (reported, not hidden: Nashpy's habit).
  public var degeneracies: [Degeneracy]

  public enum Degeneracy: Sendable, Hashable {
    /// After `message`, at the belief its senders imply, the receiver is indifferent
    /// among `replies`; only the pure replies are listed.
    case onPathTie(message: Int, replies: [Int])
    /// Type `type`'s indifference between `messages` does not pin the receiver's
    /// mixture (or its own), so a continuum of equilibria is not listed.
    case continuum(type: Int, messages: [Int])
  }
}
