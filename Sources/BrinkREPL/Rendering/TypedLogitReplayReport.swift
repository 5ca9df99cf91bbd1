import BrinkCore
import BrinkFormats

/// `replay` on a scenario with types whose players all use `logit`: the record
/// against the logit agent QRE, the one report behind `brink replay` (`render()`,
/// `json()`) and the REPL's `replay` (which steps through it a round at a time, as
/// the perfect Bayesian one: `heading`, `render(round:)`, `closingText`). Round by round
/// (`TypedLogitSolution.replay`): each real move's chance under the logit mixtures
/// (a follower's given the lead it saw), the round's probability and surprise, and
/// Bayes' rule worked where a move tells something; then the likelihood, the
/// log-likelihood (`TypedLogitSolution.score`, in doubles) and the baselines and
/// `--against` scenarios on the same record (`RecordScoring.typedComparisons`), as
/// the perfect Bayesian counterpart `TypedReplayReport` does.
public struct TypedLogitReplayReport: Sendable {
  public var document: ScenarioDocument
  public var solution: TypedLogitSolution
  /// The script as an observed path (`ReplayReport.record`).
  public var record: [ObservedRound]
  public var rounds: [TypedLogitSolution.ReplayRound]
  public var score: PathScore?
  /// The model's entry, the baselines' and the other scenarios', once `compare` ran.
  public var comparisons: [RecordScoring.Entry] = []

  public init(document doc: ScenarioDocument, solution: TypedLogitSolution) {
    document = doc
    self.solution = solution
    record = ReplayReport.record(of: doc, horizon: solution.graph.horizon)
    rounds = solution.replay(record)
    score = solution.score(rounds)
  }

  /// The record scored under the baselines and each of `against`, after the model.
  public mutating func compare(against: [(name: String, scenario: EscalationScenario)] = [],
                               shouldContinue: () -> Bool = { true }) {
    let model = RecordScoring.entry(.model, score: score, followed: rounds.count, of: record.count)
    comparisons = RecordScoring.typedComparisons(model: model, scenario: document.scenario, path: record,
                                                 against: against, shouldContinue: shouldContinue)
  }

  /// Whether a stop cut any of the comparisons short.
  public var interrupted: Bool { comparisons.contains { $0.interrupted } }

  /// The whole replay as text, `brink replay FILE`: the heading, every round
  /// (`render(round:)`) and the closing text; the REPL's `replay` steps through the
  /// same pieces a round at a time (`Session+TypedReplay.swift`).
  public func render() -> String {
    var lines = [heading]
    if rounds.isEmpty {
      lines.append("No round of the record can be followed (no script, or its first round names no move of each side).")
    }
    lines += rounds.indices.map(render(round:))
    if !rounds.isEmpty {
      lines.append("")
      lines.append(closingText)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Bluff ladder (bluff-ladder.yaml): the record against the logit agent quantal
  /// response equilibrium (λ: Defender 2, Challenger 2)`.
  public var heading: String {
    let s = solution.scenario
    return "\(s.title.isEmpty ? document.name : s.title) (\(document.file)): the record against the logit agent quantal response equilibrium (λ: "
      + (0..<2).map { "\(s.players[$0]) \(TypedLogitReport.lambdaText(solution.lambdas[$0]))" }.joined(separator: ", ") + ")"
  }

  /// One round (`rounds[index]`): the moves and their chances, the round's
  /// probability and surprise, and each belief with Bayes' rule where the move
  /// tells something:
  ///
  ///     Round 1, crisis: Sender m0 (chance 0.2563), Receiver r0 (chance 0.2512)
  ///       the model gave this round 6.4%; surprise 3.96 bits (decisions 3.96, chance 0.00)
  ///       belief about Sender: a 0.2500, b 0.7500 → a 0.6975, b 0.3025
  ///         Bayes' rule: m0 has chance 0.7150 if a, 0.1034 if b
  public func render(round index: Int) -> String {
    let s = solution.scenario
    let n = TypedLogitReport.number
    let r = rounds[index]
    let state = s.states[r.state]
    let moves = (0..<2).map { "\(s.players[$0]) \(state.moves[$0][r.moves[$0]].name) (chance \(n(r.chances[$0])))" }
    var lines = ["Round \(r.round + 1), \(state.name): " + moves.joined(separator: ", ")]
    var tail = "  the model gave this round \(ReplayReport.percent(r.probability))"
    if r.transition != 1 { tail += ": the moves \(n(r.chances[0] * r.chances[1])), the recorded next state \(n(r.transition))" }
    if let score, index < score.rounds.count, let surprise = score.rounds[index] { tail += "; " + ReplayReport.surprise(surprise) }
    lines.append(tail)
    for p in 0..<2 where s.types[p].count > 1 {
      let names = s.types[p].map(\.name)
      func dist(_ x: [Double]) -> String { zip(names, x).map { "\($0) \(n($1))" }.joined(separator: ", ") }
      let like = r.likelihood[p]
      let says = like.allSatisfy { $0 == like[0] }
      lines.append("  belief about \(s.players[p]): \(dist(r.before[p])) → \(dist(r.after[p]))\(says ? " (the move says nothing)" : "")")
      if !says {
        let chances = names.indices.map { "\(n(like[$0])) if \(names[$0])" }.joined(separator: ", ")
        lines.append("    Bayes' rule: \(state.moves[p][r.moves[p]].name) has chance \(chances)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// After the last round: the likelihood, the log-likelihood and, once `compare`
  /// has run, the comparison table (`ReplayReport.comparisonText`).
  public var closingText: String {
    ReplayReport.typedClosingText(likelihoodLine: likelihoodLine, score: score, comparisons: comparisons)
  }

  /// `Likelihood of the real path under the model: 0.3750`, from the logarithm when
  /// small (`ReplayReport.probabilityText`), with the rounds it covers when the
  /// answer followed fewer than the record has.
  var likelihoodLine: String {
    var line = "Likelihood of the real path under the model: "
    guard let score else { return line + "not scored" }
    line += ReplayReport.probabilityText(score)
    if rounds.count < record.count && !score.isImpossible {
      line += " (of the \(rounds.count) round\(rounds.count == 1 ? "" : "s") the answer follows; the record has \(record.count))"
    }
    return line
  }
}
