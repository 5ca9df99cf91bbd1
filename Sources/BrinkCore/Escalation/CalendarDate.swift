/// A day in the proleptic Gregorian calendar, without time of day or time zone:
/// all a scenario's calendar needs, and no Foundation in the engine.
///
/// Day numbers use Howard Hinnant's `days_from_civil` algorithm
/// ("chrono-Compatible Low-Level Date Algorithms", 2013): 1970-01-01 is day 0.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// - Precondition: a real date (month 1…12, day within the month).
  public init(year: Int, month: Int, day: Int) {
    precondition(CalendarDate.isValid(year: year, month: month, day: day), "invalid date")
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; `nil` when malformed or not a real date.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      CalendarDate.isValid(year: y, month: m, day: d)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1, (1...9999).contains(year) else { return false }
    return day <= daysInMonth(year: year, month: month)
  }

  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01 (Hinnant's `civil_from_days`).
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// Days from `self` to `other` (negative when `other` is earlier).
  public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

  public static func < (l: CalendarDate, r: CalendarDate) -> Bool { l.dayNumber < r.dayNumber }

  /// `2025-10-13`.
  public var description: String {
    func pad(_ n: Int, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}
