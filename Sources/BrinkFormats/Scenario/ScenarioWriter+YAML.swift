import BrinkCore

extension ScenarioWriter {
  /// The document as scenario YAML (`brink-scenario/1`) that reads back to the same
  /// model: the REPL's `save` after an edit.
  ///
  /// The file is written in its most explicit form, so that any model can be
  /// expressed: payoffs as full expressions (player weights folded in), effects per
  /// joint move under each state's `effects`, transitions per joint move (or one
  /// `any/any` entry when they all agree). Comments of the original are not kept
  /// (YAML parsers drop them); descriptions, sources and notes are.
  public static func yaml(_ doc: ScenarioDocument) -> String {
    var w = YAMLLines()
    let s = doc.scenario
    let a = doc.annotations
    w.line("format: brink-scenario/1")
    w.line("name: \(doc.name)")
    if !s.title.isEmpty { w.line("title: \(quoted(s.title))") }
    if !s.description.isEmpty { w.line("description: \(quoted(s.description))") }
    if let d = doc.asOf { w.line("as_of: \(d)") }
    if !doc.sources.isEmpty {
      w.line("sources:")
      for src in doc.sources {
        w.line("  - id: \(src.id)")
        if let v = src.outlet { w.line("    outlet: \(quoted(v))") }
        if let v = src.title { w.line("    title: \(quoted(v))") }
        if let v = src.date { w.line("    date: \(v)") }
        if let v = src.url { w.line("    url: \(quoted(v))") }
        if let v = src.note { w.line("    note: \(quoted(v))") }
      }
    }
    writePlayers(s, a, into: &w)
    if s.variables.contains(where: { !$0.name.contains("@") }) {
      w.line("variables:")
      for v in s.variables where !v.name.contains("@") {  // a deadline's `@due`: written by its event
        w.line("  \(v.name):")
        w.line("    initial: \(v.initial)")
        if !v.unit.isEmpty { w.line("    unit: \(quoted(v.unit))") }
        if let d = a["variables.\(v.name).description"] { w.line("    description: \(quoted(d))") }
        if let d = a["variables.\(v.name).source"] { w.line("    source: \(quoted(d))") }
      }
    }
    let c = s.calendar
    w.line("calendar: {start: \(c.start), step: \(c.roundLengthDays), rounds: \(c.rounds)\(c.tail == .none ? "" : ", tail: \(c.tail.rawValue)")}")
    w.line("discount: \(s.discount)")
    w.line("initial: \(s.states[s.initialState].name)")
    w.line("states:")
    for st in s.states where !EscalationScenario.isDecisionState(st.name) { writeState(st, s, a, into: &w) }
    writeEvents(s, a, into: &w)
    writeBehaviour(s, into: &w)
    writeTypes(s, doc.annotations, into: &w)
    if !s.history.isEmpty {
      w.line("script:")
      for (i, h) in s.history.enumerated() {
        w.line("  - round: \(h.round + 1)")
        if i < doc.historyStates.count, let st = doc.historyStates[i] {
          // A deadline's round is written as the state it was made from (the move says the option).
          w.line("    state: \(s.states[s.deadlineSource(ofState: st)?.state ?? st].name)")
        }
        for (p, move) in h.moves.enumerated() where p < 2 { if let move { w.line("    \(s.players[p]): \(move)") } }
        if !h.note.isEmpty { w.line("    note: \(quoted(h.note))") }
        w.line("    source: \(quoted(h.source))")
      }
    }
    writeQuestions(doc, into: &w)
    writePriors(doc, into: &w)
    return w.text
  }

  // MARK: - Pieces

