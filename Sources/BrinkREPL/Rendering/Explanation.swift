import BrinkCore

/// `explain`: why the current game comes out as it does, in plain sentences with
/// the numbers, from the engine's facts (`StageExplanation`). The order follows how
/// a course teaches a 2×2 game (Osborne, *An Introduction to Game Theory*, 2004,
/// ch. 2–4; Dixit, Skeath and Reiley, *Games of Strategy*, 4th ed., 2015, ch. 4 and
/// 7): best responses, dominance, pure equilibria and why no one deviates, mixing by
/// indifference, then what the classic shape means for escalation.
struct Explanation {
  var facts: StageExplanation
  /// With a scenario: what each side plays there, e.g. `US plays talk 0.99, tariff 0.01`.
  var playedText: [String] = []

  func render() -> String {
    var sections = [bestResponses(), dominance(), pure()]
    if let m = mixed() { sections.append(m) }
    if let c = classic() { sections.append(c) }
    if let s = selection() { sections.append(s) }
    sections.append(continuation())
    return sections.joined(separator: "\n\n")
  }

  private var game: Bimatrix { facts.game }

  private var row: String { game.rowPlayer }
  private var column: String { game.columnPlayer }

  private func bestResponses() -> String {
    var lines = ["Best responses."]
    for j in 0..<game.columns {
      let best = facts.rowBest[j]
      let others = (0..<game.rows).filter { !best.contains($0) }
      var s = "- If \(column) plays \(game.columnStrategies[j]), \(row) does best with "
      s += best.map { game.rowStrategies[$0] }.joinedAsList(conjunction: "or") + " (\(game.a[best[0]][j])"
      s += others.isEmpty ? ")." : " against " + others.map { "\(game.a[$0][j]) for \(game.rowStrategies[$0])" }.joinedAsList() + ")."
      lines.append(s)
    }
    for i in 0..<game.rows {
      let best = facts.columnBest[i]
      let others = (0..<game.columns).filter { !best.contains($0) }
      var s = "- If \(row) plays \(game.rowStrategies[i]), \(column) does best with "
      s += best.map { game.columnStrategies[$0] }.joinedAsList(conjunction: "or") + " (\(game.b[i][best[0]])"
      s += others.isEmpty ? ")." : " against " + others.map { "\(game.b[i][$0]) for \(game.columnStrategies[$0])" }.joinedAsList() + ")."
      lines.append(s)
    }
    return lines.joined(separator: "\n")
  }

  /// Iterated elimination of strictly dominated moves (by pure or mixed
  /// strategies), with the payoffs that prove each step.
  private func dominance() -> String {
    let strategic = game.strategicGame
    let elimination = facts.elimination
    guard !elimination.steps.isEmpty else {
      return "Dominance.\nNo move is strictly dominated, even by a mixture of the others, so elimination does not simplify the game."
    }
    var lines = ["Dominance (iterated elimination of strictly dominated moves)."]
    for (k, step) in elimination.steps.enumerated() {
      let who = step.player == 0 ? row : column
      let other = step.player == 0 ? column : row
      let moves = step.player == 0 ? game.rowStrategies : game.columnStrategies
      let otherMoves = step.player == 0 ? game.columnStrategies : game.rowStrategies
      let dominator = EliminationRenderer.dominator(step, strategic)
      let evidence = facts.evidence[k]
        .map { "\($0.dominatedPayoff) instead of \($0.dominatorPayoff) against \(otherMoves[$0.profile[1 - step.player]])" }
      lines.append("\(k + 1). \(who)'s \(moves[step.strategy]) is strictly dominated by \(dominator): whatever \(other) does\(k > 0 ? " among the moves left" : ""), it pays less (\(evidence.joinedAsList())), so it is removed.")
    }
    let left = elimination.remaining[0].map { game.rowStrategies[$0] }
    let leftColumns = elimination.remaining[1].map { game.columnStrategies[$0] }
    if left.count == 1 && leftColumns.count == 1 {
      lines.append("Only \(row) \(left[0]) and \(column) \(leftColumns[0]) survive: elimination alone solves the game.")
    } else {
      lines.append("What survives: \(row) \(left.joinedAsList(conjunction: "or")); \(column) \(leftColumns.joinedAsList(conjunction: "or")).")
    }
    return lines.joined(separator: "\n")
  }

