/// The intuitive criterion of Cho and Kreps ("Signaling Games and Stable
/// Equilibria", *Quarterly Journal of Economics* 102(2), 1987, pp. 179–221), for
/// an equilibrium of a signalling game, exact.
///
/// For each message `m` nobody sends in the equilibrium, with `u*(t)` type `t`'s
/// equilibrium payoff:
/// 1. `BR(T, m)`: the replies to `m` that are best for some belief over all types;
/// 2. `D(m)`: the types for which `m` is *equilibrium-dominated*, i.e.
///    `max over a in BR(T, m) of u(t, m, a) < u*(t)`: whatever the receiver
///    believed, sending `m` could not pay; the receiver should not think them the sender;
/// 3. `J = T − D(m)`; if `J` is empty the test puts no restriction;
/// 4. the equilibrium fails if some `t` in `J` gets more than `u*(t)` from every
///    reply that is best for some belief over `J` only:
///    `min over a in BR(J, m) of u(t, m, a) > u*(t)`.
///
/// Mixed replies need no separate case: a payoff linear in the mixture has its
/// maximum and minimum at pure best replies.
public enum IntuitiveCriterion {
  public enum Verdict: Sendable, Hashable {
    case passes
    /// After `message`, the `eliminated` types could not gain whatever the
    /// receiver believed; believing them absent, the receiver replies with one of
    /// `replies`, each of which gives `type` at least `deviationPayoff`, more than
    /// its equilibrium payoff.
    case fails(message: Int, eliminated: [Int], type: Int, replies: [Int], deviationPayoff: Rational)

    public var passes: Bool { self == .passes }
  }

  /// The verdict for an equilibrium with type payoffs `payoffs` that sends the
  /// messages marked in `onPath`. Two types (beliefs are one number).
  public static func test(_ game: SignallingGame, payoffs: [Rational], onPath: [Bool]) -> Verdict {
    for m in game.messages.indices where !onPath[m] {
      let eliminated = self.eliminated(game, payoffs: payoffs, message: m)
      let remaining = game.types.indices.filter { !eliminated.contains($0) }
      guard !remaining.isEmpty, !eliminated.isEmpty else { continue }
      // Beliefs on `remaining` only: one type left (two types in all) is a point.
      let plausible = remaining.count == 1
        ? game.bestReplies(m, belief: remaining[0] == 0 ? .one : .zero) : plausibleReplies(game, message: m)
      for t in remaining {
        let worst = plausible.map { game.senderPayoff[t][m][$0] }.min()!
        if worst > payoffs[t] {
          return .fails(message: m, eliminated: eliminated, type: t, replies: plausible, deviationPayoff: worst)
        }
      }
    }
    return .passes
  }

  /// Step 1: the replies to `m` that are best for some belief, `BR(T, m)`.
  public static func plausibleReplies(_ game: SignallingGame, message m: Int) -> [Int] {
    game.replies[m].indices.filter { game.beliefInterval(m, replies: [$0]) != nil }
  }

  /// The most type `t` can get by sending `m`, over the replies in `BR(T, m)`.
  public static func bestDeviation(_ game: SignallingGame, type t: Int, message m: Int) -> Rational {
    plausibleReplies(game, message: m).map { game.senderPayoff[t][m][$0] }.max()!
  }

  /// Step 2: `D(m)`, the types for which `m` is equilibrium-dominated.
  public static func eliminated(_ game: SignallingGame, payoffs: [Rational], message m: Int) -> [Int] {
    game.types.indices.filter { bestDeviation(game, type: $0, message: m) < payoffs[$0] }
  }
}
