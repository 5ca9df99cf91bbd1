import BrinkCore
import BrinkFormats

/// `brink replay --json` on a scenario with types: one JSON object, with the untyped
/// replay's field names where the meaning is the same (`ReplayReport.json`) and the
/// beliefs the record implies round by round:
///
///     {"scenario": "bluff-ladder", "title": "…", "players": ["Defender", "Challenger"],
///      "solution": "perfect Bayesian", "types": [{"resolved": "1/4", "irresolute": "3/4"}, {}],
///      "record_rounds": 2,
///      "rounds": [{"round": 1, "date": "2025-01-06", "state": "crisis", "state_scripted": false,
///                  "moves": ["threaten", "wait"], "probability": "0.750000000", "exact_probability": "3/4",
///                  "surprise_bits": "0.415037499", "decision_bits": "0.415037499", "chance_bits": "0.000000000",
///                  "chances": ["3/4", "1"], "chances_by_type": [{"resolved": "1", "irresolute": "2/3"}, {}],
///                  "transition": "1",
///                  "beliefs_before": [{"resolved": "1/4", "irresolute": "3/4"}, {}],
///                  "beliefs_after": [{"resolved": "1/3", "irresolute": "2/3"}, {}],
///                  "beliefs_before_decimal": [{"resolved": "0.250000000", …}, {}],
///                  "beliefs_after_decimal": [{"resolved": "0.333333333", …}, {}]}, …],
///      "probability": "0.375000000", "exact_probability": "3/8", "interrupted": false,
///      "models": [{"kind": "model", "name": "the model", "log_likelihood": "-0.980829253", …}, …]}
///
/// A round's `probability` is `chances[0] · chances[1] · transition`; `chances[p]` is
/// `Σ_θ beliefs_before[p][θ] · chances_by_type[p][θ]`; `beliefs_after` is Bayes' rule
/// on them (kept off the path). A player without types has `{}` for its types and
/// beliefs (`ReplayReport.typedDistributionJSON`, shared with the logit replay's JSON). Exact values are fractions in strings, decimals nine places, as in the
/// untyped replay; `models` entries are the untyped replay's (`ReplayReport.entryJSON`;
/// a baseline that does not apply has only `problem`).
extension TypedReplayReport {
  public func json() -> JSONValue {
    let s = document.scenario
    func dist(_ p: Int, _ x: [Rational], decimal: Bool = false) -> JSONValue {
      ReplayReport.typedDistributionJSON(s, player: p, x.map { decimal ? ReplayReport.decimalJSON($0.doubleValue) : .string($0.description) })
    }
    func both(_ x: [[Rational]], decimal: Bool = false) -> JSONValue { .array((0..<2).map { dist($0, x[$0], decimal: decimal) }) }
    var members = ReplayReport.typedHeaderJSON(document, solution: "perfect Bayesian") + [
      ("types", ReplayReport.typedTypesJSON(s)),
      ("record_rounds", .int(record.count)),
    ]
    members.append(("rounds", .array(rounds.indices.map { k in
      let r = rounds[k]
      var round = ReplayReport.typedRoundJSON(s, round: r.round, state: r.state, scripted: record[r.round].state != nil, moves: r.moves)
      round += [
        ("probability", ReplayReport.decimalJSON(r.probability.doubleValue)),
        ("exact_probability", .string(r.probability.description)),
      ]
      round += ReplayReport.roundScoreJSON(score.flatMap { k < $0.rounds.count ? $0.rounds[k] : nil })
      round += [
        ("chances", .array(r.chances.map { .string($0.description) })),
        ("chances_by_type", both(r.likelihoods)),
        ("transition", .string(r.transition.description)),
        ("beliefs_before", both(r.before)), ("beliefs_after", both(r.after)),
        ("beliefs_before_decimal", both(r.before, decimal: true)), ("beliefs_after_decimal", both(r.after, decimal: true)),
      ]
      return .object(round)
    })))
    let exact = score?.exactProbability
    members.append(("probability", exact.map { ReplayReport.decimalJSON($0.doubleValue) } ?? .null))
    members.append(("exact_probability", exact.map { .string($0.description) } ?? .null))
    members.append(("interrupted", .bool(interrupted)))
    members.append(("models", .array(comparisons.map(ReplayReport.entryJSON))))
    return .object(members)
  }
}
