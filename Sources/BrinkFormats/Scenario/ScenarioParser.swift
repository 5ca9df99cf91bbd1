import BrinkCore
import Yams

/// Reads the YAML tree of a scenario into `ScenarioSyntax`, checking keys and value
/// types as it goes. It never stops at the first problem: a field that cannot be read
/// is recorded in the sink and left out, and parsing continues with the next one.
/// Cross-references (unknown states, moves) are the validator's job.
struct ScenarioParser {
  let read: YAMLNodeReader
  var sink: DiagnosticSink { read.sink }

  init(sink: DiagnosticSink) { read = YAMLNodeReader(sink: sink) }

  static let topLevelKeys = [
    "format", "name", "title", "description", "sources", "players", "variables", "calendar",
    "discount", "initial", "states", "events", "shocks", "behaviour", "script", "as_of", "questions",
    "priors",
    "types",
  ]

  func parse(_ root: Yams.Node) -> ScenarioSyntax? {
    guard let top = read.mapping(root, for: "the scenario", allowed: Self.topLevelKeys,
                                 required: ["name", "players", "states"])
    else { return nil }
    var s = ScenarioSyntax(location: top.location)
    if let node = top["format"], let f = read.string(node, for: "'format'"), f.value != "brink-scenario/1" {
      sink.error(at: f.location, "unsupported format '\(f.value)'; this brink reads 'brink-scenario/1'", length: f.length)
    }
    if let node = top["name"] { s.name = read.name(node, for: "'name'") }
    if let node = top["title"] { s.title = read.string(node, for: "'title'")?.value }
    if let node = top["description"] { s.description = read.string(node, for: "'description'")?.value }
    if let node = top["sources"] { s.sources = parseSources(node) }
    if let node = top["players"] { s.players = parsePlayers(node, at: top.keyLocation("players")!) }
    if let node = top["variables"] { s.variables = parseVariables(node) }
    if let node = top["calendar"] { s.calendar = parseCalendar(node) }
    if let node = top["discount"] { s.discount = read.rational(node, for: "'discount'") }
    if let node = top["initial"] { s.initial = read.name(node, for: "'initial'") }
    if let node = top["states"] { s.states = parseStates(node, players: s.players) }
    if let node = top["events"] { s.events = parseEvents(node) }
    if let node = top["shocks"] { s.shocks = parseShocks(node) }
    if let node = top["behaviour"] { s.behaviour = parseBehaviour(node, players: s.players) }
    if let node = top["script"] { s.script = parseScript(node, players: s.players) }
    if let node = top["as_of"] { s.asOf = read.date(node, for: "'as_of'") }
    if let node = top["questions"] { s.questions = parseQuestions(node) }
    if let node = top["priors"] { s.priors = parsePriors(node) }
    if let node = top["types"] { s.types = parseTypes(node) }
    return s
  }

  // MARK: - Sources

  func parseSources(_ node: Yams.Node) -> [SourceSyntax] {
    guard let items = read.list(node, for: "'sources'") else { return [] }
    return items.compactMap { item in
      guard let f = read.mapping(item, for: "a source", allowed: ["id", "outlet", "title", "date", "url", "note"],
                                 required: ["id"]),
        let idNode = f["id"], let id = read.name(idNode, for: "a source id")
      else { return nil }
      return SourceSyntax(
        id: id,
        outlet: f["outlet"].flatMap { read.string($0, for: "'outlet'")?.value },
        title: f["title"].flatMap { read.string($0, for: "'title'")?.value },
        date: f["date"].flatMap { read.date($0, for: "the date of source '\(id.value)'") },
        url: f["url"].flatMap { read.string($0, for: "'url'")?.value },
        note: f["note"].flatMap { read.string($0, for: "'note'")?.value })
    }
  }

  // MARK: - Players and moves

  func parsePlayers(_ node: Yams.Node, at location: SourceLocation) -> [PlayerSyntax] {
    guard let entries = read.namedEntries(node, for: "'players'") else { return [] }
    if entries.count != 2 {
      sink.error(at: read.location(node), "a scenario has exactly 2 players, found \(entries.count)")
    }
    return entries.prefix(2).map { id, body in
      var player = PlayerSyntax(id: id)
      let what = "player '\(id.value)'"
      guard let f = read.mapping(body, for: what, allowed: ["name", "moves", "weights"], required: ["moves"])
      else { return player }
      player.name = f["name"].flatMap { read.string($0, for: "the name of \(what)")?.value }
      if let movesNode = f["moves"], let moves = read.namedEntries(movesNode, for: "the moves of \(what)") {
        player.moves = moves.map { parseMove($0, $1, player: id.value) }
        if moves.isEmpty { sink.error(at: read.location(movesNode), "\(what) has no moves") }
      }
      if let w = f["weights"], let entries = read.namedEntries(w, for: "the weights of \(what)") {
        player.weights = entries.compactMap { name, value in
          read.rational(value, for: "the weight of '\(name.value)'").map { (name, $0) }
        }
      }
      return player
    }
  }

