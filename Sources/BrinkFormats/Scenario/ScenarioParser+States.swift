import BrinkCore
import Yams

extension ScenarioParser {
  static let stateKeys = ["description", "terminal", "value", "flow", "order", "moves", "payoffs", "transitions", "effects", "source",
                          "available_when", "otherwise", "deal"]

  func parseStates(_ node: Yams.Node, players: [PlayerSyntax]) -> [StateSyntax] {
    guard let entries = read.namedEntries(node, for: "'states'") else { return [] }
    if entries.isEmpty { sink.error(at: read.location(node), "a scenario needs at least one state") }
    return entries.map { parseState($0, $1, players: players) }
  }

  func parseState(_ id: Located<String>, _ body: Yams.Node, players: [PlayerSyntax]) -> StateSyntax {
    var state = StateSyntax(id: id)
    let what = "state '\(id.value)'"
    guard let f = read.mapping(body, for: what, allowed: Self.stateKeys) else { return state }
    state.description = f["description"].flatMap { read.string($0, for: "the description of \(what)")?.value }
    state.source = f["source"].flatMap { read.string($0, for: "the source of \(what)")?.value }
    if let t = f["terminal"] {
      // An unreadable flag (reported) is taken as terminal, so no echo errors follow.
      state.terminal = read.bool(t, for: "'terminal' of \(what)")?.value ?? true
    }
    if let v = f["value"] {
      state.value = expressionPair(v, for: "the value of \(what)")
      if !state.terminal {
        sink.error(at: f.keyLocation("value")!, "only terminal states have a 'value'; \(what) is not terminal",
                   notes: ["add 'terminal: true', or give its payoffs in 'payoffs'"])
      }
    }
    if let v = f["flow"] {
      state.flow = expressionPair(v, for: "the flow of \(what)")
      if !state.terminal {
        sink.error(at: f.keyLocation("flow")!, "only terminal states have a 'flow'; \(what) is not terminal",
                   notes: ["a state with moves pays its 'payoffs' every round"])
      }
    }
    if state.terminal {
      for key in ["moves", "payoffs", "transitions", "effects", "order", "available_when", "otherwise", "deal"] {
        if let at = f.keyLocation(key) {
          sink.error(at: at, "terminal \(what) cannot have '\(key)'", length: key.count)
        }
      }
      return state
    }
    if let d = f["deal"] {
      state.deal = parseDeal(d, for: what)
      for key in Self.keysMadeByDeal {
        if let at = f.keyLocation(key) {
          sink.error(at: at, "\(what) offers a deal: its '\(key)' are made from the menu", length: key.count,
                     notes: ["a bargaining state has only 'deal' (and 'description', 'source', 'available_when', 'otherwise')"])
        }
      }
    }
    if f["deal"] == nil { parseMovesAndOutcomes(f, into: &state, players: players, for: what) }
    state.availableWhen = f["available_when"].flatMap { condition($0, for: what) }
    state.otherwise = f["otherwise"].flatMap { read.name($0, for: "'otherwise' of \(what)") }
    if f["available_when"] != nil, f["otherwise"] == nil {
      sink.error(at: f.keyLocation("available_when")!, "\(what) has 'available_when' but no 'otherwise': where is the game while it is closed?",
                 length: "available_when".count)
    } else if f["otherwise"] != nil, f["available_when"] == nil {
      sink.error(at: f.keyLocation("otherwise")!, "\(what) has 'otherwise' but no 'available_when'", length: "otherwise".count)
    }
    return state
  }

  /// `order`, `moves`, `payoffs`, `transitions` and `effects` of a state that is
  /// not a bargaining state.
  func parseMovesAndOutcomes(_ f: Fields, into state: inout StateSyntax, players: [PlayerSyntax], for what: String) {
    if let o = f["order"], let text = read.string(o, for: "the order of \(what)") {
      let ids = players.map(\.id.value)
      if let index = ids.firstIndex(of: text.value) {
        state.firstMover = text.map { _ in index }
      } else if text.value != "simultaneous" {
        let notes = Suggestions.didYouMean(text.value, in: ["simultaneous"] + ids).map { [$0] } ?? []
        sink.error(at: text.location, "unknown order '\(text.value)' in \(what): write 'simultaneous' or the name of the player who moves first",
                   length: text.length, notes: notes)
      }
    }
    if let m = f["moves"] {
      state.movesLocation = read.location(m)
      state.moves = parseStateMoves(m, players: players, for: what)
    } else {
      sink.error(at: f.location, "missing key 'moves' in \(what)", notes: ["a state that ends the game needs 'terminal: true'"])
    }
    if let p = f["payoffs"] {
      state.payoffs = parsePayoffTable(p, for: what)
    } else {
      sink.error(at: f.location, "missing key 'payoffs' in \(what)")
    }
    if let t = f["transitions"] { state.transitions = parseTransitions(t, for: what) }
    if let e = f["effects"], case .mapping(let m) = e {
      for (keyNode, value) in m {
        guard let key = jointKey(keyNode, for: "the effects of \(what)") else { continue }
        state.effects.append((key, parseEffects(value, for: "'\(key.text.value)' in \(what)")))
      }
    } else if let e = f["effects"] {
      read.typeError(e, expected: "a mapping", for: "the effects of \(what)")
    }
  }

