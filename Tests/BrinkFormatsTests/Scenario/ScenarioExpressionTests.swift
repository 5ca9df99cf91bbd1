import BrinkCore
import Testing

@testable import BrinkFormats

/// The payoff expression language: `3`, `-1/3`, `-2 - us_tariff/100`, `1e-3*x`.
@Suite struct ScenarioExpressionTests {
  func parse(_ text: String) -> String? {
    guard let e = ScenarioParser.parseExpression(text) else { return nil }
    return ([e.constant.description] + e.terms.map { "\($0.coefficient)*\($0.name)@\($0.offset)" }).joined(separator: " ")
  }

  @Test func numbers() {
    #expect(parse("3") == "3")
    #expect(parse("-1/3") == "-1/3")
    #expect(parse("0.1") == "1/10")
    #expect(parse("1e-3") == "1/1000")
  }

  @Test func linearTerms() {
    #expect(parse("-2 - us_tariff/100") == "-2 -1/100*us_tariff@5")
    #expect(parse("1/2*x + y") == "0 1/2*x@4 1*y@8")
    #expect(parse("x*3 - 1") == "-1 3*x@0")
    #expect(parse("-x") == "0 -1*x@1")
    #expect(parse("2 + 1e-3*x") == "2 1/1000*x@9")
  }

  @Test func rejected() {
    for bad in ["", "x y", "3 - - x", "3 +", "x/0", "x*y", "2*3*x", "(x)"] {
      #expect(parse(bad) == nil, "accepted \(bad.debugDescription)")
    }
  }
}
