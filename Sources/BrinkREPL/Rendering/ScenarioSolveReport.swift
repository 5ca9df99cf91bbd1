import BrinkCore
import BrinkFormats

/// `brink solve FILE.yaml`: a solved scenario, every decision node of every round.
///
/// Only the nodes the unrolled ladder reaches (`LadderGraph`) are listed, grouped by
/// round, one line per node: its state (and the payoff-relevant variables when the
/// scenario has any), each player's strategy, exact with decimals alongside, the
/// continuation values, and why the players play so (`SolvedScenarioText.reason`).
/// Terminal nodes and the horizon have no choice to make and are left out.
public enum ScenarioSolveReport {
  public static func render(_ doc: ScenarioDocument, solved: SolvedScenario, file: String) -> String {
    let scenario = solved.scenario
    let players = scenario.players
    var lines = ["\(scenario.title.isEmpty ? doc.name : scenario.title) (\(file))"]
    lines.append("\(players[0]) vs \(players[1]); \(solved.horizon) round\(solved.horizon == 1 ? "" : "s") from \(scenario.calendar.start), discount \(scenario.discount)")
    lines.append("")
    lines.append(SolvedScenarioText.heading(solved))
    lines.append("  " + SolvedScenarioText.expectedValues(solved))
    if let tail = solved.tail {
      lines.append("  After round \(solved.horizon): a stationary tail at δ = \(scenario.discount); \(tail.summary).")
    }
    // The node lines are appended to one text as they are written, not joined
    // from thousands of strings (the 2018–19 tariff rounds: 3,800 lines, issue 11),
    // in bytes made a `String` once: appending to a `String` a piece at a time was
    // a fifth of that solve.
    var text = [UInt8]()
    text.reserveCapacity(1 << 16)
    text.append(contentsOf: (lines.joined(separator: "\n") + "\n").utf8)
    var cache = LineCache(solved)
    for t in 0..<solved.horizon {
      let decisions = solved.graph.rounds[t].indices.filter { solved.nodes[t][$0].played != nil }
      guard !decisions.isEmpty else { continue }
      text.append(contentsOf: "\nRound \(t + 1) (\(scenario.calendar.date(ofRound: t))):\n".utf8)
      for n in decisions {
        text.append(contentsOf: "  ".utf8)
        write(solved, round: t, node: n, cache: &cache, to: &text)
        text.append(UInt8(ascii: "\n"))
      }
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// What a node's strategies and reasons are written from (`plays(_:state:)`). A
  /// rule-following ladder has thousands of nodes and a handful of these (issue 11:
  /// the 2018–19 tariff rounds print 3,800 lines), so each is written once.
  struct PlayKey: Hashable {
    var state: Int
    var exact: StageStrategy<Rational>?
    var intended: StageStrategy<Double>?
    var played: StageStrategy<Double>?
    var explanations: [ChoiceExplanation]
  }

  /// What the lines of one report share, written once: the strategies of each
  /// `PlayKey`, the tracked variables, and each `name=value` of a variable (a
  /// ladder's nodes take a few values each, over thousands of lines).
  struct LineCache {
    /// Searched in order with `==`, not hashed: a node's strategies share their
    /// arrays with every other node's that plays the same (`Run.assemble` makes each
    /// distinct one once), so comparing is a pointer check where hashing walked
    /// every number (issue 11). A handful of entries; a ladder with more falls back
    /// to `playTable`.
    var plays = [(key: PlayKey, text: PlayText)]()
    var playTable = [PlayKey: PlayText]()
    static let listedPlays = 16

    func text(of key: PlayKey) -> PlayText? {
      for entry in plays where entry.key == key { return entry.text }
      return plays.count < Self.listedPlays ? nil : playTable[key]
    }

    mutating func remember(_ key: PlayKey, _ text: PlayText) {
      if plays.count < Self.listedPlays { plays.append((key, text)) } else { playTable[key] = text }
    }
    let tracked: [Int]
    var variableTexts = [VariableValue: [UInt8]]()

    init(_ solved: SolvedScenario) {
      tracked = solved.scenario.variables.indices.filter { solved.graph.trackedVariables[$0] }
    }
  }

  /// A node's strategies and reasons (`plays(_:state:scenario:)`), in UTF-8.
  struct PlayText {
    var strategies: [UInt8]
    var why: [UInt8]

    init(_ text: (strategies: String, why: String)) {
      strategies = Array(text.strategies.utf8)
      why = Array(text.why.utf8)
    }
  }

  struct VariableValue: Hashable {
    var variable: Int
    var value: Rational
  }

  /// One node: `state [vars]: P0 strategy | P1 strategy | values …  (why)`.
  static func line(_ solved: SolvedScenario, round t: Int, node n: Int) -> String {
    var cache = LineCache(solved)
    return line(solved, round: t, node: n, cache: &cache)
  }

  /// `line(_:round:node:)`, with the strategies of a simultaneous stage looked up
  /// in `cache` (a sequential one reads its stage game, so it is written each time).
  static func line(_ solved: SolvedScenario, round t: Int, node n: Int, cache: inout LineCache) -> String {
    var text = [UInt8]()
    write(solved, round: t, node: n, cache: &cache, to: &text)
    return String(decoding: text, as: UTF8.self)
  }

  /// `line(_:round:node:cache:)`, appended to `out` in UTF-8.
  static func write(_ solved: SolvedScenario, round t: Int, node n: Int, cache: inout LineCache, to out: inout [UInt8]) {
    let scenario = solved.scenario
    let ladder = solved.graph.rounds[t][n].node
    let state = scenario.states[ladder.state]
    let solvedNode = solved.nodes[t][n]
    out.append(contentsOf: state.name.utf8)
    if !cache.tracked.isEmpty {
      out.append(contentsOf: " [".utf8)
      for (k, v) in cache.tracked.enumerated() {
        if k > 0 { out.append(UInt8(ascii: " ")) }
        let key = VariableValue(variable: v, value: ladder.values[v])
        if let text = cache.variableTexts[key] {
          out.append(contentsOf: text)
        } else {
          let text = Array("\(scenario.variables[v].name)=\(ladder.values[v])".utf8)
          cache.variableTexts[key] = text
          out.append(contentsOf: text)
        }
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append(contentsOf: ": ".utf8)
    func finish(_ text: PlayText) {
      out.append(contentsOf: text.strategies)
      out.append(contentsOf: " | values ".utf8)
      // `SolvedScenarioText.values`, appended part by part rather than joined.
      for p in 0..<2 {
        if p > 0 { out.append(contentsOf: ", ".utf8) }
        out.append(contentsOf: scenario.players[p].utf8)
        out.append(UInt8(ascii: " "))
        if let exact = solvedNode.exactValues {
          out.append(contentsOf: SolvedScenarioText.value(exact[p], nearest: solvedNode.values[p]).utf8)
        } else {
          out.append(contentsOf: SolvedScenarioText.number(solvedNode.values[p]).utf8)
        }
      }
      out.append(contentsOf: text.why)
    }
    guard solvedNode.played?.isSequential == false else {
      finish(PlayText(self.plays(solvedNode, state: ladder.state, scenario: scenario)))
      return
    }
    let key = PlayKey(state: ladder.state, exact: solvedNode.exactPlayed, intended: solvedNode.intended,
                      played: solvedNode.played, explanations: solvedNode.explanations)
    let text: PlayText
    if let hit = cache.text(of: key) { text = hit } else {
      text = PlayText(self.plays(solvedNode, state: ladder.state, scenario: scenario))
      cache.remember(key, text)
    }
    finish(text)
  }

  /// `P0 strategy | P1 strategy`, and ` (why)`.
  private static func plays(_ solvedNode: SolvedNode, state s: Int, scenario: EscalationScenario)
    -> (strategies: String, why: String)
  {
    let state = scenario.states[s]
    // With a tremble, what a player intends and what it plays are said apart
    // (issue 10, item 7), so a trembled mix is not read as an equilibrium mix.
    let follower = SequentialStageAnalysis(solvedNode)?.follower
    let strategies = (0..<2).map { p in
      let moves = state.moves.map { $0.map(\.name) }
      let play = SolvedScenarioText.play(solvedNode, player: p, moves: moves[p],
                                         tremble: scenario.behaviours[p].tremble, exact: true)
      if p != follower, play.hasPrefix("intends ") { return "\(scenario.players[p]) \(play)" }
      return "\(scenario.players[p]) \(SolvedScenarioText.strategy(solvedNode, player: p, moves: moves))"
    }
    let reasons = (0..<2).map { SolvedScenarioText.reason(solvedNode.explanations, $0) }
    let why = reasons[0] == reasons[1] ? reasons[0] : " (\(scenario.players[0])" + reasons[0].dropFirst(2).dropLast() + "; \(scenario.players[1]) " + reasons[1].dropFirst(2).dropLast() + ")"
    return (strategies.joined(separator: " | "), why)
  }
}
