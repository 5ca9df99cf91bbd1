/// The receiver's best replies as its belief moves, and the payoffs both sides
/// expect; the pieces the enumeration and the intuitive criterion share.
///
/// With two types a belief is one number, `μ` = the probability of `types[0]`,
/// and the receiver's value of each reply is a line in `μ`, so the beliefs at which
/// a set of replies is best is an interval, found exactly by intersecting
/// half-lines.
extension SignallingGame {
  /// The receiver's expected payoff from reply `a` to message `m` at belief `μ`.
  public func receiverValue(_ m: Int, _ a: Int, belief μ: Rational) -> Rational {
    μ * receiverPayoff[0][m][a] + (.one - μ) * receiverPayoff[1][m][a]
  }

  /// The replies to `m` that are best at belief `μ`.
  public func bestReplies(_ m: Int, belief μ: Rational) -> [Int] {
    let values = replies[m].indices.map { receiverValue(m, $0, belief: μ) }
    let best = values.max()!
    return values.indices.filter { values[$0] == best }
  }

  /// The beliefs in [0, 1] at which every reply in `chosen` is a best reply to `m`
  /// (so, for two or more, where the receiver is indifferent among them); nil if none.
  public func beliefInterval(_ m: Int, replies chosen: [Int]) -> ClosedRange<Rational>? {
    var low = Rational.zero, high = Rational.one
    let slope = replies[m].indices.map { receiverPayoff[0][m][$0] - receiverPayoff[1][m][$0] }
    for a in chosen {
      for other in replies[m].indices where other != a {
        // U(a) − U(other) = c + d·μ ≥ 0
        let c = receiverPayoff[1][m][a] - receiverPayoff[1][m][other]
        let d = slope[a] - slope[other]
        if d == .zero {
          if c < .zero { return nil }
        } else if d > .zero {
          low = max(low, -c / d)
        } else {
          high = min(high, -c / d)
        }
      }
    }
    return low <= high ? low...high : nil
  }

  /// Type `t`'s expected payoff from sending `m` when the receiver replies with `mix`.
  public func senderValue(_ t: Int, _ m: Int, _ mix: [Rational]) -> Rational {
    zip(senderPayoff[t][m], mix).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
  }

  /// The receiver's expected payoff, over the prior, under a sender strategy
  /// `strategy[t][m]` and replies `replies[m]`.
  public func receiverExpected(strategy: [[Rational]], replies mixes: [[Rational]]) -> Rational {
    var total = Rational.zero
    for t in types.indices {
      for m in messages.indices where strategy[t][m] != .zero {
        let value = zip(receiverPayoff[t][m], mixes[m]).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
        total += prior[t] * strategy[t][m] * value
      }
    }
    return total
  }

  /// A pure reply as a mixture.
  func pure(_ m: Int, _ a: Int) -> [Rational] {
    replies[m].indices.map { $0 == a ? .one : .zero }
  }
}
