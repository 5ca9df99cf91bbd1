import BrinkCore

/// Judgement parameters by name, as `priors:` and `brink fit --weight` write them
/// (Docs/scenario-format.md, "priors"):
///
///     discount
///     tremble PLAYER
///     weight PLAYER VARIABLE
///     payoff STATE ROWMOVE/COLUMNMOVE PLAYER
///     value STATE PLAYER                         (a terminal state's payoff)
///     shock NAME                                 (its probability per round)
///     transition STATE ROWMOVE/COLUMNMOVE TARGET (the probability of going to TARGET)
///
/// Facts are not parameters: a variable's initial value (`initial VARIABLE`) and an
/// event (`event NAME`) are refused with the reason, since they cite dated sources
/// and `as_of` holds the model to what was known; a prior on them would be a prior
/// on the record, not on a judgement.
extension ScenarioDocument {
  /// Why a parameter name does not resolve: the word (counted from 0) at fault, the
  /// message, and the names it could have been (for "did you mean").
  public struct ParameterLookupError: Error, Sendable, Hashable {
    public var word: Int
    public var message: String
    public var known: [String]
  }

  /// The kinds a name can start with.
  public static let parameterKinds = ["discount", "tremble", "weight", "payoff", "value", "shock", "transition"]

  /// The usage of each kind, for messages.
  static let parameterUsage = [
    "discount": "discount", "tremble": "tremble PLAYER", "weight": "weight PLAYER VARIABLE",
    "payoff": "payoff STATE ROWMOVE/COLUMNMOVE PLAYER", "value": "value STATE PLAYER", "shock": "shock NAME",
    "transition": "transition STATE ROWMOVE/COLUMNMOVE TARGET",
  ]

  /// The parameter `words` name and its value in this scenario.
  public func parameter(_ words: [String]) -> Result<(ScenarioParameter, Rational), ParameterLookupError> {
    func fail(_ w: Int, _ m: String, _ known: [String] = []) -> Result<(ScenarioParameter, Rational), ParameterLookupError> {
      .failure(ParameterLookupError(word: w, message: m, known: known))
    }
    guard let kind = words.first else { return fail(0, "expected a parameter, such as 'discount' or 'tremble PLAYER'") }
    if kind == "initial" || kind == "event" {
      return fail(0, "\(kind == "initial" ? "a variable's initial value" : "an event") is a fact, not a judgement: it cites a dated source, so it takes no prior (priors are for payoffs, weights, probabilities, trembles and the discount)")
    }
    guard let usage = Self.parameterUsage[kind] else { return fail(0, "unknown parameter kind '\(kind)'", Self.parameterKinds) }
    let expected = usage.split(separator: " ").count
    guard words.count == expected else {
      return fail(words.count < expected ? words.count - 1 : expected, "'\(kind)' is written '\(usage)'")
    }
    let s = scenario
    let playerNames = s.players
    func player(_ w: Int) -> Int? { playerNames.firstIndex(of: words[w]) }
    let fileStates = s.states.indices.filter { !EscalationScenario.isDecisionState(s.states[$0].name) }
    func state(_ w: Int) -> Int? { fileStates.first { s.states[$0].name == words[w] } }
    func joint(_ w: Int, in st: Int) -> (Int, Int)? {
      let parts = words[w].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 2, let i = s.states[st].moves[0].firstIndex(where: { $0.name == parts[0] }),
        let j = s.states[st].moves[1].firstIndex(where: { $0.name == parts[1] })
      else { return nil }
      return (i, j)
    }
    func jointKnown(_ st: Int) -> [String] {
      s.states[st].moves[0].flatMap { a in s.states[st].moves[1].map { "\(a.name)/\($0.name)" } }
    }
    let stateNames = fileStates.map { s.states[$0].name }
    switch kind {
    case "discount":
      return .success((.discount, s.discount))
    case "tremble":
      guard let p = player(1) else { return fail(1, "unknown player '\(words[1])'", playerNames) }
      return .success((.tremble(player: p), s.behaviours[p].tremble))
    case "weight":
      guard let p = player(1) else { return fail(1, "unknown player '\(words[1])'", playerNames) }
      guard let v = s.variableIndex(named: words[2]) else { return fail(2, "unknown variable '\(words[2])'", s.variables.map(\.name)) }
      return .success((.weight(player: p, variable: v), playerWeights.indices.contains(p) ? playerWeights[p][v] ?? .zero : .zero))
    case "payoff", "transition":
      guard let st = state(1) else { return fail(1, "unknown state '\(words[1])'", stateNames) }
      guard !s.states[st].isTerminal else {
        return fail(1, "'\(words[1])' is terminal: it has no moves (its payoff is 'value \(words[1]) PLAYER')")
      }
      guard let (i, j) = joint(2, in: st) else {
        return fail(2, "'\(words[2])' is not a joint move of '\(words[1])' (ROWMOVE/COLUMNMOVE)", jointKnown(st))
      }
      let outcome = s.states[st].outcomes[i][j]
      if kind == "payoff" {
        guard let p = player(3) else { return fail(3, "unknown player '\(words[3])'", playerNames) }
        return .success((.payoff(state: st, row: i, column: j, player: p), outcome.payoffs[p].constant))
      }
      guard let target = state(3) else { return fail(3, "unknown state '\(words[3])'", stateNames) }
      if outcome.transition.outcomes.contains(where: { $0.expression != nil }) {
        return fail(2, "the transition after '\(words[2])' in '\(words[1])' is an expression of the variables; a prior needs a number")
      }
      let parameter = ScenarioParameter.transition(state: st, row: i, column: j, target: target)
      return .success((parameter, parameter.value(in: s)!))
    case "value":
      guard let st = state(1) else { return fail(1, "unknown state '\(words[1])'", stateNames) }
      guard s.states[st].isTerminal, s.states[st].terminalPayoffs != nil else {
        return fail(1, "'\(words[1])' is not a terminal state with a 'value'")
      }
      guard let p = player(2) else { return fail(2, "unknown player '\(words[2])'", playerNames) }
      return .success((.value(state: st, player: p), s.states[st].terminalPayoffs![p].constant))
    default:  // shock
      guard let shock = s.shocks.first(where: { $0.name == words[1] }) else {
        return fail(1, "unknown shock '\(words[1])'", s.shocks.map(\.name))
      }
      return .success((.shock(name: shock.name), shock.probability))
    }
  }

  /// The name split into its words (by spaces).
  public static func parameterWords(_ text: String) -> [String] {
    text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
  }
}
