import BrinkCore

/// The whole typed replay as text, `brink replay FILE` on a scenario with types: what
/// the REPL's `replay all` shows (the same `render(round:)` and `closingText`), with
/// no stepping around it, in the shape of the untyped `ReplayReport.render()`.
extension TypedReplayReport {
  /// The heading, each round, the likelihood, the log-likelihood and the comparison:
  ///
  ///     Replay of bluff-ladder: …, against the perfect Bayesian equilibrium
  ///
  ///     Round 1 (2025-01-06), state crisis
  ///       …
  ///
  ///     Likelihood of the real path under the model: 0.3750 (exactly 3/8)
  ///     Log-likelihood: ln P = -0.9808, log2 P = -1.4150: a surprise of 1.42 bits, …
  ///
  ///     Against simpler models, on the same record (…): a table (`comparisonText`)
  public func render() -> String {
    var lines = [heading]
    if document.scenario.history.isEmpty {
      lines += ["", "The scenario has no script: nothing to replay."]
      return lines.joined(separator: "\n")
    }
    if rounds.isEmpty {
      lines += ["", "No round of the record can be followed (its first round names no move of each side, or the scenario starts in more than one state)."]
      return lines.joined(separator: "\n")
    }
    for r in rounds.indices {
      lines.append("")
      lines.append(render(round: r))
    }
    if rounds.count < record.count {
      lines.append("")
      lines.append("The equilibrium follows the record no further: \(rounds.count) of its \(record.count) rounds.")
    }
    lines.append("")
    lines.append(closingText)
    return lines.joined(separator: "\n")
  }

  /// After the last round: the likelihood, the log-likelihood and, once `compare`
  /// has run, the comparison table (`ReplayReport.comparisonText`, the untyped
  /// replay's layout).
  public var closingText: String {
    ReplayReport.typedClosingText(likelihoodLine: likelihoodLine, score: score, comparisons: comparisons)
  }
}
