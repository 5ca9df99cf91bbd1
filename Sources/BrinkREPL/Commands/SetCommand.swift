import BrinkCore
import BrinkFormats

/// `set`: change a payoff or the seed, exactly. Every change can be undone.
extension CommandSpec {
  static let setParameters = ["payoff", "seed", "discount", "model", "tremble", "perceives", "probability", "display", "tail"]

  static let set = CommandSpec(
    "set",
    abstract: "Change a payoff, a probability, a strategy model, a tremble or a misperception, the discount or the seed (undo takes it back), or how numbers are shown.",
    usage: "set payoff ROWMOVE COLUMNMOVE PLAYER VALUE | set seed N | set discount X | set model PLAYER MODEL [PARAMETERS] | set tremble PLAYER EPSILON | set perceives PLAYER ROWMOVE COLUMNMOVE WHOSE VALUE | set probability ROWMOVE COLUMNMOVE STATE P | set display exact|decimal|both|auto | set tail stationary|none",
    discussion: "Numbers are exact: 3, -1.5 and 2/3 are all kept as fractions. A cell is named by the row player's move, then the column player's, in the current state. A scenario payoff keeps its dependence on the variables; its constant moves so it equals VALUE now. MODEL is equilibrium (risk-dominant selection), payoff-dominant, mixed, logit LAMBDA, fixed MOVE=P ... [in STATE], tit-for-tat, grim-trigger, generous-tit-for-tat G or script. A fixed mix follows the scenario format: without 'in' it applies in every state offering one of the named moves (a move not named gets 0; the probabilities must sum to exactly 1 there; other states are uniform); 'in STATE' sets one state's mix and keeps the others. G is the chance of answering an escalation with a hold. For example: 'set model China fixed talk=3/4 enforce=1/4 in standoff', 'set model US generous-tit-for-tat 1/3'. 'script' plays the scenario's script (holding where it is silent). A tremble EPSILON replaces the intended move, with probability EPSILON, by one drawn uniformly from the player's moves; the other side expects it. 'set perceives China Escalate Escalate US -5' makes China choose as if the US's payoff at that cell of the current state were -5 (everyone is still paid the true payoffs); 'set perceives China truth' clears China's misperceptions. On a plain game, 'set model', 'set tremble' and 'set perceives' make it a one-round scenario of one state (the game played once), so that 'solve', 'show', 'explain' and 'simulate' answer for them; 'undo' brings back the plain game. 'set probability' makes the given moves lead to STATE with probability P, scaling the other branches to share the rest. Every change can be undone with 'undo'. 'set display' chooses how numbers are shown (every number is kept exact whatever it shows): exact fractions (-157/50), decimals of at most four places (-3.14), or both (-157/50 (-3.14)); the default, auto, shows decimals in tables and payoffs and fractions with decimals alongside in equilibria (1/3 (0.3333)), as 'solve' always has. 'set tail stationary' continues a scenario after its last dated round under that round's rules forever (it needs a discount below 1), 'set tail none' ends it with the calendar.",
    examples: ["set payoff Escalate Escalate US -20", "set tremble US 1/10", "set seed 7", "set display exact"],
    completion: { previous in
      switch previous.count {
      case 0: return .keyword(setParameters)
      default:
        switch (previous[0].lowercased(), previous.count) {
        case ("payoff", 1), ("payoff", 2), ("probability", 1), ("probability", 2): return .move
        case ("payoff", 3), ("tremble", 1), ("perceives", 1), ("perceives", 4): return .player
        case ("perceives", 2), ("perceives", 3): return .move
        case ("probability", 3): return .state
        case ("display", 1): return .keyword(NumberDisplay.allCases.map(\.rawValue))
        case ("tail", 1): return .keyword(HorizonTail.allCases.map(\.rawValue))
        case ("model", _): return Session.modelCompletion(previous)
        default: return .none
        }
      }
    }
  ) { session, arguments throws(CommandError) in
    let message = try applySet(session, arguments)
    return message + session.priorNotesAfterEdit()
  }

  /// One `set`, before its priors are brought to the new values.
  static func applySet(_ session: Session, _ arguments: [String]) throws(CommandError) -> String {
    let usage = "set payoff|seed|discount|model|tremble|perceives|probability|display|tail ..."
    guard let what = arguments.first else { throw CommandError("missing what to set (\(setParameters.joinedAsList(conjunction: "or")))", usage: usage) }
    switch what.lowercased() {
    case "payoff":
      let u = "set payoff ROWMOVE COLUMNMOVE PLAYER VALUE"
      if session.isAtTerminal { throw CommandError("the scenario has ended; a terminal state has no payoff table to edit") }
      try session.refuseDeadlineRoundEdit()
      try session.expectCount(Array(arguments.dropFirst()), 4...4, usage: u)
      let i = try session.move(named: arguments[1], of: 0, usage: u)
      let j = try session.move(named: arguments[2], of: 1, usage: u)
      let p = try session.player(named: arguments[3], usage: u)
      let value = try session.number(arguments[4], argument: "VALUE", usage: u)
      let old = p == 0 ? session.game.a[i][j] : session.game.b[i][j]
      session.checkpoint("set payoff")
      session.setPayoff(row: i, column: j, player: p, to: value)
      return "\(session.players[p])'s payoff at \(session.profileText(i, j)) is now \(value) (was \(old))."
    case "seed":
      let u = "set seed N"
      try session.expectCount(Array(arguments.dropFirst()), 1...1, usage: u)
      guard let seed = UInt64(arguments[1]) else {
        throw CommandError("N must be a whole number from 0 to \(UInt64.max), not '\(arguments[1])'", usage: u)
      }
      session.checkpoint("set seed")
      session.seed = seed
      return "Seed set to \(seed)."
    case "discount":
      try session.expectCount(Array(arguments.dropFirst()), 1...1, usage: "set discount X")
      return try session.setDiscount(arguments[1])
    case "model": return try session.setModel(Array(arguments.dropFirst()))
    case "tremble": return try session.setTremble(Array(arguments.dropFirst()))
    case "perceives": return try session.setPerceives(Array(arguments.dropFirst()))
    case "probability": return try session.setProbability(Array(arguments.dropFirst()))
    case "display": return try session.setDisplay(Array(arguments.dropFirst()))
    case "tail": return try session.setTail(Array(arguments.dropFirst()))
    default:
      throw CommandError("cannot set '\(what)' (settable: \(setParameters.joinedAsList(conjunction: "or")))", usage: usage,
                         notes: Suggestions.didYouMean(what, in: setParameters).map { [$0] } ?? [])
    }
  }
}
