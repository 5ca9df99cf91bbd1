import BrinkCore
import BrinkFormats

/// `set`: change a payoff or the seed, exactly. Every change can be undone.
extension CommandSpec {
  static let setParameters = ["payoff", "seed"]

  static let set = CommandSpec(
    "set",
    abstract: "Change a payoff or the seed (exact numbers; undo takes it back).",
    usage: "set payoff ROWMOVE COLUMNMOVE PLAYER VALUE | set seed N",
    discussion: "Payoffs are exact: 3, -1.5 and 2/3 are all kept as fractions. The cell is named by the row player's move, then the column player's.",
    examples: ["set payoff Escalate Escalate US -20", "set seed 7"],
    completion: { previous in
      switch previous.count {
      case 0: return .keyword(setParameters)
      case 1, 2: return previous[0].lowercased() == "payoff" ? .move : .none
      case 3: return previous[0].lowercased() == "payoff" ? .player : .none
      default: return .none
      }
    }
  ) { session, arguments throws(CommandError) in
    let usage = "set payoff ROWMOVE COLUMNMOVE PLAYER VALUE | set seed N"
    guard let what = arguments.first else { throw CommandError("missing what to set (payoff or seed)", usage: usage) }
    switch what.lowercased() {
    case "payoff":
      let u = "set payoff ROWMOVE COLUMNMOVE PLAYER VALUE"
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
    default:
      throw CommandError("cannot set '\(what)' (settable: \(setParameters.joinedAsList(conjunction: "or")))", usage: usage,
                         notes: Suggestions.didYouMean(what, in: setParameters).map { [$0] } ?? [])
    }
  }
}
