/// Scores of a record under scenarios with types (issue 14): the perfect Bayesian
/// equilibrium (or, when every player uses `logit`, the logit agent QRE) followed
/// along the record (`TypedSolution.replay`) and scored (`TypedSolution.score`), so a typed model, its baselines and untyped scenarios
/// of the same events share one table.
extension RecordScoring {
  /// `entry` for any scenario: the typed score when it has types, else `entry`'s.
  public static func anyEntry(_ kind: Entry.Kind, scenario: EscalationScenario, path: [ObservedRound],
                              shouldContinue: () -> Bool = { true }) -> Entry {
    scenario.hasTypes ? typedEntry(kind, scenario: scenario, path: path, shouldContinue: shouldContinue)
      : entry(kind, scenario: scenario, path: path, shouldContinue: shouldContinue)
  }

  /// The score of `path` under `scenario` (which has types): solved by `TypedSolver`,
  /// or `TypedLogitSolver` when every player uses `logit` (`typedLogitEntry`; a stop
  /// gives an entry marked interrupted), followed and scored. A record the
  /// equilibrium cannot follow to its end (an unknown move, a next node the record
  /// does not decide) and does not rule out has no score: a score of fewer rounds
  /// would not compare with the others.
  public static func typedEntry(_ kind: Entry.Kind, scenario: EscalationScenario, path: [ObservedRound],
                                shouldContinue: () -> Bool = { true }) -> Entry {
    if TypedLogitSolver.applies(to: scenario) {
      return typedLogitEntry(kind, scenario: scenario, path: path, shouldContinue: shouldContinue)
    }
    return solvedEntry(kind, { try TypedSolver.solve(scenario, shouldContinue: shouldContinue) }) { solution in
      typedEntry(kind, solution: solution, rounds: solution.replay(path), of: path.count)
    }
  }

  /// `score(solve())`, or the entry of a solve that was stopped or failed: the one
  /// place the PBE and logit entries turn a solve's error into a row.
  static func solvedEntry<Solution>(_ kind: Entry.Kind, _ solve: () throws -> Solution,
                                    score: (Solution) -> Entry) -> Entry {
    do {
      return score(try solve())
    } catch EscalationError.cancelled {
      return Entry(kind: kind, score: nil, problem: "interrupted", interrupted: true)
    } catch {
      return Entry(kind: kind, score: nil, problem: "cannot solve it: \(error)")
    }
  }

  /// The entry of `rounds`, `solution`'s replay of a record of `count` rounds.
  public static func typedEntry(_ kind: Entry.Kind, solution: TypedSolution, rounds: [TypedSolution.ReplayRound],
                                of count: Int) -> Entry {
    entry(kind, score: solution.score(rounds), followed: rounds.count, of: count)
  }

  /// `typedEntry` for a scenario whose players all use `logit`: solved by
  /// `TypedLogitSolver` (the logit agent QRE), followed and scored in doubles
  /// (`TypedLogitSolution.score`).
  public static func typedLogitEntry(_ kind: Entry.Kind, scenario: EscalationScenario, path: [ObservedRound],
                                     shouldContinue: () -> Bool = { true }) -> Entry {
    solvedEntry(kind, { try TypedLogitSolver.solve(scenario, shouldContinue: shouldContinue) }) { solution in
      let rounds = solution.replay(path)
      return entry(kind, score: solution.score(rounds), followed: rounds.count, of: path.count)
    }
  }

  /// The entry of a typed model's `score` of the `followed` rounds it could follow
  /// of a record of `count`.
  public static func entry(_ kind: Entry.Kind, score: PathScore?, followed: Int, of count: Int) -> Entry {
    guard var score else {
      return Entry(kind: kind, score: nil, problem: "it cannot follow the record's first round")
    }
    if followed < count {
      guard score.isImpossible else {
        return Entry(kind: kind, score: nil, problem: "it follows only \(followed) of the record's \(count) rounds")
      }
      score.rounds += [PathScore.Round?](repeating: nil, count: count - followed)
    }
    return Entry(kind: kind, score: score)
  }

  /// Every baseline's entry for `path` under `scenario` (which has types), in
  /// `ScenarioBaseline.allCases` order. Uniform play is scored without the types:
  /// types change only payoffs (`PlayerType`), which uniform play ignores, so every
  /// type plays alike and the untyped uniform model is the same model. A baseline
  /// that would change nothing (no trembles to take away, a discount already 0,
  /// play already uniform) does not apply: its entry says so and why
  /// (`notApplying`) instead of repeating the model's score under another name.
  public static func typedBaselines(of scenario: EscalationScenario, path: [ObservedRound],
                                    shouldContinue: () -> Bool = { true }) -> [Entry] {
    ScenarioBaseline.allCases.map { b in
      var variant = b.apply(to: scenario)
      if variant == scenario { return Entry(kind: .baseline(b), score: nil, problem: notApplying(b)) }
      guard shouldContinue() else { return Entry(kind: .baseline(b), score: nil, problem: "interrupted", interrupted: true) }
      if b == .uniform { variant.types = [[], []] }
      return anyEntry(.baseline(b), scenario: variant, path: path, shouldContinue: shouldContinue)
    }
  }

  /// Why `baseline` does not apply to a scenario it would leave unchanged.
  public static func notApplying(_ baseline: ScenarioBaseline) -> String {
    switch baseline {
    case .uniform: return "does not apply: every move is already equally likely"
    case .shortSighted: return "does not apply: the discount is already 0"
    case .noTremble: return "does not apply: the scenario has no trembles"
    }
  }
}

extension RecordScoring {
  /// The closing table of a typed replay: `model` (the scenario's own entry), then
  /// the baselines (`typedBaselines`) and each of `against` (a name, a scenario,
  /// typed or not) on `path`, the record in `scenario`'s states, carried over by
  /// name (`translate`). `shouldContinue` reaches every solve; the entries it stops
  /// are marked interrupted. The PBE and the logit replay reports both build theirs here.
  public static func typedComparisons(model: Entry, scenario: EscalationScenario, path: [ObservedRound],
                                      against: [(name: String, scenario: EscalationScenario)],
                                      shouldContinue: () -> Bool = { true }) -> [Entry] {
    var entries = [model]
    entries += typedBaselines(of: scenario, path: path, shouldContinue: shouldContinue)
    for other in against {
      guard shouldContinue() else {
        entries.append(Entry(kind: .against(other.name), score: nil, problem: "interrupted", interrupted: true))
        continue
      }
      switch translate(path, from: scenario, to: other.scenario) {
      case .failure(let missing):
        let names = missing.names.map { "'\($0)'" }.joined(separator: ", ")
        entries.append(Entry(kind: .against(other.name), score: nil, problem: "it has no state \(names), which the record names"))
      case .success(let translated):
        entries.append(anyEntry(.against(other.name), scenario: other.scenario, path: translated, shouldContinue: shouldContinue))
      }
    }
    return entries
  }
}
