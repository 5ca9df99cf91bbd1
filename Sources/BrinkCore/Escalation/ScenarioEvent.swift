/// What an event or a shock does: optionally move the game to a state, and change
/// variables. Applied at the start of a round, before the players move.
public struct EventEffect: Sendable, Hashable {
  /// A state index to move to; `nil` leaves the state as it is.
  public var moveTo: Int?
  public var effects: [VariableEffect]

  public init(moveTo: Int? = nil, effects: [VariableEffect] = []) {
    self.moveTo = moveTo
    self.effects = effects
  }
}

/// Something that happens on a known date: "controls take effect on 1 December".
/// It takes effect at the start of the round containing `date`, unless the game has
/// already ended in a terminal state.
public struct ScheduledEvent: Sendable, Hashable {
  public var name: String
  public var date: CalendarDate
  public var effect: EventEffect
  /// Only in these states (indices); empty means in any non-terminal state.
  public var states: [Int]
  /// Where the fact comes from (free text, for reports).
  public var source: String
  /// When set, the event acts only if this holds at that point of the round.
  public var condition: Condition?

  public init(name: String, date: CalendarDate, effect: EventEffect, states: [Int] = [], source: String = "") {
    self.name = name
    self.date = date
    self.effect = effect
    self.states = states
    self.source = source
  }
}

/// Something that may happen in each round of a date window with a stated
/// probability, independently from round to round. Checked after scheduled events.
public struct RandomShock: Sendable, Hashable {
  public var name: String
  /// Per round, 0…1.
  public var probability: Rational
  /// The window (inclusive): rounds whose first day lies in `from...to`.
  /// `nil` bounds mean the start / end of the calendar.
  public var from: CalendarDate?
  public var to: CalendarDate?
  /// Only in these states (indices); empty means in any non-terminal state.
  public var states: [Int]
  public var effect: EventEffect
  /// When set, the shock can act only if this holds at that point of the round.
  public var condition: Condition?

  public init(name: String, probability: Rational, from: CalendarDate? = nil, to: CalendarDate? = nil,
              states: [Int] = [], effect: EventEffect) {
    self.name = name
    self.probability = probability
    self.from = from
    self.to = to
    self.states = states
    self.effect = effect
  }

  /// Whether the shock can happen in round `t` of `calendar`.
  public func isActive(inRound t: Int, of calendar: ScenarioCalendar) -> Bool {
    let day = calendar.date(ofRound: t)
    if let from, day < from { return false }
    if let to, day > to { return false }
    return true
  }
}
