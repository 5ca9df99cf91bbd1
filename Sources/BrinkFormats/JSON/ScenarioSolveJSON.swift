import BrinkCore

/// The JSON form of `brink solve --json` for a scenario file: one object per file,
/// keys in this order:
///
///     {"file": "...", "scenario": "us-china-2025-10", "title": "...",
///      "players": ["US","China"], "rounds": 8, "discount": "49/50", "exact": true,
///      "expectedValues": ["…","…"],
///      "nodes": [{"round": 1, "state": "standoff", "variables": {"us_tariff": "57"},
///                 "strategies": [{"talk": "99/100", "tariff": "1/100"}, {…}],
///                 "values": ["…","…"], "why": ["…","…"]}]}
///
/// `nodes` holds every decision node of the solved ladder (terminal nodes and the
/// horizon have no strategies and are left out), round by round from 1; `variables`
/// the payoff-relevant variables at the node; `strategies` each player's overall
/// probability of each of its moves, as played (trembles included). Numbers are
/// exact rational strings; a logit solve (`"exact": false`) gives decimals instead.
public enum ScenarioSolveJSON {
  public static func object(file: String, document: ScenarioDocument, solved: SolvedScenario,
                            why: ([ChoiceExplanation], Int) -> String) -> JSONValue {
    let scenario = solved.scenario
    let expected: [String] = solved.exactExpectedValues.map { $0.map(\.description) }
      ?? solved.expectedValues.map(decimal)
    var fields: [(String, JSONValue)] = [
      ("file", .string(file)),
      ("scenario", .string(document.name)),
      ("title", .string(scenario.title)),
      ("players", .array(scenario.players.map(JSONValue.string))),
      ("rounds", .int(solved.horizon)),
      ("discount", .string(scenario.discount.description)),
      ("exact", .bool(solved.isExact)),
      ("expectedValues", .array(expected.map(JSONValue.string))),
      // Every decision node (`node(_:round:index:why:)`), written as text (issue 11).
      ("nodes", .text(nodesText(solved, why: why))),
    ]
    // Only with a tail, so every other scenario's JSON is as it was.
    if let tail = solved.tail { fields.append(("tail", tailObject(solved, tail))) }
    return .object(fields)
  }

  /// The stationary tail: how it was solved, how far verified, and the horizon
  /// nodes' values it sets (exact strings, or decimals in a logit solve).
  static func tailObject(_ solved: SolvedScenario, _ tail: TailReport) -> JSONValue {
    let T = solved.horizon, scenario = solved.scenario
    var horizon = [JSONValue]()
    for (n, node) in solved.graph.rounds[T].enumerated() where !node.isTerminal {
      let values = solved.nodes[T][n].exactValues.map { $0.map(\.description) } ?? solved.nodes[T][n].values.map(decimal)
      let variables = scenario.variables.indices.filter { solved.graph.trackedVariables[$0] }
        .map { (scenario.variables[$0].name, JSONValue.string(node.node.values[$0].description)) }
      horizon.append(.object([("state", .string(scenario.states[node.node.state].name)), ("variables", .object(variables)),
                              ("values", .array(values.map(JSONValue.string)))]))
    }
    return .object([
      ("kind", .string("stationary")),
      ("nodes", .int(tail.nodes)),
      ("iterations", .int(tail.iterations)),
      ("repeated", .bool(tail.repeated)),
      ("rounded", .bool(tail.rounded)),
      ("verified", .bool(tail.verified)),
      ("largestGain", .string(tail.exactGain?.description ?? decimal(tail.largestGain))),
      ("epsilon", .string(decimal(tail.epsilon))),
      ("summary", .string(tail.summary)),
      ("horizon", .array(horizon)),
    ])
  }

  static func node(_ solved: SolvedScenario, round t: Int, index n: Int,
                   why: ([ChoiceExplanation], Int) -> String) -> JSONValue {
    let scenario = solved.scenario
    let ladder = solved.graph.rounds[t][n].node
    let state = scenario.states[ladder.state]
    let solvedNode = solved.nodes[t][n]
    let variables: [(String, JSONValue)] = scenario.variables.indices
      .filter { solved.graph.trackedVariables[$0] }
      .map { (scenario.variables[$0].name, .string(ladder.values[$0].description)) }
    let strategies: [JSONValue] = (0..<2).map { p in
      let names = state.moves[p].map(\.name)
      let mix: [String] = solvedNode.exactPlayed.map { $0.marginal(player: p).map(\.description) }
        ?? solvedNode.played!.marginal(player: p).map(decimal)
      return .object(names.indices.map { (names[$0], .string(mix[$0])) })
    }
    let values: [String] = solvedNode.exactValues.map { $0.map(\.description) } ?? solvedNode.values.map(decimal)
    var fields: [(String, JSONValue)] = [
      ("round", .int(t + 1)),
      ("state", .string(state.name)),
      ("variables", .object(variables)),
      ("strategies", .array(strategies)),
    ]
    // A sequential stage: the second mover's answer to each first move (its entry
    // in `strategies` is the overall frequency of its moves).
    if let played = solvedNode.played, played.isSequential {
      let leaderNames = state.moves[played.leader].map(\.name), names = state.moves[played.follower].map(\.name)
      let answers: [JSONValue] = leaderNames.indices.map { a in
        let mix: [String] = solvedNode.exactPlayed.map { $0.followerMixture(afterLeaderMove: a).map(\.description) }
          ?? played.followerMixture(afterLeaderMove: a).map(decimal)
        return .object(names.indices.map { (names[$0], .string(mix[$0])) })
      }
      fields.append(("firstMover", .string(scenario.players[played.leader])))
      fields.append(("responses", .object(zip(leaderNames, answers).map { ($0, $1) })))
    }
    if let range = BargainingRange(solved, round: t, node: n) { fields.append(("bargaining", bargaining(range, players: scenario.players))) }
    fields += [
      ("values", .array(values.map(JSONValue.string))),
      ("why", .array((0..<2).map { .string(why(solvedNode.explanations, $0)) })),
    ]
    return .object(fields)
  }

  /// A double as a decimal string with 9 decimal places (logit solves).
  static func decimal(_ x: Double) -> String {
    Rational(approximating: x).decimalString(places: 9)
  }
}
