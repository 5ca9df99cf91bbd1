import BrinkCore
import BrinkFormats

/// What `brink fit` prints: the fitted logit precision, its standard error, and
/// each scenario's record and log-likelihood at the estimate.
///
///     Fitting the logit precision λ (Signorino 1999) to 2 scenarios: 14 recorded rounds, 25 recorded moves
///       λ = 2.0312, standard error 0.1523 (from the observed information)
///       log-likelihood at λ: -12.3456
///
///       scenario               rounds  moves  ln P at λ
///       geneva-truce-2025-05        6     12   -5.4321
public struct FitReport: Sendable {
  public var names: [String]
  public var rounds: [Int]
  public var moves: [Int]
  public var estimate: LogitFit.Estimate
  /// The payoff weights fitted with λ (`fit --weight`): name, value, standard error.
  public var weights: [(name: String, value: Double, standardError: Double?)] = []

  public init(names: [String], records: [[ObservedRound]], estimate: LogitFit.Estimate) {
    self.names = names
    rounds = records.map(\.count)
    moves = records.map { $0.reduce(0) { $0 + $1.moves.compactMap { $0 }.count } }
    self.estimate = estimate
  }

  /// λ and weights fitted together (`LogitFit.fit(_:weights:)`).
  public init(names: [String], records: [[ObservedRound]], joint: LogitFit.JointEstimate, weightNames: [String]) {
    self.init(names: names, records: records,
              estimate: LogitFit.Estimate(lambda: joint.lambda, standardError: joint.standardErrors?[0],
                                          logLikelihood: joint.logLikelihood, caseLogLikelihoods: joint.caseLogLikelihoods,
                                          atBound: joint.atBound, evaluations: joint.evaluations))
    weights = weightNames.enumerated().map { k, name in (name, joint.weights[k], joint.standardErrors?[k + 1]) }
  }

  public func render() -> String {
    let n = names.count
    let what = weights.isEmpty ? "the logit precision λ" : "the logit precision λ and \(weights.count) payoff weight\(weights.count == 1 ? "" : "s")"
    var lines = ["Fitting \(what) (Signorino 1999) to \(n) scenario\(n == 1 ? "" : "s"): "
                 + "\(rounds.reduce(0, +)) recorded rounds, \(moves.reduce(0, +)) recorded moves"]
    var fitted = "  λ = \(ReportNumber.fixed(estimate.lambda, 4))"
    if let se = estimate.standardError {
      fitted += ", standard error \(ReportNumber.fixed(se, 4)) (from the observed information)"
    } else {
      fitted += ", no standard error (the log-likelihood is not curved downward there)"
    }
    lines.append(fitted)
    for w in weights {
      lines.append("  weight \(w.name) = \(ReportNumber.fixed(w.value, 4))"
                   + (w.standardError.map { ", standard error \(ReportNumber.fixed($0, 4))" } ?? ", no standard error"))
    }
    if estimate.atBound {
      let range = "\(Rational(approximating: LogitFit.range.lowerBound).decimalString(places: 3)) to \(Rational(approximating: LogitFit.range.upperBound).decimalString(places: 3))"
      lines.append("  λ is at the end of the range searched (\(range)): the record asks for \(estimate.lambda < 1 ? "no precision at all (uniform play)" : "ever more precise play")")
    }
    lines.append("  log-likelihood at λ: \(ReportNumber.fixed(estimate.logLikelihood, 4))")
    lines.append("")
    var rows = [["scenario", "rounds", "moves", "ln P at λ"]]
    for k in names.indices {
      rows.append([names[k], String(rounds[k]), String(moves[k]), ReportNumber.fixed(estimate.caseLogLikelihoods[k], 4)])
    }
    lines.append(PlainColumns.render(rows, rightAligned: [1, 2, 3]))
    return lines.joined(separator: "\n")
  }
}