  static func writePlayers(_ s: EscalationScenario, _ a: [String: String], into w: inout YAMLLines) {
    w.line("players:")
    for p in 0..<2 {
      w.line("  \(s.players[p]):")
      if let n = a["players.\(s.players[p]).name"] { w.line("    name: \(quoted(n))") }
      w.line("    moves:")
      var seen = Set<String>()
      for (k, st) in s.states.enumerated() where !st.isTerminal && !EscalationScenario.isDecisionState(st.name) && s.dealMenu(inState: k) == nil {
        for m in st.moves[p] where seen.insert(m.name).inserted {
          var fields: [String] = []
          if m.label != m.name { fields.append("description: \(quoted(m.label))") }
          if let posture = m.posture { fields.append("posture: \(posture.rawValue)") }
          w.line("      \(m.name): " + (fields.isEmpty ? "{}" : "{\(fields.joined(separator: ", "))}"))
        }
      }
      // A move the script names that no state offers (a script entry that does not
      // say its state may name any declared move): declared too, so the written
      // script reads (found by fuzz-scenario). A deadline's `MOVE+OPTION` is not one:
      // the deadline's round offers it, and that round is made when the file is read.
      // Nor are the moves a deal's menu makes (its offers and answers, `keep`).
      let deadlineMoves = Set(s.states.indices.filter { EscalationScenario.isDecisionState(s.states[$0].name) || s.dealMenu(inState: $0) != nil }
        .flatMap { s.states[$0].moves[p].map(\.name) })
      for r in s.history where p < r.moves.count {
        if let m = r.moves[p], !deadlineMoves.contains(m), seen.insert(m).inserted { w.line("      \(m): {}") }
      }
      if seen.isEmpty { w.line("      hold: {}") }
    }
  }

  static func writeState(_ st: EscalationState, _ s: EscalationScenario, _ a: [String: String], into w: inout YAMLLines) {
    w.line("  \(st.name):")
    if !st.description.isEmpty { w.line("    description: \(quoted(st.description))") }
    if let src = a["states.\(st.name).source"] { w.line("    source: \(quoted(src))") }
    if st.isTerminal {
      w.line("    terminal: true")
      if let v = st.terminalPayoffs { w.line("    value: [\(expression(v[0], s)), \(expression(v[1], s))]") }
      if let f = st.terminalFlow { w.line("    flow: [\(expression(f[0], s)), \(expression(f[1], s))]") }
      return
    }
    let menu = s.stateIndex(named: st.name).flatMap(s.dealMenu(inState:))
    if menu == nil, case .sequential(let first) = st.timing { w.line("    order: \(s.players[first])") }
    if let a = st.availability {
      w.line("    available_when: \(condition(a.condition, s))")
      w.line("    otherwise: \(s.states[a.otherwise].name)")
    }
    if let menu { return writeDeal(menu, s, into: &w) }
    w.line("    moves: {\(s.players[0]): [\(st.moves[0].map(\.name).joined(separator: ", "))], \(s.players[1]): [\(st.moves[1].map(\.name).joined(separator: ", "))]}")
    w.line("    payoffs:")
    w.lines(table(st.outcomes.map { $0.map(\.payoffs) }, st, s, indent: "      "))
    w.line("    transitions:")
    let all = st.outcomes.joined().map { next($0, s) }
    if let first = all.first, all.allSatisfy({ $0 == first }) {
      w.line("      any/any: \(first)")
    } else {
      for (i, row) in st.outcomes.enumerated() {
        for (j, o) in row.enumerated() {
          w.line("      \(st.moves[0][i].name)/\(st.moves[1][j].name): \(next(o, s))")
        }
      }
    }
    var effectLines: [String] = []
    for (i, row) in st.outcomes.enumerated() {
      for (j, o) in row.enumerated() where !o.effects.isEmpty {
        effectLines.append("      \(st.moves[0][i].name)/\(st.moves[1][j].name): \(effects(o.effects, s))")
      }
    }
    if !effectLines.isEmpty {
      w.line("    effects:")
      w.lines(effectLines)
    }
  }

  /// Payoff rows keyed by the first player's moves.
  static func table(_ cells: [[[PayoffExpression]]], _ st: EscalationState, _ s: EscalationScenario, indent: String) -> [String] {
    cells.enumerated().map { i, row in
      "\(indent)\(st.moves[0][i].name): [" + row.map { "[\(expression($0[0], s)), \(expression($0[1], s))]" }.joined(separator: ", ") + "]"
    }
  }

