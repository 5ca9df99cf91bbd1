import BrinkCore
import BrinkFormats

/// `replay` on a scenario with types (issue 14): the scenario's script played against
/// the perfect Bayesian equilibrium, the one report behind both front ends. `brink
/// replay FILE` prints all of it (`render()`, or `json()`); the REPL's `replay` steps
/// through it a round at a time (`Session+TypedReplay.swift`, with `heading`,
/// `render(round:)` and `closingText`). Built once:
///
/// 1. The record: the script as an observed path (`ReplayReport.record`), the one
///    every model in the closing table is scored on.
/// 2. The equilibrium followed along it (`TypedSolution.replay`): each round's moves'
///    chances by type and by the belief, the beliefs before and after (Bayes' rule),
///    the recorded next state's chance.
/// 3. Its score (`TypedSolution.score`): the likelihood is the product of the
///    rounds' probabilities, the log-likelihood the sum of their logarithms.
/// 4. On `compare`: the same record under the baselines (`RecordScoring.typedBaselines`:
///    a baseline that would change nothing is listed as not applying, with why) and
///    under other scenarios, typed or not (`RecordScoring.typedComparisons`).
public struct TypedReplayReport: Sendable {
  public var document: ScenarioDocument
  public var solution: TypedSolution
  /// Step 1: the script as an observed path (states by index in this scenario).
  public var record: [ObservedRound]
  /// Step 2: the rounds the equilibrium follows (fewer than `record` when it cannot
  /// follow further: a move it does not know, a next node the record does not decide).
  public var rounds: [TypedSolution.ReplayRound]
  /// Step 3: the model's score of the rounds followed (`nil` when there are none).
  public var score: PathScore?
  /// Step 4: the model's entry, then the baselines' and the other scenarios', once
  /// `compare` has computed them.
  public var comparisons: [RecordScoring.Entry] = []

  /// Steps 1–3 for `doc`'s script against `solution` (the same scenario, solved).
  public init(document doc: ScenarioDocument, solution: TypedSolution) {
    document = doc
    self.solution = solution
    record = ReplayReport.record(of: doc, horizon: solution.graph.horizon)
    rounds = solution.replay(record)
    score = solution.score(rounds)
  }

  /// The model's own entry in the closing table (scored, or why not).
  public var modelEntry: RecordScoring.Entry {
    RecordScoring.typedEntry(.model, solution: solution, rounds: rounds, of: record.count)
  }

  /// Step 4: the record scored under the scenario's baselines and under each of
  /// `against` (a name for the report, and the scenario), in that order after the
  /// model; the record's states are carried over by name (`RecordScoring.translate`).
  /// `shouldContinue` (Ctrl-C, `--timeout`) reaches every solve; the entries it
  /// stops are marked interrupted.
  public mutating func compare(against: [(name: String, scenario: EscalationScenario)] = [],
                               shouldContinue: () -> Bool = { true }) {
    comparisons = RecordScoring.typedComparisons(model: modelEntry, scenario: document.scenario, path: record,
                                                 against: against, shouldContinue: shouldContinue)
  }

  /// Whether a stop cut any of the comparisons short.
  public var interrupted: Bool { comparisons.contains { $0.interrupted } }
}