  /// `moves: {US: [hold, tariff], China: [hold, enforce]}`.
  func parseStateMoves(_ node: Yams.Node, players: [PlayerSyntax], for what: String) -> [[Located<String>]] {
    var out: [[Located<String>]] = [[], []]
    let ids = players.map(\.id.value)
    guard let entries = read.namedEntries(node, for: "the moves of \(what)") else { return out }
    for (player, list) in entries {
      guard let index = ids.firstIndex(of: player.value) else {
        sink.unknown("player", player, known: ids, context: " in the moves of \(what)")
        continue
      }
      guard let items = read.list(list, for: "the moves of '\(player.value)' in \(what)") else { continue }
      out[index] = items.compactMap { read.name($0, for: "a move of '\(player.value)'") }
      if items.isEmpty {
        sink.error(at: read.location(list), "'\(player.value)' has no moves in \(what)")
      }
    }
    for (index, id) in ids.enumerated() where index < 2 && !entries.contains(where: { $0.0.value == id }) {
      sink.error(at: read.location(node), "missing the moves of '\(id)' in \(what)")
    }
    return out
  }

  /// A two-payoff list `[first player, second player]`.
  func expressionPair(_ node: Yams.Node, for what: String) -> [ExpressionSyntax]? {
    guard let items = read.list(node, for: what) else { return nil }
    guard items.count == 2 else {
      sink.error(at: read.location(node), "expected 2 payoffs [first player, second player] for \(what), found \(items.count)")
      return nil
    }
    let pair = items.compactMap { expression($0, for: what) }
    return pair.count == 2 ? pair : nil
  }

  /// `payoffs: {hold: [[0, 0], [-2, 1]], tariff: [...]}`: rows keyed by the first
  /// player's moves, one `[first, second]` cell per move of the second player.
  func parsePayoffTable(_ node: Yams.Node, for what: String) -> PayoffTableSyntax? {
    guard let entries = read.namedEntries(node, for: "the payoffs of \(what)") else { return nil }
    var table = PayoffTableSyntax(rows: [], location: read.location(node))
    for (move, rowNode) in entries {
      let rowWhat = "row '\(move.value)' of the payoffs of \(what)"
      guard let cells = read.list(rowNode, for: rowWhat) else {
        table.unreadableRows.append(move.value)
        continue
      }
      var row: [[ExpressionSyntax]] = []
      var locations: [SourceLocation] = []
      var ok = true
      for cell in cells {
        guard let pair = expressionPair(cell, for: "a cell in \(rowWhat)") else { ok = false; continue }
        row.append(pair)
        locations.append(read.location(cell))
      }
      if ok {
        table.rows.append((move, row, read.location(rowNode), locations))
      } else {
        table.unreadableRows.append(move.value)
      }
    }
    return table
  }

  /// `first/second: next` or `first/second: {next: p, other: q}`; `any` matches
  /// every move. The first entry in file order that matches a joint move wins.
  /// A mapping with a `when` key is conditional: `{when: COND, to: next, else: next}`,
  /// where `else` may itself be conditional.
  func parseTransitions(_ node: Yams.Node, for what: String) -> [TransitionSyntax] {
    guard case .mapping(let m) = node else {
      read.typeError(node, expected: "a mapping", for: "the transitions of \(what)")
      return []
    }
    var out: [TransitionSyntax] = []
    for (keyNode, value) in m {
      guard let key = jointKey(keyNode, for: "the transitions of \(what)") else { continue }
      var entry = TransitionSyntax(key: key, location: key.text.location)
      var current: Yams.Node? = value
      var ok = true
      while let v = current {
        current = nil
        guard case .mapping(let mm) = v, mm.keys.contains(where: { $0.string == "when" }) else {
          guard let next = parseNext(v, key: key, for: what) else { ok = false; break }
          entry.otherwise = next
          break
        }
        let context = "'\(key.text.value)' in \(what)"
        guard let f = read.mapping(v, for: "the conditional transition \(context)", allowed: ["when", "to", "else"], required: ["when", "to"]),
          let when = f["when"].flatMap({ condition($0, for: "the transition \(context)") }),
          let to = f["to"], let next = parseNext(to, key: key, for: what)
        else { ok = false; break }
        entry.guards.append((when, next))
        current = f["else"]
      }
      if ok { out.append(entry) }
    }
    return out
  }

  /// A next state, or a distribution `{state: probability, …}`.
  func parseNext(_ value: Yams.Node, key: JointKeySyntax, for what: String) -> NextSyntax? {
    if case .scalar = value {
      guard let target = read.name(value, for: "the next state after '\(key.text.value)' in \(what)") else { return nil }
      return NextSyntax(outcomes: [(target, target.map { _ in Rational.one })], expressions: [nil], location: target.location)
    }
    guard let entries = read.namedEntries(value, for: "the outcomes of '\(key.text.value)' in \(what)") else { return nil }
    if entries.isEmpty {
      sink.error(at: read.location(value), "no next state after '\(key.text.value)' in \(what)")
      return nil
    }
    var next = NextSyntax(outcomes: [], location: read.location(value))
    for (target, p) in entries {
      let context = "'\(target.value)' after '\(key.text.value)' in \(what)"
      // A probability that reads variables is an expression: `1/100 + risk/20`.
      if let text = read.scalarText(p), Rational(text.value.trimmingSpaces) == nil,
        let parsed = Self.parseExpression(text.value), !parsed.terms.isEmpty
      {
        guard let e = expression(p, for: context) else { next.complete = false; continue }
        next.outcomes.append((target, Located(e.constant, at: text.location, length: text.length)))
        next.expressions.append(e)
      } else if let probability = read.probability(p, for: context) {
        next.outcomes.append((target, probability))
        next.expressions.append(nil)
      } else {
        next.complete = false
      }
    }
    return next
  }
}
