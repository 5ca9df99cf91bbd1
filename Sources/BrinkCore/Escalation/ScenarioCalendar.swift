/// The dates of a scenario's rounds: round `t` (from 0) covers the days
/// `[start + t·roundLengthDays, start + (t+1)·roundLengthDays)`, for `rounds` rounds.
public struct ScenarioCalendar: Sendable, Hashable {
  public var start: CalendarDate
  /// 7 for weekly rounds, 1 for daily.
  public var roundLengthDays: Int
  /// The horizon in rounds.
  public var rounds: Int
  /// What follows the last dated round (`HorizonTail`): nothing, or the last
  /// round's rules forever, discounted.
  public var tail: HorizonTail = .none

  /// - Precondition: `roundLengthDays >= 1`, `rounds >= 1`.
  public init(start: CalendarDate, roundLengthDays: Int = 7, rounds: Int) {
    precondition(roundLengthDays >= 1 && rounds >= 1)
    self.start = start
    self.roundLengthDays = roundLengthDays
    self.rounds = rounds
  }

  /// A horizon given by an end date: enough rounds to reach `end` (inclusive).
  /// - Precondition: `end >= start`.
  public init(start: CalendarDate, roundLengthDays: Int = 7, through end: CalendarDate) {
    precondition(end >= start && roundLengthDays >= 1)
    let days = start.days(to: end) + 1
    self.init(start: start, roundLengthDays: roundLengthDays,
              rounds: (days + roundLengthDays - 1) / roundLengthDays)
  }

  /// The first day of round `t`.
  public func date(ofRound t: Int) -> CalendarDate { start.adding(days: t * roundLengthDays) }

  /// The last day inside the horizon.
  public var end: CalendarDate { start.adding(days: rounds * roundLengthDays - 1) }

  /// The round containing `date`, or `nil` when it is outside the horizon.
  public func round(containing date: CalendarDate) -> Int? {
    let d = start.days(to: date)
    guard d >= 0 else { return nil }
    let t = d / roundLengthDays
    return t < rounds ? t : nil
  }
}
