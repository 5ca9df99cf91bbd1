import BrinkCore
import Yams

extension ScenarioParser {
  func parseEvents(_ node: Yams.Node) -> [EventSyntax] {
    guard let items = read.list(node, for: "'events'") else { return [] }
    return items.compactMap { item in
      guard let f = read.mapping(item, for: "an event", allowed: ["name", "date", "description", "source", "in", "goto", "effects", "when", "decision"],
                                 required: ["name", "date"]),
        let name = f["name"].flatMap({ read.name($0, for: "an event's name") })
      else { return nil }
      let what = "event '\(name.value)'"
      var e = EventSyntax(name: name)
      e.date = f["date"].flatMap { read.date($0, for: "the date of \(what)") }
      e.description = f["description"].flatMap { read.string($0, for: "the description of \(what)")?.value }
      e.source = f["source"].flatMap { read.string($0, for: "the source of \(what)")?.value }
      e.within = f["in"].map { nameList($0, for: "the states of \(what)") } ?? []
      e.goto = f["goto"].flatMap { read.name($0, for: "'goto' of \(what)") }
      e.when = f["when"].flatMap { condition($0, for: what) }
      if let effects = f["effects"] { e.effects = parseEffects(effects, for: what) }
      if let d = f["decision"] {
        e.decision = parseDecision(d, for: what)
        for key in ["goto", "effects"] {
          if let at = f.keyLocation(key) {
            sink.error(at: at, "\(what) is a decision: '\(key)' belongs to its options", length: key.count,
                       notes: ["move it under the option that does it, e.g. 'enforce: {\(key): ...}'"])
          }
        }
      } else if e.goto == nil && e.effects.isEmpty && f["goto"] == nil && f["effects"] == nil {
        sink.error(at: name.location, "\(what) does nothing: give it 'goto', 'effects' or 'decision'", length: name.length)
      }
      return e
    }
  }

  /// `decision: {player: P, options: {NAME: OPTION, ...}}`, an option being empty,
  /// a line of text (its description), or `{description, effects, goto, rounds}`.
  func parseDecision(_ node: Yams.Node, for what: String) -> DecisionSyntax? {
    guard let f = read.mapping(node, for: "the decision of \(what)", allowed: ["player", "options"], required: ["player", "options"])
    else { return nil }
    var d = DecisionSyntax(location: f.location)
    d.player = f["player"].flatMap { read.name($0, for: "the player of the decision of \(what)") }
    guard let o = f["options"], let entries = read.namedEntries(o, for: "the options of the decision of \(what)") else { return d }
    if entries.count < 2 {
      sink.error(at: read.location(o), "the decision of \(what) needs at least two options, found \(entries.count)")
    }
    d.options = entries.map { id, body in
      var option = DecisionOptionSyntax(id: id)
      if case .scalar(let s) = body {
        option.description = s.string.isEmpty ? nil : s.string
        return option
      }
      let where_ = "option '\(id.value)' of \(what)"
      guard let g = read.mapping(body, for: where_, allowed: ["description", "effects", "goto", "rounds"]) else { return option }
      option.description = g["description"].flatMap { read.string($0, for: "the description of \(where_)")?.value }
      if let e = g["effects"] { option.effects = parseEffects(e, for: where_) }
      option.goto = g["goto"].flatMap { read.name($0, for: "'goto' of \(where_)") }
      option.rounds = g["rounds"].flatMap { read.integer($0, for: "the rounds of \(where_)", in: 1...100_000) }
      if g["goto"] != nil, let at = g.keyLocation("rounds") {
        sink.error(at: at, "\(where_) both ends the deadline ('goto') and extends it ('rounds')", length: "rounds".count)
      }
      return option
    }
    return d
  }

