import BrinkCore

extension ScenarioSolveJSON {
  /// The `nodes` array, written straight to text (`JSONText`): the same bytes as
  /// `.array(nodes.map(node))` written as the top object's member, without the tree.
  ///
  /// A rule-following ladder has thousands of decision nodes that play a handful of
  /// ways (the 2018–19 tariff rounds: 3,800 nodes; building, writing and freeing
  /// their tree was most of `brink solve --json`, issue 11), so the parts a node
  /// shares with others are written once and copied: its strategies (with a
  /// sequential stage's `firstMover` and `responses`), keyed by the state and what
  /// is played; its `why`, keyed by the explanations; each `name: value` of a
  /// variable. A node's own round, state name and values are written each time,
  /// and a bargaining node's `bargaining` object through `JSONValue`.
  static func nodesText(_ solved: SolvedScenario, why: ([ChoiceExplanation], Int) -> String) -> JSONText {
    // The top object is at level 0, its `nodes` member's value at 1, each node at 2.
    let level = 1
    var out = JSONBytes()
    var cache = NodeTextCache(solved)
    var first = true
    for t in 0..<solved.horizon {
      for n in solved.graph.rounds[t].indices where solved.nodes[t][n].played != nil {
        out.append(first ? "[\n" : ",\n")
        first = false
        out.pad(level + 1)
        writeNode(solved, round: t, index: n, why: why, level: level + 1, cache: &cache, to: &out)
      }
    }
    if first {
      out.append("[]")
    } else {
      out.append(UInt8(ascii: "\n"))
      out.pad(level)
      out.append(UInt8(ascii: "]"))
    }
    return JSONText(out, indent: level)
  }

  /// What the nodes share, each written once (`nodesText`).
  struct NodeTextCache {
    struct PlayKey: Hashable {
      var state: Int
      var exact: StageStrategy<Rational>?
      var played: StageStrategy<Double>?
    }

    /// Searched in order with `==` before hashing: nodes that play alike share their
    /// strategies' and explanations' arrays (`Run.assemble`), so comparing is
    /// mostly a pointer check where hashing walks every number.
    var plays = [(key: PlayKey, bytes: JSONBytes)]()
    var playTable = [PlayKey: JSONBytes]()
    var whys = [(key: [ChoiceExplanation], bytes: JSONBytes)]()
    var whyTable = [[ChoiceExplanation]: JSONBytes]()
    static let listed = 16
    var variableTexts = [VariableValue: JSONBytes]()
    let tracked: [Int]
    var denominators = Rational.DenominatorTexts()

    struct VariableValue: Hashable {
      var variable: Int
      var value: Rational
    }

    init(_ solved: SolvedScenario) {
      tracked = solved.scenario.variables.indices.filter { solved.graph.trackedVariables[$0] }
    }

    func play(_ key: PlayKey) -> JSONBytes? {
      for entry in plays where entry.key == key { return entry.bytes }
      return plays.count < Self.listed ? nil : playTable[key]
    }

    mutating func remember(_ key: PlayKey, _ bytes: JSONBytes) {
      if plays.count < Self.listed { plays.append((key, bytes)) } else { playTable[key] = bytes }
    }

    func why(_ key: [ChoiceExplanation]) -> JSONBytes? {
      for entry in whys where entry.key == key { return entry.bytes }
      return whys.count < Self.listed ? nil : whyTable[key]
    }

    mutating func remember(why key: [ChoiceExplanation], _ bytes: JSONBytes) {
      if whys.count < Self.listed { whys.append((key, bytes)) } else { whyTable[key] = bytes }
    }
  }

