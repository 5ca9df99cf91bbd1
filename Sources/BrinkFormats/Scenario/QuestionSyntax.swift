import BrinkCore

/// One entry of a scenario's `questions:` as written (Docs/scenario-format.md,
/// "questions"), every name and date with its location.
struct QuestionSyntax {
  var id: Located<String>
  var text: String?
  /// `in:`: the states the game must be in; empty means any.
  var states: [Located<String>] = []
  var when: WhenSyntax?
  var by: Located<CheckpointSyntax>?
  var at: Located<CheckpointSyntax>?
  var resolution: ResolutionSyntax?
  var location: SourceLocation
}

/// `by:` or `at:`: a round (from 1), a day, or `end` (after the last round).
enum CheckpointSyntax: Equatable {
  case round(Int)
  case date(CalendarDate)
  case end
}

/// `resolution: {outcome: yes, source: …, date: …}`.
struct ResolutionSyntax {
  var outcome: Located<Bool>?
  var source: String?
  var date: Located<CalendarDate>?
  var location: SourceLocation
}

extension CheckpointSyntax {
  /// The checkpoint (`ForecastQuestion`) it names in `calendar`: round `k` is
  /// checkpoint `k − 1`; a day, the last checkpoint dated on or before it; `end`,
  /// the horizon. Nil when it lies outside (a round past the horizon, a day
  /// before the start or after the day after the end).
  func checkpoint(in calendar: ScenarioCalendar) -> Int? {
    switch self {
    case .end: return calendar.rounds
    case .round(let k): return (1...calendar.rounds).contains(k) ? k - 1 : nil
    case .date(let d):
      if d == calendar.date(ofRound: calendar.rounds) { return calendar.rounds }
      return calendar.round(containing: d)
    }
  }
}
