/// Scores one record under several models: the scenario's own, its baselines
/// (`ScenarioBaseline`), and other scenarios of the same events. The record is the
/// same for all (moves by name, states by name), so the scores compare: a higher
/// log-likelihood is the better account of what happened (Good 1952; for models of
/// crises, Signorino 1999 §4 compares strategic and non-strategic models this way).
public enum RecordScoring {
  /// One model's score of the record, or why there is none.
  public struct Entry: Sendable {
    public enum Kind: Sendable, Hashable {
      /// The scenario's own model.
      case model
      case baseline(ScenarioBaseline)
      /// Another scenario (its file or name).
      case against(String)
    }
    public var kind: Kind
    /// `nil` when the model could not be scored (`problem` says why).
    public var score: PathScore?
    public var problem: String?
    /// Whether a stop (Ctrl-C, deadline) cut this entry short.
    public var interrupted = false

    public init(kind: Kind, score: PathScore?, problem: String? = nil, interrupted: Bool = false) {
      self.kind = kind
      self.score = score
      self.problem = problem
      self.interrupted = interrupted
    }
  }

  /// The score of `path` under `scenario`: solved for its strategies alone
  /// (`EscalationSolver.Needs.strategies`, so a uniform baseline needs no backward
  /// sweep), then the path's likelihood (`SolvedScenario.likelihood`).
  /// A stop during the solve or the likelihood gives an entry marked interrupted.
  public static func entry(_ kind: Entry.Kind, scenario: EscalationScenario, path: [ObservedRound],
                           shouldContinue: () -> Bool = { true }) -> Entry {
    let solved: SolvedScenario
    do {
      solved = try EscalationSolver.solve(scenario, needs: .strategies, shouldContinue: shouldContinue)
    } catch EscalationError.cancelled {
      return Entry(kind: kind, score: nil, problem: "interrupted", interrupted: true)
    } catch {
      return Entry(kind: kind, score: nil, problem: "cannot solve it: \(error)")
    }
    let likelihood = solved.likelihood(of: path, shouldContinue: shouldContinue)
    guard let score = likelihood.score else { return Entry(kind: kind, score: nil, problem: "interrupted", interrupted: true) }
    return Entry(kind: kind, score: score, interrupted: likelihood.interrupted)
  }

  /// Every baseline's entry for `path` under `scenario`, in `ScenarioBaseline.allCases` order.
  public static func baselines(of scenario: EscalationScenario, path: [ObservedRound],
                               shouldContinue: () -> Bool = { true }) -> [Entry] {
    ScenarioBaseline.allCases.map { b in
      guard shouldContinue() else { return Entry(kind: .baseline(b), score: nil, problem: "interrupted", interrupted: true) }
      return entry(.baseline(b), scenario: b.apply(to: scenario), path: path, shouldContinue: shouldContinue)
    }
  }

  /// `path`, recorded in `source`'s states, in `target`'s: each observed state by its
  /// name (move names are names already). Returns the names `target` lacks instead
  /// when there are any, so the caller can say which.
  public static func translate(_ path: [ObservedRound], from source: EscalationScenario,
                               to target: EscalationScenario) -> Result<[ObservedRound], MissingStates> {
    var missing = [String]()
    let out = path.map { r -> ObservedRound in
      var r = r
      if let s = r.state {
        let name = source.states[s].name
        r.state = target.stateIndex(named: name)
        if r.state == nil && !missing.contains(name) { missing.append(name) }
      }
      return r
    }
    return missing.isEmpty ? .success(out) : .failure(MissingStates(names: missing))
  }

  /// The recorded states another scenario does not have.
  public struct MissingStates: Error, Sendable, Hashable {
    public var names: [String]
  }
}
