import Testing
@testable import BrinkCore

/// `Condition.firstRoundItCanHold` reads a condition only where a date comparison can
/// change its value; it must give what a walk over every round gives.
@Suite struct ConditionRoundsTests {
  let start = CalendarDate(year: 2025, month: 10, day: 13)

  /// A random condition of depth ≤ 3 over dates near the calendar and one variable.
  func randomCondition(_ rng: inout SplitMix64, depth: Int) -> Condition {
    let relations = Condition.Relation.allCases
    switch depth == 0 ? Int.random(in: 0...1, using: &rng) : Int.random(in: 0...4, using: &rng) {
    case 0:
      return .date(relations.randomElement(using: &rng)!, start.adding(days: Int.random(in: -10...80, using: &rng)))
    case 1:
      // A comparison of a variable: unknown in Kleene's reading; a constant one is known.
      let constant = Int.random(in: 0...1, using: &rng) == 0
      let e = PayoffExpression(Rational(Int.random(in: -1...1, using: &rng)),
                               terms: constant ? [] : [.init(variable: 0, coefficient: .one)])
      return .compare(e, relations.randomElement(using: &rng)!)
    case 2: return .not(randomCondition(&rng, depth: depth - 1))
    case 3: return .and((0..<Int.random(in: 0...3, using: &rng)).map { _ in randomCondition(&rng, depth: depth - 1) })
    default: return .or((0..<Int.random(in: 0...3, using: &rng)).map { _ in randomCondition(&rng, depth: depth - 1) })
    }
  }

  @Test func agreesWithAWalkOverEveryRound() {
    var rng = SplitMix64(seed: 16)
    for trial in 0..<3000 {
      let length = [1, 3, 7][trial % 3]
      let cal = ScenarioCalendar(start: start, roundLengthDays: length, rounds: Int.random(in: 1...30, using: &rng))
      let c = randomCondition(&rng, depth: 3)
      let lo = Int.random(in: 0..<cal.rounds, using: &rng), hi = Int.random(in: lo...cal.rounds, using: &rng)
      let walked = (lo...hi).first { c.canHold(on: cal.date(ofRound: $0)) }
      #expect(c.firstRoundItCanHold(in: lo...hi, calendar: cal) == walked, "\(c) on rounds \(lo)...\(hi), \(length)-day rounds")
    }
  }

  @Test func aWindowAtTheEndOfALongCalendarIsFound() {
    // 100,000 daily rounds (the calendar limit): the window opens in the last one.
    let cal = ScenarioCalendar(start: start, roundLengthDays: 1, rounds: 100_000)
    let last = cal.date(ofRound: 99_999)
    #expect(Condition.date(.greaterOrEqual, last).firstRoundItCanHold(in: 0...99_999, calendar: cal) == 99_999)
    #expect(Condition.date(.greater, last).firstRoundItCanHold(in: 0...99_999, calendar: cal) == nil)
    #expect(Condition.and([.date(.equal, start.adding(days: 500)), .date(.less, start)])
      .firstRoundItCanHold(in: 0...99_999, calendar: cal) == nil)
  }
}
