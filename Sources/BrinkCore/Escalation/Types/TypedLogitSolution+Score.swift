#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The record's likelihood under the logit agent QRE, as scores (`PathScore`), the
/// counterpart of `TypedSolution.score` for a typed scenario whose players all use
/// `logit`: each round's probability given the earlier ones is `D_t · C_t`, the two
/// moves' chances averaged over the types by the public beliefs (independent across
/// players) times the recorded next state's chance (`ReplayRound.probability`), and
/// the record's is their product (the chain rule), so its log-likelihood is the sum
/// of the rounds' logarithms. In doubles, so `exactProbability` is `nil`; summing
/// logarithms never underflows, however long the record.
///
/// Postconditions: as `PathScore`'s; rounds after one the model rules out are `nil`.
extension TypedLogitSolution {
  /// The score of `rounds` (from `replay(_:)`), or `nil` when they are empty.
  public func score(_ rounds: [ReplayRound]) -> PathScore? {
    guard !rounds.isEmpty else { return nil }
    var logLikelihood = 0.0
    var scored = [PathScore.Round?]()
    for r in rounds {
      guard logLikelihood > -.infinity else {
        scored.append(nil)
        continue
      }
      let decisions = r.chances[0] * r.chances[1]
      let p = decisions * r.transition
      logLikelihood += p > 0 ? log(p) : -.infinity
      scored.append(PathScore.Round(surprise: bits(p), decisions: bits(decisions),
                                    chance: decisions > 0 ? bits(r.transition) : nil))
    }
    return PathScore(logLikelihood: logLikelihood, rounds: scored, exactProbability: nil)
  }

  /// −log₂ of a probability, +∞ at 0.
  private func bits(_ p: Double) -> Double { p > 0 ? -log(p) / Rational.ln2 : .infinity }
}