  private func pure() -> String {
    let cells = facts.pureCells.map { ($0[0], $0[1]) }
    guard !cells.isEmpty else {
      return "Pure equilibria.\nThere is none: in every cell one side would rather switch, so the play cycles. A stable prediction needs mixed strategies."
    }
    var lines = [cells.count == 1 ? "Pure equilibrium." : "Pure equilibria (\(cells.count))."]
    for (i, j) in cells {
      var reasons = [String]()
      for k in 0..<game.rows where k != i {
        reasons.append(Self.deviation(row, to: game.rowStrategies[k], gets: game.a[k][j], instead: game.a[i][j]))
      }
      for k in 0..<game.columns where k != j {
        reasons.append(Self.deviation(column, to: game.columnStrategies[k], gets: game.b[i][k], instead: game.b[i][j]))
      }
      lines.append("- \(row) \(game.rowStrategies[i]), \(column) \(game.columnStrategies[j]) (payoffs \(game.a[i][j]), \(game.b[i][j])): " + reasons.joined(separator: "; ") + "; so neither side gains by deviating alone.")
    }
    return lines.joined(separator: "\n")
  }

  /// "US would get 3 instead of 4 by switching to Defect", or for a tie "US is
  /// indifferent (0 either way) about switching to Cooperate".
  static func deviation(_ who: String, to move: String, gets: Rational, instead: Rational) -> String {
    gets == instead
      ? "\(who) is indifferent (\(gets) either way) about switching to \(move)"
      : "\(who) would get \(gets) instead of \(instead) by switching to \(move)"
  }

  /// Risk and payoff dominance among several pure equilibria, when they decide
  /// (Harsanyi and Selten 1988): what `solve`'s "risk-dominant one" and
  /// "payoff-dominant one" refer to.
  private func selection() -> String? {
    guard let s = facts.selection else { return nil }
    let g = s.game
    let which = s.withFuture ? "the round game with the future" : "this game"
    func cell(_ c: [Int]) -> String { "\(g.rowStrategies[c[0]])/\(g.columnStrategies[c[1]])" }
    var lines = ["Which equilibrium (\(which) has \(s.pureCells.count) pure ones)."]
    if let p = s.payoffDominant {
      lines.append("- Payoff dominance: \(cell(p)) is better for both sides than any other pure equilibrium, so it payoff-dominates (Harsanyi and Selten 1988).")
    } else {
      lines.append("- Payoff dominance: no pure equilibrium is better for both than every other, so payoff dominance does not single one out.")
    }
    if let r = s.risk {
      let products = zip(r.equilibria, r.products).map { "\(cell($0)) \(Self.decimal($1))" }.joinedAsList()
      if let d = r.dominant {
        lines.append("- Risk dominance: the product of the two sides' losses from deviating alone is \(products); \(cell(r.equilibria[d])) has the larger, so it risk-dominates (Harsanyi and Selten 1988, §3.9): it is the safer bet when each side is unsure what the other will do.")
      } else {
        lines.append("- Risk dominance: the products of the losses from deviating alone are equal (\(products)), so neither risk-dominates.")
      }
    } else {
      lines.append("- Risk dominance does not apply: it compares two strict equilibria, and here \(s.pureCells.count == 2 ? "a side is indifferent at one of them" : "there are more than two").")
    }
    return lines.joined(separator: "\n")
  }

  private static func decimal(_ x: Rational) -> String {
    let d = x.decimalString(places: 4)
    return Rational(d) == x ? d : "about " + d
  }

