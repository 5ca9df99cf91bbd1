import BrinkCore

/// The calendar checks: events, shock windows and script dates must fall inside the
/// rounds the scenario plays.
extension ScenarioValidator {
  var horizon: ScenarioCalendar { s.calendar.model }

  /// `true` if `date` is inside the calendar; otherwise reports why not.
  @discardableResult
  func checkInCalendar(_ date: Located<CalendarDate>, what: String) -> Bool {
    let cal = horizon
    guard s.calendar.start != nil else {
      sink.error(at: date.location, "\(what) has a date, but the calendar has no 'start'", length: date.length)
      return false
    }
    if date.value < cal.start || date.value > cal.end {
      sink.error(at: date.location, "\(what) on \(date.value) is outside the calendar (\(cal.start) to \(cal.end))", length: date.length)
      return false
    }
    return true
  }

  func checkEvents() {
    let cal = horizon
    for e in s.events {
      let what = "event '\(e.name.value)'"
      if let d = e.date { checkInCalendar(d, what: what) }
      for st in e.within { _ = checkState(reference: st, context: " in \(what)") }
      if let g = e.goto { _ = checkState(reference: g, context: " in \(what)") }
      checkEffects(e.effects, context: " in \(what)")
      if let d = e.decision { checkDecision(d, of: what) }
      if let w = e.when {
        let round = e.date.flatMap { cal.round(containing: $0.value) }
        checkCondition(w, context: what, rounds: round.map { $0...$0 })
      }
    }
  }

  func checkShocks() {
    for sh in s.shocks {
      let what = "shock '\(sh.name.value)'"
      if let d = sh.windowStart { checkInCalendar(d, what: "the window of \(what)") }
      if let d = sh.windowEnd { checkInCalendar(d, what: "the window of \(what)") }
      for st in sh.from { _ = checkState(reference: st, context: " in \(what)") }
      if let g = sh.goto { _ = checkState(reference: g, context: " in \(what)") }
      checkEffects(sh.effects, context: " in \(what)")
      if let w = sh.when {
        checkCondition(w, context: what, rounds: activeRounds(from: sh.windowStart?.value, through: sh.windowEnd?.value))
      }
    }
  }

  /// The rounds whose first day is in `[start, end]` (either end open when `nil`),
  /// by arithmetic on the calendar rather than a walk over its rounds.
  func activeRounds(from start: CalendarDate?, through end: CalendarDate?) -> ClosedRange<Int>? {
    let cal = horizon, len = cal.roundLengthDays
    var first = 0, last = cal.rounds - 1
    if let start { first = max(first, ceilDiv(cal.start.days(to: start), len)) }
    if let end { last = min(last, floorDiv(cal.start.days(to: end), len)) }
    return first <= last ? first...last : nil
  }

  func checkScript() {
    let cal = horizon
    var previous = 0
    for (index, r) in s.script.enumerated() {
      let what = "script entry \(index + 1)"
      var round = r.round?.value
      if let d = r.date, checkInCalendar(d, what: what) {
        let fromDate = cal.round(containing: d.value)! + 1
        if let given = r.round, given.value != fromDate {
          sink.error(at: given.location, "\(what) says round \(given.value), but \(d.value) falls in round \(fromDate)", length: given.length)
        }
        round = fromDate
      }
      if let given = r.round, given.value > cal.rounds {
        sink.error(at: given.location, "\(what) is in round \(given.value), after the last round (\(cal.rounds))", length: given.length)
      }
      if let round {
        if round <= previous {
          sink.error(at: r.location, "\(what) is for round \(round), but the script must go forward round by round (the previous entry was round \(previous))")
        }
        previous = round
      }
      var st: StateSyntax?
      if let name = r.state {
        st = checkState(reference: name, context: " in \(what)")
        if let found = st, found.terminal {
          sink.error(at: name.location, "\(what) is in terminal state '\(name.value)', where nobody moves", length: name.length)
          st = nil
        }
      }
      for i in 0..<2 {
        guard let move = r.moves[i] else { continue }
        let available = (st.map { $0.moves[i].map(\.value) } ?? s.players[i].moves.map(\.id.value)) + dealMoves(player: i, in: st)
        if !available.contains(move.value) && !isDeadlineMove(move.value, player: i, in: st) {
          let context = st.map { " of '\(player(i))' in state '\($0.id.value)'" } ?? " of '\(player(i))'"
          sink.unknown("move", move, known: available, context: context + " in \(what)")
        }
      }
    }
  }
}

extension CalendarSyntax {
  /// The model's calendar, once the dates are known to be sensible: a scenario without
  /// a `start` gets a nominal one (only dated entries need a real start, and those are
  /// reported when it is missing).
  var model: ScenarioCalendar {
    let begin = start?.value ?? CalendarSyntax.nominalStart
    let days = step?.value ?? 7
    var calendar = ScenarioCalendar(start: begin, roundLengthDays: days, rounds: rounds?.value ?? 1)
    if rounds == nil, let end = end?.value, end >= begin {
      calendar = ScenarioCalendar(start: begin, roundLengthDays: days, through: end)
    }
    calendar.tail = tail?.value ?? .none
    return calendar
  }

  /// The start of a scenario without dates (a Monday, for tidy weekly rounds).
  static let nominalStart = CalendarDate(year: 2025, month: 1, day: 6)
}

private func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
private func ceilDiv(_ a: Int, _ b: Int) -> Int { -floorDiv(-a, b) }
