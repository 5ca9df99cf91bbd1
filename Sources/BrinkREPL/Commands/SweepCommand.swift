import BrinkCore
import BrinkFormats

/// `sweep`: vary one parameter over a range and report where the equilibria
/// change: exactly where the stage game is affine in the parameter (a payoff; a
/// transition probability whose state is not reached again), by bisection where it
/// is not (the discount; other probabilities), and as a path for the logit λ,
/// which has no break points.
extension CommandSpec {
  static let sweepUsage = "sweep payoff ROWMOVE COLUMNMOVE PLAYER FROM TO | sweep probability ROWMOVE COLUMNMOVE STATE FROM TO | sweep discount FROM TO | sweep lambda PLAYER|both FROM TO"

  static let sweep = CommandSpec(
    "sweep",
    abstract: "Vary a payoff, a probability, the discount or a logit lambda over a range and show where the equilibria change.",
    usage: sweepUsage,
    discussion: """
      'sweep payoff' varies one payoff of the current stage game. The equilibria change only where the varied payoff ties with another payoff it is compared with (or, in a 2x2 game, where an indifference condition degenerates). Those break points are found exactly; between them the equilibria keep the same supports (in games larger than 2x2 only the pure equilibria are followed). Both ends and every break point list every equilibrium there, exactly as 'solve' lists them at that value, with each continuum ('every mixture of ... is an equilibrium'); an end where the equilibria differ from the inside of the range is marked as a change.

      'sweep probability' varies the probability that the given moves in the current state lead to STATE, the other branches sharing the rest as with 'set probability', and follows the equilibria of the stage game with the continuation values folded in. When the current state cannot be reached again, those payoffs are affine in the probability and the break points are exact, as for a payoff.

      Otherwise, and for 'sweep discount', the continuation values move with the parameter: each point is solved exactly by backward induction, at 21 evenly spaced points, and each change (the equilibria here, the moves intended in each state this round, where play ends) is located by bisection to 1/1000 of the range, and shown as an interval; at both ends every equilibrium of the round game with the future is listed exactly, as at an exact sweep's ends.

      'sweep lambda' makes PLAYER (or both) choose by logit with rationality lambda and shows the move probabilities as lambda grows: a logit equilibrium moves continuously, from uniform play at 0 towards the Nash equilibrium named at the end.

      A sweep never changes the session. A long one shows its progress (the points solved); Ctrl-C stops it between solves, and a sweep located by bisection then shows the points it had finished, with any change between two of them not yet narrowed.
      """,
    examples: ["sweep payoff Escalate Escalate US -20 5", "sweep lambda both 0 100",
               "load geneva-truce-2025-05; sweep probability talk talk talks 0 1", "sweep discount 1/2 1"],
    completion: { previous in
      switch previous.count {
      case 0: return .keyword(Session.sweepParameters)
      default:
        switch (previous[0].lowercased(), previous.count) {
        case ("payoff", 1), ("payoff", 2), ("probability", 1), ("probability", 2): return .move
        case ("payoff", 3), ("lambda", 1): return .player
        case ("probability", 3): return .state
        default: return .none
        }
      }
    }
  ) { session, arguments throws(CommandError) in
    guard let what = arguments.first else {
      throw CommandError("missing what to sweep (\(Session.sweepParameters.joinedAsList(conjunction: "or")))", usage: sweepUsage)
    }
    let rest = Array(arguments.dropFirst())
    switch what.lowercased() {
    case "payoff": return try session.sweepPayoff(rest)
    case "probability": return try session.sweepProbability(rest)
    case "discount": return try session.sweepDiscount(rest)
    case "lambda": return try session.sweepLambda(rest)
    case "seed":
      throw CommandError("cannot sweep the seed: it changes only the random draws of 'simulate', never the equilibria", usage: sweepUsage)
    default:
      throw CommandError("cannot sweep '\(what)' (sweepable: \(Session.sweepParameters.joinedAsList(conjunction: "or")))", usage: sweepUsage,
                         notes: Suggestions.didYouMean(what, in: Session.sweepParameters).map { [$0] } ?? [])
    }
  }
}

extension Session {
  /// `sweep payoff ROWMOVE COLUMNMOVE PLAYER FROM TO`: one payoff of the current
  /// stage game (as loaded or edited, without continuation values).
  func sweepPayoff(_ arguments: [String]) throws(CommandError) -> String {
    let usage = "sweep payoff ROWMOVE COLUMNMOVE PLAYER FROM TO"
    try expectCount(arguments, 5...5, usage: usage)
    let i = try move(named: arguments[0], of: 0, usage: usage)
    let j = try move(named: arguments[1], of: 1, usage: usage)
    let p = try player(named: arguments[2], usage: usage)
    let from = try number(arguments[3], argument: "FROM", usage: usage)
    let to = try number(arguments[4], argument: "TO", usage: usage)
    guard from < to else { throw CommandError("FROM must be less than TO", usage: usage) }
    let sweep = AffineSweep(game: .payoff(of: game, row: i, column: j, player: p))
    return try affineSweepText(sweep, of: game, from: from, to: to, label: "\(players[p])'s payoff at \(profileText(i, j))")
  }

  /// An exact sweep's text; on Ctrl-C, the part finished (issue 12): the
  /// intervals and break points found from FROM to where it stopped, each with the
  /// shape of its equilibria, and the part not computed named.
  func affineSweepText(_ sweep: AffineSweep, of game: Bimatrix, from: Rational, to: Rational, label: String,
                       variable: String = "x") throws(CommandError) -> String {
    var finished: (entries: [AffineSweep.Entry], reached: Rational)?
    guard let entries = sweep.entries(from: from, to: to, shouldContinue: shouldContinue, progress: run.progress,
                                      stopped: { finished = ($0, $1) }),
      shouldContinue()
    else {
      guard let (part, reached) = finished else { throw CommandError("interrupted; the session is unchanged") }
      let text = AffineSweepText.render(part, solutions: nil, of: game, from: from, to: reached, label: label, variable: variable)
      throw CommandError("interrupted: \(variable) from \(reached) to \(to) was not computed; the session is unchanged",
                         partial: text)
    }
    var solutions = [Rational: EquilibriumSet]()
    for x in entries.compactMap(\.point) {
      solutions[x] = sweep.equilibria(at: x, shouldContinue: shouldContinue)
      guard shouldContinue() else {
        // The break points are all found; only their full lists of equilibria are missing.
        let text = AffineSweepText.render(entries, solutions: nil, of: game, from: from, to: to, label: label, variable: variable)
        throw CommandError("interrupted while listing every equilibrium at the break points (each is shown by the shape of its equilibria); the session is unchanged",
                           partial: text)
      }
    }
    return AffineSweepText.render(entries, solutions: solutions, of: game, from: from, to: to, label: label, variable: variable)
  }
}
