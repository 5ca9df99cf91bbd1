import BrinkCore
import BrinkFormats

/// `set` for the scenario's parameters: the discount, a player's tremble, and a
/// transition probability (the strategy model is in SetModel.swift; a tremble on a
/// plain game sets it on the game played once, SetPlainGameBehaviour.swift). Each is exact
/// and can be undone.
extension Session {
  func requireScenario(_ what: String) throws(CommandError) -> ScenarioDocument {
    guard let document else { throw CommandError("'set \(what)' needs a scenario; \(name) is a plain game") }
    return document
  }

  /// `set discount X`, 0 < X ≤ 1.
  func setDiscount(_ word: String) throws(CommandError) -> String {
    var doc = try requireScenario("discount")
    let usage = "set discount X"
    let x = try number(word, argument: "X", usage: usage)
    guard x > .zero && x <= .one else { throw CommandError("the discount must be greater than 0 and at most 1, not \(x)", usage: usage) }
    if x == .one, doc.scenario.calendar.tail == .stationary {
      throw CommandError("a stationary tail needs a discount below 1", usage: usage, notes: ["'set tail none' first"])
    }
    checkpoint("set discount")
    let old = doc.scenario.discount
    doc.scenario.discount = x
    document = doc
    return "Discount is now \(x) (was \(old))."
  }

  /// `set tremble PLAYER EPSILON`, 0 ≤ ε ≤ 1.
  func setTremble(_ arguments: [String]) throws(CommandError) -> String {
    var doc = behaviourScenario()
    let usage = "set tremble PLAYER EPSILON"
    try expectCount(arguments, 2...2, usage: usage)
    let p = try player(named: arguments[0], usage: usage)
    let e = try number(arguments[1], argument: "EPSILON", usage: usage)
    guard e >= .zero && e <= .one else { throw CommandError("EPSILON must be from 0 to 1, not \(e)", usage: usage) }
    checkpoint("set tremble")
    doc.scenario.behaviours[p].tremble = e
    let note = adopt(doc)
    return "\(players[p])'s tremble is now \(e).\(note)"
  }

  /// `set probability ROWMOVE COLUMNMOVE STATE P`: in the current state, after
  /// these moves, go to STATE with probability P; the other branches are scaled
  /// to share 1 − P in their old proportions (or, if there were none, the move
  /// stays in the current state with 1 − P).
  func setProbability(_ arguments: [String]) throws(CommandError) -> String {
    var doc = try requireScenario("probability")
    let usage = "set probability ROWMOVE COLUMNMOVE STATE P"
    try expectCount(arguments, 4...4, usage: usage)
    guard let position, !isAtTerminal else { throw CommandError("the scenario has ended; there are no transitions here") }
    try refuseDeadlineRoundEdit()
    let i = try move(named: arguments[0], of: 0, usage: usage)
    let j = try move(named: arguments[1], of: 1, usage: usage)
    let target = try checkState(arguments[2], usage: usage)
    let p = try number(arguments[3], argument: "P", usage: usage)
    guard p >= .zero && p <= .one else { throw CommandError("P must be from 0 to 1, not \(p)", usage: usage) }
    let transition = doc.scenario.states[position.state].outcomes[i][j].transition
      .settingProbability(of: target, to: p, otherwiseTo: position.state)
    checkpoint("set probability")
    doc.scenario.states[position.state].outcomes[i][j].transition = transition
    doc.scenario = doc.scenario.refreshingDeadlines()
    document = doc
    let names = doc.scenario.states.map(\.name)
    let guarded = doc.scenario.states[position.state].outcomes[i][j].guarded.isEmpty ? ""
      : " (while none of its 'when' conditions holds; the conditional transitions are unchanged)"
    return "After \(profileText(i, j)) in \(names[position.state]): " + transition.outcomes.map { "\(names[$0.state]) \($0.probability)" }.joined(separator: ", ") + guarded + "."
  }
}

extension Session {
  /// After a `set`, each prior of the scenario holds the parameter's new value
  /// (`ScenarioDocument.keepPriorsHoldingTheirValues`: a range widened, a discrete
  /// prior dropped), so `save` writes a file that `load` reads back; one note line
  /// per prior changed, or nothing.
  func priorNotesAfterEdit() -> String {
    guard var doc = document, !doc.priors.isEmpty else { return "" }
    let notes = doc.keepPriorsHoldingTheirValues()
    if doc.priors != document?.priors { document = doc }
    return notes.map { "\nnote: \($0)" }.joined()
  }
}
