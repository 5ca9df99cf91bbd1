import BrinkCore
import BrinkFormats

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `brink replay --json` on a scenario with types whose players all use `logit`:
/// the fields of the perfect Bayesian replay's JSON (`TypedReplayReport.json`), with
/// `"solution": "logit agent QRE"`, each player's `lambda`, and decimals where that
/// one has fractions (a logit answer is computed in doubles): every `exact_probability`
/// is `null`, and `chances`, `chances_by_type`, `transition` and the beliefs are
/// decimal strings with nine places (the beliefs' `_decimal` fields repeat them, so a
/// reader of either JSON finds them under the same name). `types` is the PBE
/// replay's, exact priors, `{}` for a player without types
/// (`ReplayReport.typedTypesJSON`, one definition for both).
extension TypedLogitReplayReport {
  public func json() -> JSONValue {
    let s = document.scenario
    func dist(_ p: Int, _ x: [Double]) -> JSONValue { ReplayReport.typedDistributionJSON(s, player: p, x.map { ReplayReport.decimalJSON($0) }) }
    func both(_ x: [[Double]]) -> JSONValue { .array((0..<2).map { dist($0, x[$0]) }) }
    var members = ReplayReport.typedHeaderJSON(document, solution: "logit agent QRE") + [
      ("lambda", .array(solution.lambdas.map { ReplayReport.decimalJSON($0) })),
      ("types", ReplayReport.typedTypesJSON(s)),
      ("record_rounds", .int(record.count)),
    ]
    members.append(("rounds", .array(rounds.indices.map { k in
      let r = rounds[k]
      var round = ReplayReport.typedRoundJSON(s, round: r.round, state: r.state, scripted: record[r.round].state != nil, moves: r.moves)
      round += [
        ("probability", ReplayReport.decimalJSON(r.probability)), ("exact_probability", .null),
      ]
      round += ReplayReport.roundScoreJSON(score.flatMap { k < $0.rounds.count ? $0.rounds[k] : nil })
      round += [
        ("chances", .array(r.chances.map { ReplayReport.decimalJSON($0) })),
        ("chances_by_type", both(r.likelihood)),
        ("transition", ReplayReport.decimalJSON(r.transition)),
        ("beliefs_before", both(r.before)), ("beliefs_after", both(r.after)),
        ("beliefs_before_decimal", both(r.before)), ("beliefs_after_decimal", both(r.after)),
      ]
      return .object(round)
    })))
    members.append(("probability", score.map { ReplayReport.decimalJSON(exp($0.logLikelihood)) } ?? .null))
    members.append(("exact_probability", .null))
    members.append(("interrupted", .bool(interrupted)))
    members.append(("models", .array(comparisons.map(ReplayReport.entryJSON))))
    return .object(members)
  }
}
