import BrinkCore

/// The words for a sequential stage (`SequentialStageAnalysis`): the second
/// mover's answer after each first move, for `solve` (REPL and `brink solve`),
/// and the backward induction step by step, for `explain`.
enum SequentialStageText {
  /// "after accept -> concede (indifferent); after challenge -> resist": the
  /// follower's answer (as played, trembles included) to each first move, exact
  /// fractions with decimals alongside when `exact` and the solve is exact.
  static func answers(_ analysis: SequentialStageAnalysis, leaderMoves: [String], followerMoves: [String],
                      exact: Bool) -> String {
    analysis.answers.map { a in
      let mix: String
      if exact, let e = a.exactPlayed {
        mix = followerMoves.indices.filter { !e[$0].isZero }.map { i in
          e[i] == .one ? followerMoves[i] : "\(followerMoves[i]) \(e[i]) (\(e[i].decimalString(places: 4)))"
        }.joined(separator: ", ")
      } else {
        mix = followerMoves.indices.filter { a.played[$0] > 1e-12 }
          .map { "\(followerMoves[$0]) \(SolvedScenarioText.number(a.played[$0]))" }.joined(separator: ", ")
      }
      return "after \(leaderMoves[a.leaderMove]) -> \(mix)" + (a.isTieBroken ? " (indifferent)" : "")
    }.joined(separator: "; ")
  }

  /// `explain`'s section: what the follower would do after each first move, whether
  /// its threat there is credible and why, then what the leader therefore does.
  /// `blindAbove`: the round played blind was explained before this section.
  static func explain(_ analysis: SequentialStageAnalysis, game: Bimatrix, blindAbove: Bool = true) -> String {
    let names = [game.rowPlayer, game.columnPlayer]
    let moves = [game.rowStrategies, game.columnStrategies]
    let leader = names[analysis.leader], follower = names[analysis.follower]
    let leaderMoves = moves[analysis.leader], followerMoves = moves[analysis.follower]
    func list(_ xs: [String]) -> String {
      xs.count <= 2 ? xs.joined(separator: " or ") : xs.dropLast().joined(separator: ", ") + " or " + xs.last!
    }
    var lines = ["Sequential play: backward induction (Selten 1965)."]
    lines.append("\(leader) moves first; \(follower) sees the move and answers it. So what counts is what \(follower) would do after each move of \(leader)'s, and \(leader) chooses knowing it" + (blindAbove ? " (the simultaneous analysis above is the same round played blind)." : "."))
    for a in analysis.answers {
      let after = leaderMoves[a.leaderMove]
      let best = a.bestAnswers
      var line = "- After \(after), \(follower) does best with \(list(best.map { followerMoves[$0] }))"
      let others = a.followerPayoffs.indices.filter { !best.contains($0) }
      if others.isEmpty {
        line += " (\(Labels.exact(a.followerPayoffs[best[0]])) each)"
      } else {
        line += " (\(Labels.exact(a.followerPayoffs[best[0]])) against "
          + others.map { "\(Labels.exact(a.followerPayoffs[$0])) for \(followerMoves[$0])" }.joined(separator: ", ") + ")"
      }
      line += "."
      let intended = a.intended.indices.filter { a.intended[$0] > 1e-12 }
      if a.isTieBroken {
        line += " It is indifferent and answers \(followerMoves[intended[0]]): a tie goes to the answer better for \(leader), then to the first listed."
      } else if !(intended.count == 1 && best.contains(intended[0])) {
        line += " It answers " + intended.map { "\(followerMoves[$0]) \(SolvedScenarioText.number(a.intended[$0]))" }.joined(separator: ", ") + " (its own model, not a best answer)."
      }
      if let threat = a.threat {
        let t = followerMoves[threat]
        if a.threatIsCredible {
          line += " Its threat to \(t) is credible: after \(after), \(t) is a best answer for \(follower) itself."
        } else {
          let b = best[0]
          line += " Its threat to \(t) is not credible: after \(after), carrying it out would leave \(follower) \(Labels.exact(a.followerPayoffs[threat])) instead of \(Labels.exact(a.followerPayoffs[b])) for \(followerMoves[b]), so \(leader) need not fear it."
        }
      }
      lines.append(line)
    }
    let values = analysis.answers.indices.map { x in
      "\(leaderMoves[x]) \(analysis.exactLeaderValues.map { Labels.exact($0[x]) } ?? SolvedScenarioText.number(analysis.leaderValues[x]))"
    }
    let chosen = analysis.leaderIntended.indices.filter { analysis.leaderIntended[$0] > 1e-12 }
    let choice = chosen.count == 1
      ? leaderMoves[chosen[0]]
      : chosen.map { "\(leaderMoves[$0]) \(SolvedScenarioText.number(analysis.leaderIntended[$0]))" }.joined(separator: ", ")
    let trembles = analysis.leaderPlayed != analysis.leaderIntended || analysis.answers.contains { $0.played != $0.intended }
    lines.append("So \(leader), foreseeing these answers\(trembles ? " (trembles included)" : ""), expects from each move: \(values.joined(separator: ", ")). It plays \(choice).")
    return lines.joined(separator: "\n")
  }
}