  func parseMove(_ id: Located<String>, _ body: Yams.Node, player: String) -> MoveSyntax {
    var move = MoveSyntax(id: id)
    if id.value == "any" {
      sink.error(at: id.location, "'any' is reserved (it matches every move in transitions); rename this move",
                 length: id.length)
    }
    // `hold:` with nothing, or `hold: some words`, are both fine.
    if case .scalar(let s) = body {
      move.description = s.string.isEmpty ? nil : s.string
      return move
    }
    let what = "move '\(id.value)' of '\(player)'"
    guard let f = read.mapping(body, for: what, allowed: ["description", "posture", "effects"]) else { return move }
    move.description = f["description"].flatMap { read.string($0, for: "the description of \(what)")?.value }
    move.posture = f["posture"].flatMap { read.choice($0, for: "posture", among: ["escalate", "hold"]) }
      .flatMap { Posture(rawValue: $0.value) }
    if let e = f["effects"] { move.effects = parseEffects(e, for: what) }
    return move
  }

  /// `variable: +N` adds, `variable: -N` subtracts, `variable: =N` sets.
  func parseEffects(_ node: Yams.Node, for what: String) -> [EffectSyntax] {
    guard let entries = read.namedEntries(node, for: "the effects of \(what)") else { return [] }
    return entries.compactMap { variable, value in
      guard let text = read.string(value, for: "the effect on '\(variable.value)'") else { return nil }
      let t = text.value.trimmingSpaces
      let op: EffectSyntax.Operation
      let amountText: String
      if t.hasPrefix("=") {
        op = .set
        amountText = String(t.dropFirst()).trimmingSpaces
      } else if t.hasPrefix("+") || t.hasPrefix("-") {
        op = .add
        amountText = t
      } else {
        sink.error(at: text.location, "effect '\(text.value)' on '\(variable.value)' needs a sign: write '+\(t)' to add or '=\(t)' to set",
                   length: text.length)
        return nil
      }
      guard let amount = Rational(amountText) else {
        sink.error(at: text.location, "expected a number for the effect on '\(variable.value)', found '\(text.value)'",
                   length: text.length)
        return nil
      }
      return EffectSyntax(variable: variable, operation: op, amount: text.map { _ in amount })
    }
  }

  // MARK: - Variables, calendar, per-player numbers

  func parseVariables(_ node: Yams.Node) -> [VariableSyntax] {
    guard let entries = read.namedEntries(node, for: "'variables'") else { return [] }
    return entries.map { id, body in
      var v = VariableSyntax(id: id)
      let what = "variable '\(id.value)'"
      // `us_tariff: 57` is short for `us_tariff: {initial: 57}`.
      if case .scalar = body {
        v.initial = read.rational(body, for: "the initial value of \(what)")
        return v
      }
      guard let f = read.mapping(body, for: what, allowed: ["initial", "unit", "description", "source"],
                                 required: ["initial"])
      else { return v }
      v.initial = f["initial"].flatMap { read.rational($0, for: "the initial value of \(what)") }
      v.unit = f["unit"].flatMap { read.string($0, for: "the unit of \(what)")?.value }
      v.description = f["description"].flatMap { read.string($0, for: "the description of \(what)")?.value }
      v.source = f["source"].flatMap { read.string($0, for: "the source of \(what)")?.value }
      return v
    }
  }

  func parseCalendar(_ node: Yams.Node) -> CalendarSyntax {
    var c = CalendarSyntax(location: read.location(node))
    guard let f = read.mapping(node, for: "'calendar'", allowed: ["start", "step", "rounds", "end", "tail"]) else { return c }
    c.start = f["start"].flatMap { read.date($0, for: "the calendar's 'start'") }
    c.step = f["step"].flatMap { read.integer($0, for: "the calendar's 'step' (days per round)", in: 1...366) }
    c.rounds = f["rounds"].flatMap { read.integer($0, for: "the calendar's 'rounds'", in: 1...100_000) }
    c.end = f["end"].flatMap { read.date($0, for: "the calendar's 'end'") }
    if let node = f["tail"], let text = read.string(node, for: "the calendar's 'tail'") {
      if let tail = HorizonTail(rawValue: text.value) {
        c.tail = text.map { _ in tail }
      } else {
        let names = HorizonTail.allCases.map(\.rawValue)
        let notes = Suggestions.didYouMean(text.value, in: names).map { [$0] } ?? []
        sink.error(at: text.location, "unknown tail '\(text.value)': write \(names.map { "'\($0)'" }.joined(separator: " or "))",
                   length: text.length, notes: notes)
      }
    }
    if c.rounds != nil, let end = c.end {
      sink.error(at: end.location, "give the horizon as 'rounds' or as 'end', not both", length: end.length)
    }
    if let end = c.end, let start = c.start, end.value < start.value {
      sink.error(at: end.location, "the calendar ends (\(end.value)) before it starts (\(start.value))", length: end.length)
      c.end = nil
    }
    if c.end != nil, c.start == nil {
      sink.error(at: c.location!, "the calendar's 'end' needs a 'start'")
    }
    return c
  }
}
