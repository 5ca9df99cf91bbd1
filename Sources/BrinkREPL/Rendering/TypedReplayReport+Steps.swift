import BrinkCore
import BrinkFormats

/// The REPL's step-by-step `replay` on a scenario with types (issue 14): one round
/// of the record against the perfect Bayesian equilibrium at a time, each with the
/// chance of each real move (per type and averaged by the belief), the round's
/// probability and surprise, and the beliefs the moves imply with Bayes' rule
/// worked (`TypedBeliefText`); then the path's likelihood, which is the product of
/// the rounds' (`TypedSolution.score`). Exact fractions, so a reader can check them.
extension TypedReplayReport {
  /// `Replay of us-china-2025-10-types: …, against the perfect Bayesian equilibrium`.
  public var heading: String {
    let s = document.scenario
    return "Replay of \(document.name): \(s.title.isEmpty ? document.name : s.title), against the perfect Bayesian equilibrium"
  }

  /// One round (`rounds[index]`), with its surprise when scored:
  ///
  ///     Round 1 (2025-01-06), state crisis
  ///       Defender    played threaten: chance 3/4 (1 if resolved, 2/3 if irresolute)
  ///       Challenger  played wait: chance 1
  ///       the model gave this round 3/4 (75.0%); surprise 0.42 bits (decisions 0.42, chance 0.00)
  ///       belief about Defender: resolved 1/4, irresolute 3/4 -> resolved 1/3, irresolute 2/3
  ///         Bayes' rule: threaten has chance 1 if resolved, 2/3 if irresolute; …
  public func render(round index: Int) -> String {
    let s = document.scenario
    let r = rounds[index]
    let state = s.states[r.state]
    var lines = ["Round \(r.round + 1) (\(s.calendar.date(ofRound: r.round))), state \(state.name)"]
    let width = max(s.players.map(\.count).max() ?? 0, 5)
    for p in 0..<2 {
      let names = s.typeList(of: p).map(\.name)
      var chance = "chance \(r.chances[p])"
      if names.count > 1 {
        chance += " (" + names.indices.map { "\(r.likelihoods[p][$0]) if \(names[$0])" }.joined(separator: ", ") + ")"
      }
      lines.append("  \(s.players[p].padding(toLength: width, withPad: " ", startingAt: 0))  played \(state.moves[p][r.moves[p]].name): \(chance)")
    }
    var tail = "the model gave this round \(r.probability) (\(ReplayReport.percent(r.probability.doubleValue)))"
    if r.transition != .one { tail += ": the moves \(r.chances[0] * r.chances[1]), the recorded next state \(r.transition)" }
    if let score, index < score.rounds.count, let surprise = score.rounds[index] { tail += "; " + ReplayReport.surprise(surprise) }
    lines.append("  " + tail)
    for p in 0..<2 where s.typeList(of: p).count > 1 {
      let names = s.typeList(of: p).map(\.name)
      lines.append("  belief about \(s.players[p]): \(Session.distribution(names, r.before[p])) -> \(Session.distribution(names, r.after[p]))")
      lines.append("    " + TypedBeliefText.bayes(player: s.players[p], move: state.moves[p][r.moves[p]].name, names: names,
                                                  before: r.before[p], likelihood: r.likelihoods[p], after: r.after[p]))
    }
    if let entry = s.history.first(where: { $0.round == r.round }) {
      if !entry.note.isEmpty { lines.append("  note: " + entry.note.trimmingTrailingNewlines) }
      if !entry.source.isEmpty { lines.append("  source: " + entry.source) }
    }
    return lines.joined(separator: "\n")
  }

  /// `Likelihood of the real path under the model: 0.3750 (exactly 3/8)`, with the
  /// rounds it covers when the equilibrium followed fewer than the record has.
  public var likelihoodLine: String {
    let followed = rounds.count, count = record.count
    var line = "Likelihood of the real path under the model: "
    guard let score, let exact = score.exactProbability else { return line + "not scored" }
    let small = exact.doubleValue == 0 && !exact.isZero
    line += small ? ReplayReport.probabilityText(score) : ReplayReport.probability(exact.doubleValue)
    if exact.description.count <= 40, !exact.isZero { line += " (exactly \(exact))" }
    if followed < count && !score.isImpossible {
      line += " (of the \(followed) round\(followed == 1 ? "" : "s") the equilibrium follows; the record has \(count))"
    }
    return line
  }
}
