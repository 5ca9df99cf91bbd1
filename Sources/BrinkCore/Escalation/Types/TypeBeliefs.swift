/// Bayes' rule on a player's type after one of its moves, with the rule off the path.
///
/// Beliefs are public: both sides see the same moves and start from the common prior,
/// and types are drawn independently, so one distribution per player,
/// `beliefs[p][θ]` (the chance everybody gives to player `p` being type θ), is the
/// whole belief state; player `q`'s belief about `p` is `beliefs[p]`.
///
/// - On the path: `μ′(θ) = μ(θ)·σ(a | θ) / Σ_θ′ μ(θ′)·σ(a | θ′)` (Fudenberg and Tirole
///   1991, §8.2, condition B(i)), exact.
/// - Off the path (no type that the belief allows plays `a`): the belief is **kept**,
///   `μ′ = μ`: an unexpected move is taken to say nothing about the type (the
///   "passive" conjecture; in a signalling game, the prior). Documented in
///   Docs/signalling.md; the extensive-form check is given the same beliefs.
/// - A type the belief has ruled out (μ(θ) = 0) stays ruled out.
public enum TypeBeliefs {
  /// The posterior of `prior` after a move each type plays with `likelihood[θ]`.
  public static func posterior(_ prior: [Rational], likelihood: [Rational]) -> [Rational] {
    // A certain belief (one type, or a type already revealed) is its own posterior:
    // μ(θ)·σ/σ = 1 where μ(θ) = 1, 0 elsewhere, or μ when σ = 0 (off the path).
    if isCertain(prior) { return prior }
    var joint = zip(prior, likelihood).map { $0 * $1 }
    let total = joint.reduce(Rational.zero, +)
    if total == .zero { return prior }
    for k in joint.indices { joint[k] = joint[k] / total }
    return joint
  }

  /// Whether `belief` puts all weight on one type.
  public static func isCertain(_ belief: [Rational]) -> Bool { belief.contains(.one) }
}
