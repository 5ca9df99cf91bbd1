import BrinkCore

/// The calendar checks: events, shock windows and script dates must fall inside the
/// rounds the scenario plays.
extension ScenarioValidator {
  var horizon: ScenarioCalendar { ScenarioCalendar(s.calendar) }

  /// `true` if `date` is inside the calendar; otherwise reports why not.
  @discardableResult
  func checkInCalendar(_ date: Located<ScenarioDate>, what: String) -> Bool {
    let cal = horizon
    guard let start = cal.start else {
      sink.error(at: date.location, "\(what) has a date, but the calendar has no 'start'", length: date.length)
      return false
    }
    if date.value < start || date.value > cal.lastDay! {
      sink.error(at: date.location, "\(what) on \(date.value) is outside the calendar (\(start) to \(cal.lastDay!))", length: date.length)
      return false
    }
    return true
  }

  func checkEvents() {
    for e in s.events {
      let what = "event '\(e.name.value)'"
      if let d = e.date { checkInCalendar(d, what: what) }
      for st in e.within { _ = checkState(reference: st, context: " in \(what)") }
      if let g = e.goto { _ = checkState(reference: g, context: " in \(what)") }
      checkEffects(e.effects, context: " in \(what)")
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
    }
  }

  func checkScript() {
    let cal = horizon
    var previous = 0
    for (index, r) in s.script.enumerated() {
      let what = "script entry \(index + 1)"
      var round = r.round?.value
      if let d = r.date, checkInCalendar(d, what: what) {
        let fromDate = cal.round(of: d.value)!
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
        let available = st.map { $0.moves[i].map(\.value) } ?? s.players[i].moves.map(\.id.value)
        if !available.contains(move.value) {
          let context = st.map { " of '\(player(i))' in state '\($0.id.value)'" } ?? " of '\(player(i))'"
          sink.unknown("move", move, known: available, context: context + " in \(what)")
        }
      }
    }
  }
}

/// The rounds a scenario plays and the days they cover. Round k (from 1) covers the
/// `step` days from `start + (k - 1) * step`.
struct ScenarioCalendar {
  var start: ScenarioDate?
  var step: Int
  var rounds: Int

  init(_ c: CalendarSyntax) {
    start = c.start?.value
    step = c.step?.value ?? 7
    if let r = c.rounds?.value {
      rounds = r
    } else if let start, let end = c.end?.value {
      rounds = max(1, (end.dayNumber - start.dayNumber) / step + 1)
    } else {
      rounds = 1
    }
  }

  var lastDay: ScenarioDate? { start?.adding(days: rounds * step - 1) }

  /// The round (from 1) whose days include `date`, or nil outside the calendar.
  func round(of date: ScenarioDate) -> Int? {
    guard let start, date >= start else { return nil }
    let r = (date.dayNumber - start.dayNumber) / step + 1
    return r <= rounds ? r : nil
  }

  /// The first day of round `r` (from 1).
  func date(ofRound r: Int) -> ScenarioDate? { start?.adding(days: (r - 1) * step) }
}
