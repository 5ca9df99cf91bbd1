import BrinkCore

/// Text for a solved scenario (`EscalationSolver`), shared by the REPL's `solve`
/// (`ScenarioSolution`, at the current position) and `brink solve FILE.yaml`
/// (`ScenarioSolveReport`, every decision node).
public enum SolvedScenarioText {
  /// "Whole scenario by backward induction (8 rounds, discount 49/50, exact):"
  public static func heading(_ solved: SolvedScenario) -> String {
    "Whole scenario by backward induction (\(solved.horizon) round\(solved.horizon == 1 ? "" : "s"), discount \(solved.scenario.discount)\(solved.isExact ? ", exact" : ", logit: approximate")):"
  }

  /// Both players' expected discounted payoffs from round 1, exact when the solve is
  /// and `exact` is asked for (the REPL shows decimals only).
  public static func expectedValues(_ solved: SolvedScenario, exact wantExact: Bool = true) -> String {
    let players = solved.scenario.players
    let v = solved.expectedValues
    let exact = wantExact ? solved.exactExpectedValues : nil
    return "expected discounted payoffs from round 1: " + (0..<2).map { p in
      "\(players[p]) \(exact.map { value($0[p]) } ?? number(v[p]))"
    }.joined(separator: ", ")
  }

  /// A player's strategy at a node: the moves it plays with positive probability,
  /// exact fractions with decimals alongside (decimals only for a logit solve).
  public static func strategy(_ node: SolvedNode, player p: Int, moves: [String], exact wantExact: Bool = true) -> String {
    if wantExact, let exact = node.exactPlayed {
      let mix = exact.marginal(player: p)
      return moves.indices.filter { !mix[$0].isZero }.map { i in
        mix[i] == .one ? moves[i] : "\(moves[i]) \(NumberDisplay.prose(mix[i]))"
      }.joined(separator: ", ")
    }
    guard let played = node.played else { return "" }
    let mix = played.marginal(player: p)
    return moves.indices.filter { mix[$0] > 1e-12 }.map { "\(moves[$0]) \(number(mix[$0]))" }.joined(separator: ", ")
  }

  /// A player's strategy at a node as `strategy` gives it, except for the second
  /// mover of a sequential stage: its answer to each first move
  /// (`SequentialStageText.answers`), since no one mixture describes it.
  public static func strategy(_ node: SolvedNode, player p: Int, moves: [[String]], exact wantExact: Bool = true) -> String {
    if let analysis = SequentialStageAnalysis(node), p == analysis.follower {
      return SequentialStageText.answers(analysis, leaderMoves: moves[analysis.leader], followerMoves: moves[p],
                                         exact: wantExact)
    }
    return strategy(node, player: p, moves: moves[p], exact: wantExact)
  }

  /// What player `p` does at a node in the REPL's words: `plays talk` without a
  /// tremble; with one, the intent and the tremble apart, so that a mix that only
  /// the tremble makes is not read as an equilibrium mix:
  /// `intends talk; with tremble 1/100 plays talk 0.99, tariff 0.01`.
  /// `exact`: the played mix as exact fractions (as `brink solve` prints them).
  public static func play(_ node: SolvedNode, player p: Int, moves: [String], tremble: Rational,
                          exact: Bool = false) -> String {
    let played = strategy(node, player: p, moves: moves, exact: exact)
    guard !tremble.isZero, let intended = node.intended, let actual = node.played else { return "plays " + played }
    let mix = intended.marginal(player: p)
    // A tremble that leaves the mix as it is (a uniform intent) changes nothing to say.
    if zip(mix, actual.marginal(player: p)).allSatisfy({ abs($0 - $1) < 1e-12 }) { return "plays " + played }
    let intent = moves.indices.filter { mix[$0] > 1e-12 }
      .map { mix[$0] > 1 - 1e-12 ? moves[$0] : "\(moves[$0]) \(number(mix[$0]))" }.joined(separator: ", ")
    return "intends \(intent); with tremble \(tremble) plays \(played)"
  }

  /// A continuation value: the exact fraction when it is short, else 4 decimals.
  /// `nearest`: `x.doubleValue`, when the caller has it (`SolvedNode.values`).
  public static func value(_ x: Rational, nearest: Double? = nil) -> String {
    // A number too big for two words has more than 12 characters, so it is
    // always shown in decimals (the answer below, without writing it out).
    guard let (_, d) = x.smallParts else { return x.decimalString(places: 4, nearest: nearest) }
    let decimal = x.decimalString(places: 4)
    // Four decimals are exact when the denominator divides 10^4 (no parsing back:
    // `brink solve` prints thousands of values, issue 11).
    if 10_000 % d == 0 { return decimal }
    let exact = x.description
    return exact.count <= 12 ? "\(exact) (\(decimal))" : decimal
  }

  /// Both continuation values at a node.
  public static func values(_ node: SolvedNode, players: [String], exact wantExact: Bool = true) -> String {
    let exact = wantExact ? node.exactValues : nil
    return (0..<2).map { p in
      "\(players[p]) \(exact.map { value($0[p], nearest: node.values[p]) } ?? number(node.values[p]))"
    }.joined(separator: ", ")
  }

  /// The name of a round's stage game with the continuation values folded in
  /// (payoff + discount × the expected value of where each cell leads), as
  /// opposed to "the round game", the round's payoffs alone (`show`, the list of
  /// equilibria `solve` starts with). Docs/commands.md, "solve", defines both.
  public static let roundGameWithFuture = "the round game with the future"

  /// Why player `p` plays as it does, as a parenthesised clause (with a leading space).
  public static func reason(_ explanations: [ChoiceExplanation], _ p: Int) -> String {
    guard p < explanations.count else { return "" }
    switch explanations[p] {
    case .equilibrium(_, let n, let pureOnly, let decidedBy):
      // The count is of what was searched: the pure equilibria unless mixed ones were sought.
      let kind = pureOnly ? "pure Nash equilibri" : "Nash equilibri"
      let of = "of \(roundGameWithFuture)"
      switch decidedBy {
      case _ where n == 0: return " (no equilibrium found \(of))"
      case .only: return " (the only \(kind)um \(of))"
      case .riskDominance: return " (the risk-dominant one of the \(n) \(kind)a \(of))"
      case .payoffDominance: return " (the payoff-dominant one of the \(n) \(kind)a \(of))"
      case .payoffDominanceFallback:
        return " (the payoff-dominant one of the \(n) \(kind)a \(of); risk dominance does not decide between them)"
      case .largestSupport: return " (the most mixed one of the \(n) \(kind)a \(of))"
      case .trembles:
        return " (of the \(n) \(kind)a \(of), the only one that is a best reply to the other side's trembles)"
      }
    case .bestResponse: return " (best response to the other side's fixed rule)"
    case .subgamePerfect: return " (subgame perfect: the stage is sequential)"
    case .logit(let lambda, _, _): return " (logit response, lambda \(lambda))"
    case .fixed: return " (fixed strategy)"
    case .script: return " (follows the script)"
    case .titForTat: return " (tit for tat)"
    case .grimTrigger: return " (grim trigger)"
    case .generousTitForTat: return " (generous tit for tat)"
    }
  }

  /// Four decimals, trailing zeros dropped.
  public static func number(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    let r = (x * 10_000).rounded() / 10_000
    if let exact = Rational("\(r)") { return exact.decimalString(places: 4) }
    return "\(r)"
  }
}