  /// One node's object at `level`, as `node(_:round:index:why:)` writes it there.
  private static func writeNode(_ solved: SolvedScenario, round t: Int, index n: Int,
                                why: ([ChoiceExplanation], Int) -> String, level: Int,
                                cache: inout NodeTextCache, to out: inout JSONBytes) {
    let scenario = solved.scenario
    let ladder = solved.graph.rounds[t][n].node
    let state = scenario.states[ladder.state]
    let solvedNode = solved.nodes[t][n]
    let inner = level + 1
    out.append("{\n")
    out.pad(inner)
    out.append("\"round\": ")
    out.append(String(t + 1))
    out.append(",\n")
    out.pad(inner)
    out.append("\"state\": ")
    out.appendString(state.name)
    out.append(",\n")
    out.pad(inner)
    out.append("\"variables\": ")
    if cache.tracked.isEmpty {
      out.append("{}")
    } else {
      out.append("{\n")
      for (k, v) in cache.tracked.enumerated() {
        out.pad(inner + 1)
        let key = NodeTextCache.VariableValue(variable: v, value: ladder.values[v])
        if let text = cache.variableTexts[key] {
          out.append(text)
        } else {
          var text = JSONBytes()
          text.appendString(scenario.variables[v].name)
          text.append(": ")
          text.appendString(ladder.values[v].description)
          cache.variableTexts[key] = text
          out.append(text)
        }
        out.append(k + 1 < cache.tracked.count ? ",\n" : "\n")
      }
      out.pad(inner)
      out.append(UInt8(ascii: "}"))
    }
    out.append(",\n")
    out.pad(inner)
    // The strategies, and a sequential stage's first mover and responses: a
    // function of the state and what is played.
    let playKey = NodeTextCache.PlayKey(state: ladder.state, exact: solvedNode.exactPlayed, played: solvedNode.played)
    if let text = cache.play(playKey) {
      out.append(text)
    } else {
      var text = JSONBytes()
      let fields = node(solved, round: t, index: n) { _, _ in "" }
      guard case .object(let members) = fields else { preconditionFailure("a node is an object") }
      var wrote = false
      for (key, value) in members where key == "strategies" || key == "firstMover" || key == "responses" {
        if wrote {
          text.append(",\n")
          text.pad(inner)
        }
        wrote = true
        text.appendString(key)
        text.append(": ")
        value.write(to: &text, indent: inner)
      }
      cache.remember(playKey, text)
      out.append(text)
    }
    out.append(",\n")
    // Without deal menus there is no bargaining node (and no copy of the node to find out).
    if !scenario.dealMenus.isEmpty, let range = BargainingRange(solved, round: t, node: n) {
      out.pad(inner)
      out.append("\"bargaining\": ")
      bargaining(range, players: scenario.players).write(to: &out, indent: inner)
      out.append(",\n")
    }
    out.pad(inner)
    out.append("\"values\": ")
    if let exact = solvedNode.exactValues {
      // `writeStrings(exact.map(\.description))`, written in place.
      out.append(UInt8(ascii: "["))
      for (i, x) in exact.enumerated() {
        if i > 0 { out.append(", ") }
        out.appendExact(x, denominators: &cache.denominators)
      }
      out.append(UInt8(ascii: "]"))
    } else {
      writeStrings(solvedNode.values.map(decimal), to: &out)
    }
    out.append(",\n")
    out.pad(inner)
    out.append("\"why\": ")
    if let text = cache.why(solvedNode.explanations) {
      out.append(text)
    } else {
      var text = JSONBytes()
      writeStrings((0..<2).map { why(solvedNode.explanations, $0) }, to: &text)
      cache.remember(why: solvedNode.explanations, text)
      out.append(text)
    }
    out.append(UInt8(ascii: "\n"))
    out.pad(level)
    out.append(UInt8(ascii: "}"))
  }

  /// An array of strings on one line, as `JSONValue` writes it.
  private static func writeStrings(_ strings: [String], to out: inout JSONBytes) {
    guard !strings.isEmpty else { out.append("[]"); return }
    out.append(UInt8(ascii: "["))
    for (i, s) in strings.enumerated() {
      if i > 0 { out.append(", ") }
      out.appendString(s)
    }
    out.append(UInt8(ascii: "]"))
  }
}
