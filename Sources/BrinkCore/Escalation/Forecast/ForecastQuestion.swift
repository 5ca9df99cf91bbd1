/// A question a scenario can answer with a probability: "will the summit happen by
/// 3 November?", "will the extra 100% tariff ever be in force?". Forecasters score
/// models on questions fixed in advance (Tetlock and Gardner, *Superforecasting*,
/// 2015; Brier 1950), so a question carries the day it was asked about (`last`) and,
/// once known, what happened (`resolution`).
///
/// A question is read at *checkpoints*: checkpoint `t` (for `t` in `0..<T`) is the
/// node the game is in at the start of round `t`, after that round's events and
/// shocks, its `date` being the round's first day; checkpoint `T` is where the game
/// is after the last round's moves, dated the day after the calendar ends. The
/// question holds at a checkpoint when the game is in one of `states` (any state,
/// when empty) and `condition` holds there (always, when nil).
///
/// - `ever`: yes if it holds at some checkpoint in `0...last` ("ever by").
/// - `at`: yes if it holds at checkpoint `last`.
public struct ForecastQuestion: Sendable, Hashable {
  public enum Reading: String, Sendable, Hashable {
    /// Holds at some checkpoint up to `last`.
    case ever
    /// Holds at checkpoint `last`.
    case at
  }

  /// The short name (`summit-by-nov-3`).
  public var id: String
  /// The question in words.
  public var text: String
  /// Scenario state indices; empty means any state.
  public var states: [Int]
  public var condition: Condition?
  /// The last checkpoint read (`0...calendar.rounds`).
  public var last: Int
  public var reading: Reading
  /// What happened, once known.
  public var resolution: QuestionResolution?

  public init(id: String, text: String, states: [Int] = [], condition: Condition? = nil, last: Int,
              reading: Reading = .ever, resolution: QuestionResolution? = nil) {
    self.id = id
    self.text = text
    self.states = states
    self.condition = condition
    self.last = last
    self.reading = reading
    self.resolution = resolution
  }

  /// Whether the question holds at a node read at checkpoint `t` of `calendar`.
  public func holds(at node: LadderNode, checkpoint t: Int, calendar: ScenarioCalendar) -> Bool {
    (states.isEmpty || states.contains(node.state))
      && (condition?.holds(on: calendar.date(ofRound: t), values: node.values) ?? true)
  }

  /// Whether checkpoint `t` is one the question reads.
  public func reads(checkpoint t: Int) -> Bool {
    reading == .ever ? t <= last : t == last
  }
}

/// What happened to a question: its outcome and where that is reported.
public struct QuestionResolution: Sendable, Hashable {
  /// True when the question resolved yes.
  public var outcome: Bool
  /// Where it is reported (source ids, by convention).
  public var source: String?
  /// When it became known.
  public var date: CalendarDate?

  public init(outcome: Bool, source: String? = nil, date: CalendarDate? = nil) {
    self.outcome = outcome
    self.source = source
    self.date = date
  }
}
