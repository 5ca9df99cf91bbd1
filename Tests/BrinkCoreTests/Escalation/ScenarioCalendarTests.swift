import Testing
@testable import BrinkCore

@Suite struct ScenarioCalendarTests {
  @Test func dayNumbersRoundTrip() {
    // 1970-01-01 is day 0; 2000-03-01 is day 11017 (30 years incl. 7 leap days + Jan, Feb 2000).
    #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
    #expect(CalendarDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
    for n in stride(from: -1000, through: 30_000, by: 37) {
      #expect(CalendarDate(dayNumber: n).dayNumber == n)
    }
  }

  @Test func parsing() {
    #expect(CalendarDate("2025-10-13") == CalendarDate(year: 2025, month: 10, day: 13))
    #expect(CalendarDate("2025-02-29") == nil)
    #expect(CalendarDate("2024-02-29") != nil)
    #expect(CalendarDate("2025-1-01") == nil)
    #expect(CalendarDate("") == nil)
    #expect(CalendarDate(year: 2025, month: 11, day: 1).description == "2025-11-01")
  }

  @Test func roundsAndDates() {
    // Weekly rounds from Monday 13 October 2025: round 2 starts 27 October,
    // 1 November is in round 2 (27 Oct–2 Nov), 1 December in round 7 (1–7 Dec).
    let cal = ScenarioCalendar(start: CalendarDate(year: 2025, month: 10, day: 13), roundLengthDays: 7, rounds: 10)
    #expect(cal.date(ofRound: 2) == CalendarDate(year: 2025, month: 10, day: 27))
    #expect(cal.round(containing: CalendarDate(year: 2025, month: 11, day: 1)) == 2)
    #expect(cal.round(containing: CalendarDate(year: 2025, month: 12, day: 1)) == 7)
    #expect(cal.round(containing: CalendarDate(year: 2025, month: 10, day: 12)) == nil)
    #expect(cal.round(containing: CalendarDate(year: 2025, month: 12, day: 22)) == nil)
    let byDate = ScenarioCalendar(start: cal.start, roundLengthDays: 7, through: CalendarDate(year: 2025, month: 12, day: 14))
    #expect(byDate.rounds == 9)
  }
}