  static func writeEvents(_ s: EscalationScenario, _ a: [String: String], into w: inout YAMLLines) {
    func effectFields(_ e: EventEffect) -> [String] {
      var f: [String] = []
      if let to = e.moveTo { f.append("goto: \(s.states[to].name)") }
      if !e.effects.isEmpty { f.append("effects: \(effects(e.effects, s))") }
      return f
    }
    func names(_ states: [Int]) -> String {
      states.map { s.states[$0].name }.filter { !EscalationScenario.isDecisionState($0) }.joined(separator: ", ")
    }
    if !s.events.isEmpty {
      w.line("events:")
      var written = Set<String>()
      for e in s.events {
        if let d = s.deadlines.first(where: { $0.name == e.name }) {
          if written.insert(d.name).inserted { w.line(deadline(d, s, a)) }
          continue
        }
        var f = ["name: \(e.name)", "date: \(e.date)"]
        if let d = a["events.\(e.name).description"] { f.append("description: \(quoted(d))") }
        if !e.source.isEmpty { f.append("source: \(quoted(e.source))") }
        if !e.states.isEmpty { f.append("in: [\(names(e.states))]") }
        if let c = e.condition { f.append("when: \(condition(c, s))") }
        f += effectFields(e.effect)
        w.line("  - {\(f.joined(separator: ", "))}")
      }
    }
    if !s.shocks.isEmpty {
      w.line("shocks:")
      for sh in s.shocks {
        var f = ["name: \(sh.name)", "probability: \(sh.probability)"]
        if !sh.states.isEmpty { f.append("from: [\(names(sh.states))]") }
        if sh.from != nil || sh.to != nil {
          f.append("window: [\(sh.from ?? s.calendar.start), \(sh.to ?? s.calendar.end)]")
        }
        if let c = sh.condition { f.append("when: \(condition(c, s))") }
        f += effectFields(sh.effect)
        if let d = a["shocks.\(sh.name).description"] { f.append("description: \(quoted(d))") }
        if let d = a["shocks.\(sh.name).source"] { f.append("source: \(quoted(d))") }
        w.line("  - {\(f.joined(separator: ", "))}")
      }
    }
  }

  /// A deadline that is a decision, as the one event entry it was read from.
  static func deadline(_ d: DeadlineDecision, _ s: EscalationScenario, _ a: [String: String]) -> String {
    var f = ["name: \(d.name)", "date: \(d.date)"]
    if let text = a["events.\(d.name).description"] { f.append("description: \(quoted(text))") }
    if !d.source.isEmpty { f.append("source: \(quoted(d.source))") }
    if !d.states.isEmpty { f.append("in: [\(d.states.map { s.states[$0].name }.joined(separator: ", "))]") }
    if let c = d.condition { f.append("when: \(condition(c, s))") }
    let options = d.options.map { o -> String in
      var g: [String] = []
      if o.label != o.name { g.append("description: \(quoted(o.label))") }
      if !o.effects.isEmpty { g.append("effects: \(effects(o.effects, s))") }
      if let to = o.moveTo { g.append("goto: \(s.states[to].name)") }
      if let n = o.extendRounds { g.append("rounds: \(n)") }
      return "\(o.name): {\(g.joined(separator: ", "))}"
    }
    f.append("decision: {player: \(s.players[d.player]), options: {\(options.joined(separator: ", "))}}")
    return "  - {\(f.joined(separator: ", "))}"
  }

  static func writeBehaviour(_ s: EscalationScenario, into w: inout YAMLLines) {
    w.line("behaviour:")
    for (p, b) in s.behaviours.enumerated() where p < 2 {
      var f: [String] = []
      // Model and selection words from the one table (`ModelName`).
      let model = "model: \(ModelName(b.model).rawValue)"
      switch b.model {
      case .equilibrium(let sel): f = [model, "select: \(sel.name)"]
      case .logit(let lambda): f = [model, "lambda: \(lambda)"]
      case .fixed(let strategies):
        var mix: [String] = []
        for (i, st) in s.states.enumerated() where i < strategies.count && !st.isTerminal && !EscalationScenario.isDecisionState(st.name) {
          guard let probs = strategies[i] else { continue }
          let moves = zip(st.moves[p], probs).map { "\($0.name): \($1)" }.joined(separator: ", ")
          mix.append("\(st.name): {\(moves)}")
        }
        f = [model] + (mix.isEmpty ? [] : ["mix: {\(mix.joined(separator: ", "))}"])
      case .titForTat, .grimTrigger, .script: f = [model]
      case .generousTitForTat(let forgiveness): f = [model, "forgiveness: \(forgiveness)"]
      }
      if !b.tremble.isZero { f.append("tremble: \(b.tremble)") }
      w.line("  \(s.players[p]): {\(f.joined(separator: ", "))}")
      let perceived = Set(b.perceivedPayoffs.map(\.state)).sorted().filter { !EscalationScenario.isDecisionState(s.states[$0].name) }
      if !perceived.isEmpty {
        // Block style for the tables: reopen the player's mapping.
        w.replaceLast(with: "  \(s.players[p]):")
        for field in f { w.line("    \(field)") }
        w.line("    perceives:")
        for index in perceived {
          let st = s.states[index]
          var cells = st.outcomes.map { $0.map(\.payoffs) }
          for o in b.perceivedPayoffs where o.state == index { cells[o.rowMove][o.columnMove] = o.payoffs }
          w.line("      \(st.name):")
          w.lines(table(cells, st, s, indent: "        "))
        }
      }
    }
  }

