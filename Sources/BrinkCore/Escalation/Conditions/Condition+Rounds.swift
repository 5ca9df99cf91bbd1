/// Where in a run of rounds a condition can hold, found without visiting every round.
///
/// `brink check` asks of each condition whether it can hold in some round where it is
/// read (a window that never opens is a mistake). Asking round by round costs
/// conditions × rounds, up to 100,000 rounds each (issue 16: `check` must be linear in
/// the file). But only the date comparisons depend on the round, and each changes its
/// value at one day at most (`date < d` and `date >= d` at `d`, `date <= d` and
/// `date > d` at `d + 1`, `==`/`!=` at `d` and `d + 1`), so the condition's three-valued
/// reading (`kleene(on:)`) is constant between those days. It is enough to read it in
/// the first round of `rounds` and in the first round after each such day: at most
/// twice the number of date comparisons, each round found by arithmetic on the
/// calendar.
extension Condition {
  /// The first round of `rounds` in which the condition can hold whatever the
  /// variables (`canHold(on:)` of the round's first day), or `nil` when it never can.
  /// Equal to `rounds.first { canHold(on: calendar.date(ofRound: $0)) }`.
  public func firstRoundItCanHold(in rounds: ClosedRange<Int>, calendar: ScenarioCalendar) -> Int? {
    let len = calendar.roundLengthDays
    var candidates = [rounds.lowerBound]
    for day in changeDays {
      // The first round whose first day is on or after `day`.
      let offset = calendar.start.days(to: day)
      let round = offset <= 0 ? 0 : (offset + len - 1) / len
      if round > rounds.lowerBound && round <= rounds.upperBound { candidates.append(round) }
    }
    candidates.sort()
    return candidates.first { canHold(on: calendar.date(ofRound: $0)) }
  }

  /// The days on which some date comparison may change its value (see above).
  var changeDays: Set<CalendarDate> {
    switch self {
    case .date(_, let day): [day, day.adding(days: 1)]
    case .compare: []
    case .not(let c): c.changeDays
    case .and(let l), .or(let l): l.reduce(into: Set<CalendarDate>()) { $0.formUnion($1.changeDays) }
    }
  }
}
