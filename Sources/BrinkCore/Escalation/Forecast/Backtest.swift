/// A scenario's resolved questions forecast by the model and by baselines, and
/// scored (`ProperScores`): the data of `brink backtest` for one case.
///
/// A baseline is another forecaster of the same questions: a variant of the
/// scenario solved the same way (uniform play, short-sighted play, no tremble), or
/// the coin (1/2 for every question), the forecaster that knows nothing. A model that
/// cannot beat the coin on its own case has shown nothing; beating the variants
/// says its strategic reasoning, not just the scenario's structure, helped.
public struct Backtest: Sendable {
  /// A named variant of a scenario, forecast like the model.
  public struct Variant: Sendable {
    public var name: String
    public var make: @Sendable (EscalationScenario) -> EscalationScenario
    public init(name: String, make: @escaping @Sendable (EscalationScenario) -> EscalationScenario) {
      self.name = name
      self.make = make
    }
  }

  public struct Forecaster: Sendable {
    public var name: String
    /// One per question, in order.
    public var probabilities: [Double]
    public var brier: Double
    public var log: Double
  }

  /// The resolved questions, in file order.
  public var questions: [ForecastQuestion]
  /// The model first, then each variant, then the coin.
  public var forecasters: [Forecaster]

  /// The outcome of each question.
  public var outcomes: [Bool] { questions.map { $0.resolution!.outcome } }

  /// Solves the scenario and each variant and answers the resolved questions of
  /// `questions` (`QuestionProbabilities`); `nil` when none is resolved. Throws what
  /// the solver throws.
  public init?(scenario: EscalationScenario, questions all: [ForecastQuestion], variants: [Variant],
               shouldContinue: () -> Bool = { true }) throws {
    let questions = all.filter { $0.resolution != nil }
    guard !questions.isEmpty else { return nil }
    self.questions = questions
    let outcomes = questions.map { $0.resolution!.outcome }
    func forecaster(_ name: String, _ p: [Double]) -> Forecaster {
      let m = ProperScores.means(Array(zip(p, outcomes)).map { (p: $0.0, outcome: $0.1) })!
      return Forecaster(name: name, probabilities: p, brier: m.brier, log: m.log)
    }
    var list = [Forecaster]()
    for (name, s) in [("model", scenario)] + variants.map({ ($0.name, $0.make(scenario)) }) {
      let solved = try EscalationSolver.solve(s, shouldContinue: shouldContinue)
      let p = try QuestionProbabilities(solved, questions: questions, shouldContinue: shouldContinue)
      list.append(forecaster(name, p.exact.map { $0.map(\.doubleValue) } ?? p.probabilities))
    }
    list.append(forecaster("coin", questions.map { _ in 0.5 }))
    forecasters = list
  }
}
