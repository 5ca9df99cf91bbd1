#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A record's likelihood as scores: the log-likelihood (the logarithmic scoring
/// rule, Good 1952, "Rational decisions", *JRSS B* 14, the one proper score that
/// depends only on the probability of what happened), and each round's *surprise*
/// −log₂ P (Shannon 1948's self-information, in bits: a round the model gave 1/2
/// costs 1 bit, one it gave 1/1024 costs 10), split into the players' decisions and
/// chance (`PathLikelihood`'s header: `P_t = D_t · C_t`, so the bits add).
///
/// Exact where the likelihood is: the logs are taken of the exact rationals
/// (`Rational.naturalLog`), so a record of probability 10⁻⁴⁰⁰ still scores a finite
/// number; from the floating-point pass otherwise (a logit model).
///
/// Postconditions: for every scored round, `decisions + chance == surprise` up to
/// rounding (both are logs of exact factors of the round's probability);
/// `surprise` summed over the rounds is `−logLikelihood / ln 2`, again up to rounding.
public struct PathScore: Sendable, Hashable {
  public struct Round: Sendable, Hashable {
    /// −log₂ of the round's probability given the earlier rounds; +∞ when the model
    /// rules the round out.
    public var surprise: Double
    /// −log₂ of its decision part; +∞ when a recorded move had probability 0.
    public var decisions: Double
    /// −log₂ of its chance part; `nil` when the decisions already rule the round
    /// out (chance then never comes into it), +∞ when chance rules it out.
    public var chance: Double?
  }

  /// ln of the record's probability (−∞ when the model rules it out).
  public var logLikelihood: Double
  /// Per round from round 0; `nil` for the rounds after the path became impossible.
  public var rounds: [Round?]
  /// The record's probability, exactly, when the solve is exact.
  public var exactProbability: Rational?

  /// The surprise of the whole record in bits, `−logLikelihood / ln 2`.
  public var bits: Double { -logLikelihood / Rational.ln2 }
  /// The decisions' share of `bits`: the sum over the rounds.
  public var decisionBits: Double { rounds.compactMap { $0?.decisions }.reduce(0, +) }
  /// Chance's share of `bits`: the sum over the rounds (+∞ when chance ruled a round out).
  public var chanceBits: Double { rounds.compactMap { $0?.chance }.reduce(0, +) }
  /// log₁₀ of the record's probability, for scientific notation (`10^x`).
  public var log10Probability: Double { logLikelihood / log(10) }
  /// The first round the model rules out, if any.
  public var impossibleRound: Int? { rounds.firstIndex { $0 == nil || $0!.surprise == .infinity } }
  public var isImpossible: Bool { logLikelihood == -.infinity }
}

extension PathLikelihood {
  /// The likelihood as scores (`PathScore`); `nil` when it was interrupted before
  /// the floating-point pass ended. The exact figures are used when present.
  public var score: PathScore? {
    guard !logProbability.isNaN else { return nil }
    let rounds: [PathScore.Round?]
    if let exact = exactRoundProbabilities, let decided = exactDecisionProbabilities {
      rounds = zip(exact, decided).map { p, d in
        guard let p, let d else { return nil }
        let chance: Double? = d.isZero ? nil : -(p / d).log2
        return PathScore.Round(surprise: -p.log2, decisions: -d.log2, chance: chance)
      }
    } else {
      rounds = zip(roundProbabilities, decisionProbabilities).map { p, d in
        guard let p, let d else { return nil }
        let chance: Double? = d == 0 ? nil : -bitsLog2(p / d)
        return PathScore.Round(surprise: -bitsLog2(p), decisions: -bitsLog2(d), chance: chance)
      }
    }
    return PathScore(logLikelihood: logProbability, rounds: rounds, exactProbability: exactProbability)
  }
}

/// log₂ of a probability held as a `Double`.
private func bitsLog2(_ x: Double) -> Double { x == 0 ? -.infinity : log(x) / Rational.ln2 }
