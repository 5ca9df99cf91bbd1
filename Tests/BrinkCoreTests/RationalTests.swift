import Testing
@testable import BrinkCore

@Suite struct RationalTests {
  @Test func parsesIntegersDecimalsAndFractions() {
    #expect(Rational("7") == Rational(7))
    #expect(Rational("-0.25") == Rational(-1, 4))
    #expect(Rational("1/3") == Rational(1, 3))
    #expect(Rational("2.5E-2") == Rational(1, 40))
    #expect(Rational("") == nil)
    #expect(Rational("1/0") == nil)
    #expect(Rational("abc") == nil)
    #expect(Rational("1.2.3") == nil)
  }

  @Test func arithmeticIsExactAndReduced() {
    let third = Rational(1, 3)
    #expect(third + third + third == .one)
    #expect((Rational(2, 4)).description == "1/2")
    #expect(Rational(-3, -6).description == "1/2")
    #expect(Rational(1, 3) * Rational(3, 7) == Rational(1, 7))
    #expect(Rational(1, 3) - Rational(1, 2) == Rational(-1, 6))
    #expect(Rational(5) / Rational(10) == Rational(1, 2))
    #expect(Rational(1, 3) < Rational(1, 2))
    #expect(Rational(-1, 2) < Rational(-1, 3))
  }

  @Test func overflowFallsBackToBigIntegers() {
    let big = Rational(Int(Int64.max))
    let sum = big + big
    #expect(sum.description == "18446744073709551614")
    #expect(sum - big == big)
    let tiny = Rational(1, Int(Int64.max))
    #expect((tiny * tiny).description == "1/85070591730234615847396907784232501249")
    #expect((tiny * tiny) * Rational(Int(Int64.max)) * Rational(Int(Int64.max)) == .one)
    #expect(-Rational(Int(Int64.min)) > .zero)
  }

  @Test func decimalRendering() {
    #expect(Rational(1, 3).decimalString() == "0.3333")
    #expect(Rational(2, 3).decimalString() == "0.6667")
    #expect(Rational(-1, 8).decimalString(places: 2) == "-0.13")
    #expect(Rational(5).decimalString() == "5")
    #expect(Rational(-1, 100000).decimalString() == "0")
  }
}
