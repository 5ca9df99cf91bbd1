/// Scores of a record under scenarios with types (issue 14): the perfect Bayesian
/// equilibrium followed along the record (`TypedSolution.replay`) and scored
/// (`TypedSolution.score`), so a typed model, its baselines and untyped scenarios
/// of the same events share one table.
extension RecordScoring {
  /// `entry` for any scenario: the typed score when it has types, else `entry`'s.
  public static func anyEntry(_ kind: Entry.Kind, scenario: EscalationScenario, path: [ObservedRound],
                              shouldContinue: () -> Bool = { true }) -> Entry {
    scenario.hasTypes ? typedEntry(kind, scenario: scenario, path: path, shouldContinue: shouldContinue)
      : entry(kind, scenario: scenario, path: path, shouldContinue: shouldContinue)
  }

  /// The score of `path` under `scenario` (which has types): solved by `TypedSolver`
  /// (a stop gives an entry marked interrupted), followed and scored. A record the
  /// equilibrium cannot follow to its end (an unknown move, a next node the record
  /// does not decide) and does not rule out has no score: a score of fewer rounds
  /// would not compare with the others.
  public static func typedEntry(_ kind: Entry.Kind, scenario: EscalationScenario, path: [ObservedRound],
                                shouldContinue: () -> Bool = { true }) -> Entry {
    let solution: TypedSolution
    do {
      solution = try TypedSolver.solve(scenario, shouldContinue: shouldContinue)
    } catch EscalationError.cancelled {
      return Entry(kind: kind, score: nil, problem: "interrupted", interrupted: true)
    } catch {
      return Entry(kind: kind, score: nil, problem: "cannot solve it: \(error)")
    }
    return typedEntry(kind, solution: solution, rounds: solution.replay(path), of: path.count)
  }

  /// The entry of `rounds`, `solution`'s replay of a record of `count` rounds.
  public static func typedEntry(_ kind: Entry.Kind, solution: TypedSolution, rounds: [TypedSolution.ReplayRound],
                                of count: Int) -> Entry {
    guard var score = solution.score(rounds) else {
      return Entry(kind: kind, score: nil, problem: "it cannot follow the record's first round")
    }
    if rounds.count < count {
      guard score.isImpossible else {
        return Entry(kind: kind, score: nil, problem: "it follows only \(rounds.count) of the record's \(count) rounds")
      }
      score.rounds += [PathScore.Round?](repeating: nil, count: count - rounds.count)
    }
    return Entry(kind: kind, score: score)
  }

  /// Every baseline's entry for `path` under `scenario` (which has types), in
  /// `ScenarioBaseline.allCases` order. Uniform play is scored without the types:
  /// types change only payoffs (`PlayerType`), which uniform play ignores, so every
  /// type plays alike and the untyped uniform model is the same model. A baseline
  /// that changes nothing (no trembles to take away) takes `model`'s entry when
  /// given, instead of solving the same scenario again.
  public static func typedBaselines(of scenario: EscalationScenario, path: [ObservedRound], model: Entry? = nil,
                                    shouldContinue: () -> Bool = { true }) -> [Entry] {
    ScenarioBaseline.allCases.map { b in
      guard shouldContinue() else { return Entry(kind: .baseline(b), score: nil, problem: "interrupted", interrupted: true) }
      var variant = b.apply(to: scenario)
      if let model, variant == scenario {
        return Entry(kind: .baseline(b), score: model.score, problem: model.problem, interrupted: model.interrupted)
      }
      if b == .uniform { variant.types = [[], []] }
      return anyEntry(.baseline(b), scenario: variant, path: path, shouldContinue: shouldContinue)
    }
  }
}