  // MARK: - Scalars

  /// `-1 - 1/100*us_tariff`, quoted when it is not a plain number.
  static func expression(_ e: PayoffExpression, _ s: EscalationScenario) -> String {
    let terms = e.terms.filter { !$0.coefficient.isZero }
    if terms.isEmpty { return e.constant.description }
    var text = e.constant.isZero ? "" : e.constant.description
    for t in terms {
      let name = s.variables[t.variable].name
      let magnitude = t.coefficient.magnitude
      let term = magnitude == .one ? name : "\(magnitude)*\(name)"
      if text.isEmpty {
        text = (t.coefficient.signum < 0 ? "-" : "") + term
      } else {
        text += (t.coefficient.signum < 0 ? " - " : " + ") + term
      }
    }
    return quoted(text)
  }

  /// A joint move's transition: its guarded transitions as a `when`/`to`/`else`
  /// chain ending in the default one.
  static func next(_ o: JointOutcome, _ s: EscalationScenario) -> String {
    o.guarded.reversed().reduce(transition(o.transition, s)) { rest, g in
      "{when: \(condition(g.condition, s)), to: \(transition(g.transition, s)), else: \(rest)}"
    }
  }

  /// A condition, quoted.
  static func condition(_ c: Condition, _ s: EscalationScenario) -> String {
    quoted(ConditionText.text(c, variables: s.variables.map(\.name)))
  }

  static func transition(_ t: Transition, _ s: EscalationScenario) -> String {
    if t.outcomes.count == 1, t.outcomes[0].probability == .one { return s.states[t.outcomes[0].state].name }
    return "{" + t.outcomes.map { "\(s.states[$0.state].name): \($0.expression.map { expression($0, s) } ?? $0.probability.description)" }.joined(separator: ", ") + "}"
  }

  /// Effects on one variable compose into one (`set` then `add` is a `set`), since
  /// a YAML mapping holds each variable once; the order of first mention is kept.
  static func composed(_ list: [VariableEffect]) -> [VariableEffect] {
    var order: [Int] = []
    var combined: [Int: VariableEffect.Operation] = [:]
    for e in list {
      if combined[e.variable] == nil { order.append(e.variable) }
      switch (combined[e.variable], e.operation) {
      case (.add(let a)?, .add(let b)): combined[e.variable] = .add(a + b)
      case (.set(let a)?, .add(let b)): combined[e.variable] = .set(a + b)
      default: combined[e.variable] = e.operation
      }
    }
    return order.map { VariableEffect(variable: $0, combined[$0]!) }
  }

  static func effects(_ list: [VariableEffect], _ s: EscalationScenario) -> String {
    "{" + composed(list).map { e -> String in
      switch e.operation {
      case .add(let d): return "\(s.variables[e.variable].name): \(quoted(d.signum < 0 ? "\(d)" : "+\(d)"))"
      case .set(let x): return "\(s.variables[e.variable].name): \(quoted("=\(x)"))"
      }
    }.joined(separator: ", ") + "}"
  }

  /// A double-quoted YAML string (escapes `\` and `"`, and control characters).
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

/// Lines of output, joined with newlines at the end.
struct YAMLLines {
  private var lines: [String] = []
  mutating func line(_ s: String) { lines.append(s) }
  mutating func lines(_ s: [String]) { lines += s }
  mutating func replaceLast(with s: String) { lines[lines.count - 1] = s }
  var text: String { lines.joined(separator: "\n") + "\n" }
}

extension ScenarioWriter {
  /// Writes the document as YAML to `path`, atomically.
  public static func write(_ doc: ScenarioDocument, to path: String) throws {
    try writeAtomically(yaml(doc), to: path)
  }
}
