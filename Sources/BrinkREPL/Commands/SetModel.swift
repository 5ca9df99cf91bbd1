import BrinkCore
import BrinkFormats

/// `set model PLAYER MODEL …`: every choice model the engine has (`ChoiceModel`),
/// with the parameters the scenario format gives it (Docs/scenario-format.md,
/// `behaviour`), exact where the engine is (λ is a Double there), undoable.
extension Session {
  /// The model words, from the table the scenario reader and writer use (`ModelName`).
  static let models = ModelName.setModelWords

  static let modelUsage = "set model PLAYER equilibrium|payoff-dominant|mixed|logit LAMBDA|fixed MOVE=P... [in STATE]|tit-for-tat|grim-trigger|generous-tit-for-tat G|script"

  /// TAB completion after `set model`: the player, the model, then for `fixed`
  /// move names (and a state after `in`).
  static func modelCompletion(_ previous: [String]) -> ArgumentKind {
    switch previous.count {
    case 1: return .player
    case 2: return .keyword(models)
    default:
      guard previous[2].lowercased() == "fixed" else { return .none }
      return previous.last?.lowercased() == "in" ? .state : .move
    }
  }

  /// `set model PLAYER MODEL [PARAMETERS]`.
  func setModel(_ arguments: [String]) throws(CommandError) -> String {
    var doc = behaviourScenario()
    let usage = Self.modelUsage
    guard arguments.count >= 2 else { throw CommandError("missing argument", usage: usage) }
    let p = try player(named: arguments[0], usage: usage)
    let name = arguments[1].lowercased()
    let rest = Array(arguments.dropFirst(2))
    func noMore() throws(CommandError) {
      if let extra = rest.first { throw CommandError("unexpected argument '\(extra)' ('\(name)' takes no parameter)", usage: usage) }
    }
    let model: ChoiceModel
    var how = name
    // A selection's word (risk-dominant, payoff-dominant, mixed) is the equilibrium
    // model with that selection; `equilibrium` alone is the risk-dominant one.
    let selection = EquilibriumSelection(name: name)
    switch selection.map { _ in ModelName.equilibrium } ?? ModelName(rawValue: name) {
    case .equilibrium:
      try noMore()
      model = .equilibrium(selection: selection ?? .riskDominant)
    case .titForTat:
      try noMore()
      model = .titForTat
    case .grimTrigger:
      try noMore()
      model = .grimTrigger
    case .logit:
      guard rest.count == 1, let lambda = Double(rest[0]), lambda >= 0, lambda <= 1_000_000 else {
        throw CommandError("logit needs LAMBDA, a number from 0 to 1000000", usage: usage)
      }
      model = .logit(lambda: lambda)
      how += " with lambda \(rest[0])"
    case .generousTitForTat:
      guard rest.count == 1 else {
        throw CommandError(rest.isEmpty ? "generous-tit-for-tat needs G, the chance of forgiving an escalation (0 to 1)"
                                        : "unexpected argument '\(rest[1])'", usage: usage)
      }
      let g = try number(rest[0], argument: "G", usage: usage)
      guard g >= .zero && g <= .one else { throw CommandError("G must be from 0 to 1, not \(g)", usage: usage) }
      model = .generousTitForTat(forgiveness: g)
      how += ", forgiving an escalation with probability \(g)"
    case .script:
      try noMore()
      let scenario = doc.scenario
      guard !scenario.history.isEmpty else {
        throw CommandError("\(doc.name) has no script for \(players[p]) to follow; 'script' needs a scenario with a 'script:' section", usage: usage)
      }
      model = .script(moves: Self.scriptedMoves(scenario, player: p))
      how = "following the script (\(scenario.history.count) scripted round\(scenario.history.count == 1 ? "" : "s"); unscripted rounds hold)"
    case .fixed:
      let fixed = try fixedModel(player: p, rest, scenario: doc.scenario, usage: usage)
      model = .fixed(strategies: fixed)
      how = "a fixed mix: " + Self.mixText(fixed, player: p, scenario: doc.scenario)
    case nil:
      throw CommandError("unknown model '\(arguments[1])' (the models are \(Self.models.joinedAsList(conjunction: "or")))", usage: usage,
                         notes: Suggestions.didYouMean(arguments[1], in: Self.models).map { [$0] } ?? [])
    }
    checkpoint("set model")
    doc.scenario.behaviours[p].model = model
    let note = adopt(doc)
    return (name == ModelName.fixed.rawValue ? "\(players[p]) now plays \(how)." : "\(players[p]) now chooses by \(how).") + note
  }

  /// The script's moves for `player`, by round (from 0), as the scenario reader
  /// lowers `model: script`: rounds the script skips, or moves it does not know, are
  /// `nil` (the engine then plays the state's hold move).
  static func scriptedMoves(_ scenario: EscalationScenario, player p: Int) -> [String?] {
    var moves = [String?](repeating: nil, count: scenario.calendar.rounds)
    for h in scenario.history where moves.indices.contains(h.round) { moves[h.round] = h.moves[p] }
    return moves
  }