  func parseShocks(_ node: Yams.Node) -> [ShockSyntax] {
    guard let items = read.list(node, for: "'shocks'") else { return [] }
    return items.compactMap { item in
      guard let f = read.mapping(item, for: "a shock", allowed: ["name", "probability", "from", "window", "goto", "effects", "description", "source", "when"],
                                 required: ["name", "probability"]),
        let name = f["name"].flatMap({ read.name($0, for: "a shock's name") })
      else { return nil }
      let what = "shock '\(name.value)'"
      var s = ShockSyntax(name: name)
      s.probability = f["probability"].flatMap { read.probability($0, for: "the probability of \(what)") }
      s.from = f["from"].map { nameList($0, for: "the states of \(what)") } ?? []
      if let w = f["window"], let items = read.list(w, for: "the window of \(what)") {
        if items.count == 2 {
          s.windowStart = read.date(items[0], for: "the start of the window of \(what)")
          s.windowEnd = read.date(items[1], for: "the end of the window of \(what)")
          if let a = s.windowStart, let b = s.windowEnd, b.value < a.value {
            sink.error(at: b.location, "the window of \(what) ends (\(b.value)) before it starts (\(a.value))", length: b.length)
          }
        } else {
          sink.error(at: read.location(w), "expected [first day, last day] for the window of \(what), found \(items.count) dates")
        }
      }
      s.goto = f["goto"].flatMap { read.name($0, for: "'goto' of \(what)") }
      s.when = f["when"].flatMap { condition($0, for: what) }
      if let effects = f["effects"] { s.effects = parseEffects(effects, for: what) }
      s.description = f["description"].flatMap { read.string($0, for: "the description of \(what)")?.value }
      s.source = f["source"].flatMap { read.string($0, for: "the source of \(what)")?.value }
      if f["goto"] == nil && f["effects"] == nil {
        sink.error(at: name.location, "\(what) does nothing: give it 'goto' or 'effects'", length: name.length)
      }
      return s
    }
  }

  /// A scripted move: a name, or `MOVE+OPTION` in the round of a deadline that is
  /// a decision (the validator checks that the option is one).
  func scriptMove(_ node: Yams.Node, for what: String) -> Located<String>? {
    if case .scalar(let scalar) = node {
      let parts = scalar.string.split(separator: "+", omittingEmptySubsequences: false)
      if parts.count == 2, parts.allSatisfy({ YAMLNodeReader.isName(String($0)) }) { return read.string(node, for: what) }
    }
    return read.name(node, for: what)
  }

  /// `[a, b]` or a single name.
  func nameList(_ node: Yams.Node, for what: String) -> [Located<String>] {
    if case .scalar = node { return read.name(node, for: what).map { [$0] } ?? [] }
    guard let items = read.list(node, for: what) else { return [] }
    return items.compactMap { read.name($0, for: what) }
  }

  func parseScript(_ node: Yams.Node, players: [PlayerSyntax]) -> [ScriptRoundSyntax] {
    guard let items = read.list(node, for: "'script'") else { return [] }
    let ids = players.map(\.id.value)
    return items.enumerated().compactMap { index, item in
      let what = "script entry \(index + 1)"
      guard let f = read.mapping(item, for: what, allowed: ["round", "date", "state", "source", "note"] + ids) else { return nil }
      var r = ScriptRoundSyntax(location: f.location)
      r.round = f["round"].flatMap { read.integer($0, for: "the round of \(what)", in: 1...100_000) }
      r.date = f["date"].flatMap { read.date($0, for: "the date of \(what)") }
      if f["round"] == nil && f["date"] == nil {
        sink.error(at: f.location, "\(what) needs a 'round' or a 'date'")
      }
      r.state = f["state"].flatMap { read.name($0, for: "the state of \(what)") }
      r.source = f["source"].flatMap { read.string($0, for: "the source of \(what)")?.value }
      r.note = f["note"].flatMap { read.string($0, for: "the note of \(what)")?.value }
      if r.source == nil {
        sink.error(at: f.location, "\(what) has no 'source': every scripted move must say where it was reported")
      }
      for (i, id) in ids.enumerated() where i < 2 {
        // A side whose move was not reported is left out: its move is unknown.
        if let m = f[id] { r.moves[i] = scriptMove(m, for: "the move of '\(id)' in \(what)") }
      }
      return r
    }
  }
}
