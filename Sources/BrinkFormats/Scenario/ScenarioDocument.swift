import BrinkCore

/// A scenario file once read: the model (`EscalationScenario`) plus what the file holds
/// that the engine does not need: its short name, its sources, descriptive notes, and
/// the state the script says each scripted round was in. Writing a document back
/// (`ScenarioWriter`) keeps all of these.
public struct ScenarioDocument: Sendable, Hashable {
  /// The file's `name`, e.g. `us-china-2025-10`.
  public var name: String
  public var scenario: EscalationScenario
  public var sources: [ScenarioSource]
  /// Descriptive text keyed by its place in the file, e.g.
  /// `variables.us_tariff.source`, `states.talks.source`, `players.US.name`.
  public var annotations: [String: String]
  /// For each entry of `scenario.history`: the state the script says it happened in
  /// (an index into `scenario.states`), or nil when the script does not say.
  public var historyStates: [Int?]
  /// Where it was read from (`<built-in>` for the default).
  public var file: String
  /// `as_of:`: the day the forecast is made (the calibration date), if given.
  public var asOf: CalendarDate?
  /// `questions:`, in file order. Kept out of `scenario`, so that asking a question
  /// never changes a solve.
  public var questions: [ForecastQuestion]
  /// `priors:`, in file order (`ParameterPrior`; `forecast --uncertainty` draws them).
  public var priors: [ParameterPrior] = []
  /// `playerWeights[player][variable]`: the weights under `players:` as the file
  /// gives them (the model has them folded into the payoffs).
  public var playerWeights: [[Int: Rational]] = []

  public init(name: String, scenario: EscalationScenario, sources: [ScenarioSource] = [],
              annotations: [String: String] = [:], historyStates: [Int?] = [], file: String = "<memory>",
              asOf: CalendarDate? = nil, questions: [ForecastQuestion] = []) {
    self.name = name
    self.scenario = scenario
    self.sources = sources
    self.annotations = annotations
    self.historyStates = historyStates
    self.file = file
    self.asOf = asOf
    self.questions = questions
  }
}

/// One entry of a scenario's `sources` list: a report the scenario's facts come from.
public struct ScenarioSource: Sendable, Hashable {
  public var id: String
  public var outlet: String?
  public var title: String?
  public var date: CalendarDate?
  public var url: String?
  public var note: String?

  public init(id: String, outlet: String? = nil, title: String? = nil, date: CalendarDate? = nil,
              url: String? = nil, note: String? = nil) {
    self.id = id
    self.outlet = outlet
    self.title = title
    self.date = date
    self.url = url
    self.note = note
  }
}
