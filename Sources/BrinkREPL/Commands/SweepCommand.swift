import BrinkCore

/// `sweep`: vary one payoff over a range and report where the equilibria change,
/// with the exact break points.
extension CommandSpec {
  static let sweep = CommandSpec(
    "sweep",
    abstract: "Vary one payoff over a range and show where the equilibria change.",
    usage: "sweep payoff ROWMOVE COLUMNMOVE PLAYER FROM TO",
    discussion: "The equilibria of a game change only where the varied payoff ties with another payoff it is compared with (or, in a 2x2 game, where an indifference condition degenerates). Those break points are found exactly; between them the equilibria keep the same supports.",
    examples: ["sweep payoff Escalate Escalate US -20 5"],
    completion: { previous in
      switch previous.count {
      case 0: return .keyword(["payoff"])
      case 1, 2: return .move
      case 3: return .player
      default: return .none
      }
    }
  ) { session, arguments throws(CommandError) in
    let usage = "sweep payoff ROWMOVE COLUMNMOVE PLAYER FROM TO"
    guard arguments.first?.lowercased() == "payoff" else {
      throw CommandError(arguments.isEmpty ? "missing what to sweep (payoff)" : "cannot sweep '\(arguments[0])' (only payoffs so far)", usage: usage)
    }
    try session.expectCount(Array(arguments.dropFirst()), 5...5, usage: usage)
    let i = try session.move(named: arguments[1], of: 0, usage: usage)
    let j = try session.move(named: arguments[2], of: 1, usage: usage)
    let p = try session.player(named: arguments[3], usage: usage)
    let from = try session.number(arguments[4], argument: "FROM", usage: usage)
    let to = try session.number(arguments[5], argument: "TO", usage: usage)
    guard from < to else { throw CommandError("FROM must be less than TO", usage: usage) }
    let sweep = PayoffSweep(game: session.game, row: i, column: j, player: p)
    let text = sweep.render(from: from, to: to, label: "\(session.players[p])'s payoff at \(session.profileText(i, j))",
                            shouldContinue: session.shouldContinue)
    guard session.shouldContinue() else { throw CommandError("interrupted; the session is unchanged") }
    return text
  }
}
