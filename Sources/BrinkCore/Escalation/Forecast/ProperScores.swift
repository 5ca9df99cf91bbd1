import Foundation

/// Proper scoring rules for probability forecasts of yes/no questions: a forecaster
/// who reports what it believes gets the best expected score (Gneiting and Raftery,
/// "Strictly proper scoring rules, prediction, and estimation", *JASA* 102, 2007).
///
/// - Brier score (Brier, "Verification of forecasts expressed in terms of
///   probability", *Monthly Weather Review* 78, 1950): `(p − o)²` with `o` 1 for yes,
///   0 for no; lower is better; 0 is perfect; always saying 1/2 scores 1/4.
/// - Log score (Good, "Rational decisions", *JRSS B* 14, 1952): `log₂` of the
///   probability given to what happened; higher is better; 0 is perfect; always
///   saying 1/2 scores −1 bit; a certainty that turns out wrong scores −∞.
public enum ProperScores {
  public static func brier(_ p: Double, outcome: Bool) -> Double {
    let o = outcome ? 1.0 : 0.0
    return (p - o) * (p - o)
  }

  public static func log(_ p: Double, outcome: Bool) -> Double {
    log2(outcome ? p : 1 - p)
  }

  /// Mean scores over forecasts `(p, outcome)`; `nil` for none.
  public static func means(_ forecasts: [(p: Double, outcome: Bool)]) -> (brier: Double, log: Double)? {
    guard !forecasts.isEmpty else { return nil }
    let n = Double(forecasts.count)
    return (forecasts.reduce(0) { $0 + brier($1.p, outcome: $1.outcome) } / n,
            forecasts.reduce(0) { $0 + log($1.p, outcome: $1.outcome) } / n)
  }
}