  private func mixed() -> String? {
    guard let (p, q, (u, v)) = facts.mixed else {
      if game.rows == 2 && game.columns == 2 {
        return "Mixed equilibrium.\nThere is no completely mixed equilibrium: for at least one side no mixture of the other's moves leaves it indifferent strictly inside (0, 1)."
      }
      return nil
    }
    let a = game.a, b = game.b
    let r0 = game.rowStrategies[0], r1 = game.rowStrategies[1], c0 = game.columnStrategies[0], c1 = game.columnStrategies[1]
    var lines = ["Mixed equilibrium (each side makes the other indifferent)."]
    lines.append("- \(column) plays \(c0) with probability q = \(q) (and \(c1) with \(Rational.one - q)). This is the q that leaves \(row) indifferent: \(r0) pays \(paren(a[0][0]))*q + \(paren(a[0][1]))*(1 - q) and \(r1) pays \(paren(a[1][0]))*q + \(paren(a[1][1]))*(1 - q); they are equal exactly when q = \(q), where both give \(u).")
    lines.append("- \(row) plays \(r0) with probability p = \(p) (and \(r1) with \(Rational.one - p)). This leaves \(column) indifferent: \(c0) pays \(paren(b[0][0]))*p + \(paren(b[1][0]))*(1 - p) and \(c1) pays \(paren(b[0][1]))*p + \(paren(b[1][1]))*(1 - p); equal when p = \(p), both giving \(v).")
    let clash = (Rational.one - p) * (Rational.one - q)
    lines.append("- Each side mixes not to randomise for its own sake but because the other side's mix leaves it nothing to gain. Both play \(r1)/\(c1) together with probability \(clash) (\(clash.decimalString(places: 3))).")
    return lines.joined(separator: "\n")
  }

  /// A coefficient in a formula: negative numbers in parentheses.
  private func paren(_ x: Rational) -> String { x.signum < 0 ? "(\(x))" : "\(x)" }

  private func classic() -> String? {
    guard let result = facts.classification else { return nil }
    return "Which game this is.\nThis is \(result.name). \(result.summary)"
  }

  /// How the continuation values change the stage game (backward induction).
  private func continuation() -> String {
    guard let f = facts.folded else {
      return "Continuation values.\nThis is a one-shot stage game: no continuation values are added to its payoffs. In a scenario, the discounted value of where each outcome leads is added to that cell, which can turn a Prisoner's Dilemma into a coordination game or the reverse."
    }
    let folded = f.game, discount = f.discount
    var lines = ["Continuation values (backward induction): the round game with the future."]
    lines.append("Each cell also earns \(discount) x the expected value of the state it leads to, computed backwards from the last round. Rounded to 4 decimals:")
    for i in 0..<game.rows {
      for j in 0..<game.columns {
        let label = "\(game.rowStrategies[i])/\(game.columnStrategies[j])"
        lines.append("- \(label): \(row) \(game.a[i][j].decimalString(places: 4)) -> \(folded.a[i][j].decimalString(places: 4)), \(column) \(game.b[i][j].decimalString(places: 4)) -> \(folded.b[i][j].decimalString(places: 4))")
      }
    }
    let before = facts.pureCells.map { "\(game.rowStrategies[$0[0]])/\(game.columnStrategies[$0[1]])" }
    let after = f.pureCells.map { "\(folded.rowStrategies[$0[0]])/\(folded.columnStrategies[$0[1]])" }
    let list = { (x: [String]) in x.isEmpty ? "none" : x.joinedAsList() }
    lines.append("Pure equilibria of the round game (this round's payoffs alone): \(list(before)); of the round game with the future: \(list(after)).")
    if let a = facts.classification, let b = f.classification, a.name != b.name {
      lines.append("Alone, the round game is classified as \(a.name); with the future, as \(b.name): what each side stands to gain or lose later changes what it does now.")
    } else if before != after {
      lines.append("The future changes which outcomes are stable now.")
    } else {
      lines.append("Here the future does not change which outcomes are stable.")
    }
    if !playedText.isEmpty { lines.append("So, in the solved scenario: " + playedText.joined(separator: "; ") + ".") }
    return lines.joined(separator: "\n")
  }
}