  /// `fixed MOVE=P ... [in STATE]`, by the scenario format's rule for `mix`: a mix is
  /// per state; a move a state offers but the mix does not name gets 0; a state
  /// with no mix is played uniformly; each mix sums to exactly 1.
  ///
  /// 1. Without `in`, the mix applies in every non-terminal state offering at least
  ///    one of the named moves (the others are uniform), and must sum to 1 in each;
  ///    a fresh fixed model replaces the old one.
  /// 2. With `in STATE`, only that state's mix is set; the player's other states
  ///    keep their fixed mixes when its model is already `fixed` (so a strategy can
  ///    be built state by state), else they are uniform.
  /// 3. Every move must be one the player has somewhere (in STATE, with `in`).
  /// 4. A deadline's round `S@NAME` plays `S`'s mix, the deciding player's options
  ///    uniform (the scenario format's rule, `EscalationScenario.addingDeadline`),
  ///    so that what `save` writes reads back the same; `in S@NAME` is refused.
  func fixedModel(player p: Int, _ words: [String], scenario: EscalationScenario,
                  usage: String) throws(CommandError) -> [[Rational]?] {
    var words = words
    var only: Int?
    if let k = words.firstIndex(where: { $0.lowercased() == "in" }) {
      guard k == words.count - 2 else {
        throw CommandError(k == words.count - 1 ? "'in' needs a STATE" : "'in STATE' must come last", usage: usage)
      }
      let s = try checkState(words[k + 1], usage: usage)
      guard !scenario.states[s].isTerminal else { throw CommandError("\(scenario.states[s].name) is terminal: no one moves there", usage: usage) }
      if scenario.dealMenu(inState: s) != nil || scenario.isDealRound(s) {
        throw CommandError("\(scenario.states[s].name) is \(scenario.isDealRound(s) ? "a round of a deal in force" : "a bargaining state"): its moves are made from the deal's menu, and a fixed mix cannot name them (as in a file)", usage: usage)
      }
      if let (source, _) = scenario.deadlineSource(ofState: s) {
        let name = scenario.states[source].name
        throw CommandError("\(scenario.states[s].name) is the round of a deadline: it plays \(name)'s mix; set that one ('in \(name)')", usage: usage)
      }
      only = s
      words.removeLast(2)
    }
    guard !words.isEmpty else { throw CommandError("fixed needs at least one MOVE=P", usage: usage) }
    let known = only.map { scenario.states[$0].moves[p].map(\.name) }
      ?? Self.unique(scenario.states.indices.filter { Self.takesAMix(scenario, $0) }.flatMap { scenario.states[$0].moves[p].map(\.name) })
    var mix = [(move: String, probability: Rational)]()
    for word in words {
      let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw CommandError("expected MOVE=P, found '\(word)'", usage: usage)
      }
      guard let move = known.first(where: { $0.lowercased() == parts[0].lowercased() }) else {
        let place = only.map { "in \(scenario.states[$0].name)" } ?? "in any state"
        throw CommandError("\(players[p]) has no move '\(parts[0])' \(place) (the moves are \(known.joinedAsList(conjunction: "or")))",
                           usage: usage, notes: Suggestions.didYouMean(String(parts[0]), in: known).map { [$0] } ?? [])
      }
      guard !mix.contains(where: { $0.move == move }) else { throw CommandError("'\(move)' is given twice", usage: usage) }
      let q = try number(String(parts[1]), argument: "P", usage: usage)
      guard q >= .zero && q <= .one else { throw CommandError("P must be from 0 to 1, not \(q) (for '\(move)')", usage: usage) }
      mix.append((move, q))
    }
    var strategies = [[Rational]?](repeating: nil, count: scenario.states.count)
    if only != nil, case .fixed(let old) = scenario.behaviours[p].model, old.count == strategies.count { strategies = old }
    for (s, state) in scenario.states.enumerated()
    where Self.takesAMix(scenario, s) && scenario.deadlineSource(ofState: s) == nil && (only == nil || only == s) {
      let names = state.moves[p].map(\.name)
      guard mix.contains(where: { names.contains($0.move) }) else { continue }
      let row = names.map { n in mix.first { $0.move == n }?.probability ?? .zero }
      let total = row.reduce(Rational.zero, +)
      guard total == .one else {
        let named = mix.filter { names.contains($0.move) }.map(\.move)
        throw CommandError("in \(state.name), the mix sums to \(total), not 1 (it names \(named.joinedAsList()); \(state.name) offers \(players[p]) \(names.joinedAsList()))",
                           usage: usage, notes: only == nil ? ["use 'in \(state.name)' to set one state's mix at a time"] : [])
      }
      strategies[s] = row
    }
    for k in scenario.states.indices {
      guard let (source, d) = scenario.deadlineSource(ofState: k) else { continue }
      let count = Rational(d.options.count)
      strategies[k] = strategies[source].map { mix in
        p == d.player ? mix.flatMap { q in [Rational](repeating: q / count, count: d.options.count) } : mix
      }
    }
    return strategies
  }

  /// `in standoff hold 1/2, tariff 1/2; elsewhere uniform`.
  static func mixText(_ strategies: [[Rational]?], player p: Int, scenario: EscalationScenario) -> String {
    var parts = [String]()
    var uniform = [String]()
    for (s, state) in scenario.states.enumerated() where !state.isTerminal && !scenario.isDealRound(s) {
      guard s < strategies.count, let mix = strategies[s] else { uniform.append(state.name); continue }
      let moves = state.moves[p].map(\.name)
      parts.append("in \(state.name) " + zip(moves, mix).map { "\($0) \($1)" }.joined(separator: ", "))
    }
    if !uniform.isEmpty { parts.append("uniform in \(uniform.joinedAsList())") }
    return parts.joined(separator: "; ")
  }

  /// Whether a fixed mix may name state `s`: not a terminal state, and not a
  /// bargaining state or a round of a deal in force, whose moves are made from a
  /// menu (a file cannot name them either, `ScenarioValidator.bargainingBehaviour`).
  static func takesAMix(_ scenario: EscalationScenario, _ s: Int) -> Bool {
    !scenario.states[s].isTerminal && scenario.dealMenu(inState: s) == nil && !scenario.isDealRound(s)
  }

  static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }
}
