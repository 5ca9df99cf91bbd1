import BrinkCore
import BrinkFormats

/// `set perceives PLAYER ROWMOVE COLUMNMOVE WHOSE VALUE`: misperception, as the
/// scenario format's `perceives` (Docs/scenario-format.md, `behaviour`): PLAYER
/// chooses as if WHOSE's payoff at that cell of the current state were VALUE; the
/// truth is unchanged and is what everyone is paid (Jervis, *Perception and
/// Misperception in International Politics*, 1976). `set perceives PLAYER truth`
/// clears PLAYER's misperceptions. Exact and undoable; on a plain game it sets the
/// behaviour on the game played once (`SetPlainGameBehaviour.swift`).
extension Session {
  static let perceivesUsage = "set perceives PLAYER ROWMOVE COLUMNMOVE WHOSE VALUE | set perceives PLAYER truth"

  func setPerceives(_ arguments: [String]) throws(CommandError) -> String {
    let usage = Self.perceivesUsage
    var doc = behaviourScenario()
    guard let first = arguments.first else { throw CommandError("missing PLAYER", usage: usage) }
    let p = try player(named: first, usage: usage)
    if arguments.count == 2, arguments[1].lowercased() == "truth" {
      checkpoint("set perceives")
      doc.scenario.behaviours[p].perceivedPayoffs = []
      let note = adopt(doc)
      return "\(players[p]) now perceives the true payoffs.\(note)"
    }
    try expectCount(Array(arguments.dropFirst()), 4...4, usage: usage)
    if isAtTerminal { throw CommandError("the scenario has ended; a terminal state has no payoffs to misperceive") }
    try refuseDeadlineRoundEdit()
    if let here = position?.state, !Session.takesAMix(doc.scenario, here) {
      throw CommandError("\(doc.scenario.states[here].name) is made from a deal's menu: its payoffs cannot be misperceived (as in a file); each side values a deal by its weights")
    }
    let i = try move(named: arguments[1], of: 0, usage: usage)
    let j = try move(named: arguments[2], of: 1, usage: usage)
    let whose = try player(named: arguments[3], usage: usage)
    let value = try number(arguments[4], argument: "VALUE", usage: usage)
    let state = position?.state ?? 0
    var overrides = doc.scenario.behaviours[p].perceivedPayoffs
    let k = overrides.firstIndex { $0.state == state && $0.rowMove == i && $0.columnMove == j }
    var cell = k.map { overrides[$0] }
      ?? PayoffOverride(state: state, rowMove: i, columnMove: j, payoffs: doc.scenario.states[state].outcomes[i][j].payoffs)
    cell.payoffs[whose] = PayoffExpression(value)
    if let k { overrides[k] = cell } else { overrides.append(cell) }
    checkpoint("set perceives")
    doc.scenario.behaviours[p].perceivedPayoffs = overrides
    let note = adopt(doc)
    return "\(players[p]) now perceives \(players[whose])'s payoff at \(profileText(i, j)) as \(value) (truly \(whose == 0 ? game.a[i][j] : game.b[i][j])).\(note)"
  }
}
