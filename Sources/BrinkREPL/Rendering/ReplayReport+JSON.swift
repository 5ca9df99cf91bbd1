import BrinkCore
import BrinkFormats

/// `brink replay --json`: the replay's rounds and scores as one JSON object.
/// Numbers are strings, as in `brink solve --json`: exact probabilities as
/// fractions, logs and bits with nine decimals, `"inf"`/`"-inf"` for an impossible
/// record, and `null` where a figure does not exist.
extension ReplayReport {
  public func json() -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("scenario", .string(name)), ("title", .string(title)), ("players", .array(players.map { .string($0) })),
    ]
    members.append(("rounds", .array(rounds.map { r in
      var round: [(String, JSONValue)] = [
        ("round", .int(r.round + 1)), ("date", .string(r.date.description)), ("state", .string(stateNames[r.state])),
        ("state_scripted", .bool(r.stateIsScripted)),
        ("moves", .array(r.moves.map { $0.map { .string($0) } ?? .null })),
        ("probability", Self.decimalJSON(r.likelihood)),
        ("exact_probability", r.exactLikelihood.map { .string($0.description) } ?? .null),
      ]
      round += Self.roundScoreJSON(r.surprise)
      return .object(round)
    })))
    members.append(("probability", Self.decimalJSON(probability)))
    members.append(("exact_probability", exactProbability.map { .string($0.description) } ?? .null))
    members.append(("interrupted", .bool(likelihoodInterrupted)))
    members.append(("models", .array(comparisons.map(Self.entryJSON))))
    return .object(members)
  }

  static func entryJSON(_ entry: RecordScoring.Entry) -> JSONValue {
    var kind: String, name: String
    switch entry.kind {
    case .model: (kind, name) = ("model", "the model")
    case .baseline(let b): (kind, name) = ("baseline", b.rawValue)
    case .against(let file): (kind, name) = ("against", file)
    }
    var members: [(String, JSONValue)] = [("kind", .string(kind)), ("name", .string(name))]
    guard let score = entry.score else {
      members.append(("problem", .string(entry.problem ?? "not scored")))
      return .object(members)
    }
    members += [
      ("log_likelihood", number(score.logLikelihood)),
      ("log2_likelihood", number(-score.bits)),
      ("surprise_bits", number(score.bits)),
      ("decision_bits", number(score.decisionBits)),
      ("chance_bits", number(score.chanceBits)),
      ("probability", .string(probabilityText(score))),
      ("exact_probability", score.exactProbability.map { .string($0.description) } ?? .null),
      ("impossible_round", score.impossibleRound.map { .int($0 + 1) } ?? .null),
      ("interrupted", .bool(entry.interrupted)),
      ("rounds", .array(score.rounds.map { r in r.map { .object(roundScoreJSON($0)) } ?? .null })),
    ]
    return .object(members)
  }

  /// A distribution over player `p`'s types in a typed replay's JSON (its prior,
  /// a belief, the chance of a move by type), `values` in `typeList` order: an
  /// object from type name to value, `{}` for a player without types (or with only
  /// one: nothing to be uncertain of). The one definition the PBE and the logit
  /// replay JSONs share, so the two never disagree on it.
  static func typedDistributionJSON(_ s: EscalationScenario, player p: Int, _ values: [JSONValue]) -> JSONValue {
    guard s.types[p].count > 1 else { return .object([]) }
    return .object(zip(s.typeList(of: p).map(\.name), values).map { ($0, $1) })
  }

  /// The members a typed replay's JSON opens with, PBE and logit alike: the
  /// scenario's name, title and players, and which `solution` the record is scored
  /// against.
  static func typedHeaderJSON(_ document: ScenarioDocument, solution: String) -> [(String, JSONValue)] {
    let s = document.scenario
    return [
      ("scenario", .string(document.name)), ("title", .string(s.title)), ("players", .array(s.players.map { .string($0) })),
      ("solution", .string(solution)),
    ]
  }

  /// The `types` member of a typed replay's JSON: each player's prior
  /// (`typedDistributionJSON` of the priors as exact fractions), PBE and logit alike.
  static func typedTypesJSON(_ s: EscalationScenario) -> JSONValue {
    .array((0..<2).map { p in typedDistributionJSON(s, player: p, s.typeList(of: p).map { .string($0.prior.description) }) })
  }

  /// A typed replay round's first members (PBE and logit reports alike): where the
  /// round is and what was played in it.
  static func typedRoundJSON(_ s: EscalationScenario, round t: Int, state: Int, scripted: Bool, moves: [Int]) -> [(String, JSONValue)] {
    let st = s.states[state]
    return [
      ("round", .int(t + 1)), ("date", .string(s.calendar.date(ofRound: t).description)),
      ("state", .string(st.name)), ("state_scripted", .bool(scripted)),
      ("moves", .array((0..<2).map { .string(st.moves[$0][moves[$0]].name) })),
    ]
  }

  static func roundScoreJSON(_ s: PathScore.Round?) -> [(String, JSONValue)] {
    [("surprise_bits", s.map { number($0.surprise) } ?? .null),
     ("decision_bits", s.map { number($0.decisions) } ?? .null),
     ("chance_bits", s.flatMap { $0.chance.map(number) } ?? .null)]
  }

  /// Nine decimals, `inf`/`-inf`/`nan` spelled out, `-0` as `0`.
  static func number(_ x: Double) -> JSONValue { .string(ReportNumber.fixed(x, 9)) }

  static func decimalJSON(_ x: Double?) -> JSONValue {
    guard let x, !x.isNaN else { return .null }
    return .string(x > 0 && x < 0.0005 ? scientific(x) : ReportNumber.fixed(x, 9))
  }
}
