/// The record's likelihood under the perfect Bayesian equilibrium, as scores
/// (`PathScore`): the log-likelihood and each round's surprise, split into the
/// players' decisions and chance, exactly as for a scenario without types
/// (`PathScore`'s header), so the two compare in one table (`RecordScoring`).
///
/// A round's probability given the earlier ones is `D_t · C_t` (`ReplayRound.probability`):
/// `D_t = chances[0] · chances[1]`, each move's chance averaged over its player's
/// types by the public belief at the round's start (types are drawn independently
/// and each belief is updated on its own player's moves only, so the beliefs stay a
/// product and the two moves are independent given them; Fudenberg and Tirole 1991,
/// §8.2), and `C_t` the chance of the recorded next state. The record's probability
/// is the product over the rounds (the chain rule), so its log-likelihood is the sum
/// of the rounds' logarithms.
///
/// Postconditions: as `PathScore`'s; the exact probability is the product of the
/// rounds' exact probabilities.
extension TypedSolution {
  /// The score of `rounds` (from `replay(_:)`), or `nil` when they are empty. Rounds
  /// after one the equilibrium rules out are `nil`, as in `PathScore`.
  public func score(_ rounds: [ReplayRound]) -> PathScore? {
    guard !rounds.isEmpty else { return nil }
    var exact = Rational.one
    var scored = [PathScore.Round?]()
    for r in rounds {
      guard !exact.isZero else {
        scored.append(nil)
        continue
      }
      let decisions = r.chances[0] * r.chances[1]
      let p = decisions * r.transition
      exact *= p
      scored.append(PathScore.Round(surprise: p.isZero ? .infinity : -p.log2,
                                    decisions: decisions.isZero ? .infinity : -decisions.log2,
                                    chance: decisions.isZero ? nil : (r.transition.isZero ? .infinity : -r.transition.log2)))
    }
    return PathScore(logLikelihood: exact.naturalLog, rounds: scored, exactProbability: exact)
  }
}
