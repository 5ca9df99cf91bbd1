import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// `priors:` and `forecast --uncertainty` (`UncertainForecast`) on a scenario whose
/// one question's probability is a known function of its one parameter: a shock of
/// probability p per round ends the game in `war`, over two rounds, so
/// P(war by the end) = 1 − (1 − p)². With p uniform on [0, 1/2], the answer's q
/// quantile is 1 − (1 − q/2)² (the map is increasing), and its mean is
/// E[2p − p²] = 1/2 − 1/12 = 5/12.
@Suite struct UncertainForecastTests {
  static let yaml = """
    format: brink-scenario/1
    name: incident
    players:
      US: {moves: {wait: }}
      China: {moves: {wait: }}
    calendar: {start: 2025-10-13, step: 7, rounds: 2}
    states:
      calm:
        moves: {US: [wait], China: [wait]}
        payoffs:
          wait: [[0, 0]]
      war: {terminal: true}
    shocks:
      - name: incident
        probability: 1/4
        goto: war
    questions:
      - id: war
        text: Will there be a war?
        in: war
    priors:
      - parameter: shock incident
        prior: [0, 1/2]
        note: anything from never to a coin flip each week
    """

  static func hand(_ q: Double) -> Double { 1 - (1 - q / 2) * (1 - q / 2) }

  @Test func priorIsRead() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    #expect(doc.priors.count == 1)
    let p = doc.priors[0]
    #expect(p.name == "shock incident" && p.parameter == .shock(name: "incident"))
    #expect(p.point == Rational(1, 4) && p.distribution == .uniform(lo: .zero, hi: Rational(1, 2)))
    #expect(p.note == "anything from never to a coin flip each week")
  }

  @Test func bandMatchesTheQuantilesWorkedByHand() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    let n = 2000
    let u = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: n, seed: 7)
    #expect(u.answers.count == n && !u.interrupted)
    let band = try #require(u.band(0))
    // Each draw is exact: its answer is the formula at its drawn p.
    for (v, a) in zip(u.values, u.answers) {
      let p = v[0].doubleValue
      #expect(abs(a[0] - (1 - (1 - p) * (1 - p))) < 1e-12)
    }
    // The sample quantile of level q has standard error √(q(1−q)/n)/f, f the density of
    // the answer at its quantile: f(y) = 1/(2·(1 − p)) · 2 for p uniform on [0, 1/2]
    // (dy/dp = 2(1 − p), density of p is 2).
    for (k, q) in UncertainForecast.levels.enumerated() {
      let p = q / 2
      let density = 2 / (2 * (1 - p))
      let se = (q * (1 - q) / Double(n)).squareRoot() / density
      #expect(abs(band.quantiles[k] - Self.hand(q)) < 4 * se, "quantile \(q): \(band.quantiles[k]) vs \(Self.hand(q))")
    }
    // The mean: the answer's standard deviation is below 1/4.
    #expect(abs(band.mean - 5.0 / 12) < 4 * 0.25 / Double(n).squareRoot())
  }

  @Test func sameSeedSameDrawsAndALongerRunExtendsAShorterOne() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    let a = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: 20, seed: 3)
    let b = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: 30, seed: 3)
    let c = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: 20, seed: 4)
    #expect(a.values == Array(b.values.prefix(20)) && a.answers == Array(b.answers.prefix(20)))
    #expect(a.values != c.values)
    // Draws are exact midpoints of the 1000 cells of [0, 1/2].
    for v in b.values { #expect((v[0] * 4000).denominator == 1 && v[0] > .zero && v[0] < Rational(1, 2)) }
  }

  @Test func stoppingKeepsTheDrawsFinished() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    var done = 0
    let u = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: 50, seed: 1,
                                  shouldContinue: { done < 5 }, progress: { d, _ in done = d })
    #expect(u.answers.count == 5 && u.interrupted && u.requested == 50)
  }

  @Test func discretePriorDrawsItsValuesInProportion() throws {
    let yaml = Self.yaml.replacingOccurrences(of: "prior: [0, 1/2]", with: "prior: {0: 1/4, 1/4: 3/4}")
    let doc = try ScenarioReader.read(yaml, file: "t.yaml")
    #expect(doc.priors[0].distribution == .discrete([.init(value: .zero, probability: Rational(1, 4)),
                                                     .init(value: Rational(1, 4), probability: Rational(3, 4))]))
    let n = 1000
    let u = try UncertainForecast(scenario: doc.scenario, priors: doc.priors, questions: doc.questions, draws: n, seed: 9)
    let zeros = u.values.filter { $0[0].isZero }.count
    // Binomial(1000, 1/4): standard deviation 13.7.
    #expect(abs(zeros - 250) < 4 * 14)
    #expect(Set(u.answers.map { $0[0] }) == [0, 1 - 0.75 * 0.75])
  }

  @Test func everyKindOfParameterMovesTheModel() throws {
    let doc = try ScenarioReader.read(ScenarioQuestionsTests.yaml, file: "t.yaml")
    for name in ["discount", "tremble US", "weight US tariff"] {
      switch doc.parameter(ScenarioDocument.parameterWords(name)) {
      case .success(let (parameter, point)):
        let moved = parameter.applying(point + Rational(1, 10), to: doc.scenario, point: point)
        #expect(moved != doc.scenario, "\(name)")
        #expect(parameter.applying(point, to: doc.scenario, point: point) == doc.scenario, "\(name)")
      case .failure(let e): Issue.record("\(name): \(e.message)")
      }
    }
  }

  func errors(_ priors: String) -> [String] {
    diagnostics(Self.yaml.replacingOccurrences(of: """
        - parameter: shock incident
          prior: [0, 1/2]
          note: anything from never to a coin flip each week
      """, with: priors))
  }

  @Test func badPriorsArePositioned() {
    #expect(errors("  - parameter: shock incident\n    prior: [1/2, 0]") == [
      "t.yaml:23:13: error: the prior's range is empty: 1/2 is greater than 0"])
    #expect(errors("  - parameter: shock incident\n    prior: [1/2, 3/2]") == [
      "t.yaml:23:18: error: 3/2 is not a probability: 'shock incident' takes values in [0, 1]"])
    #expect(errors("  - parameter: shock incident\n    prior: [1/2, 1]") == [
      "t.yaml:22:16: error: the scenario's own value of 'shock incident', 1/4, is outside its prior ([1/2, 1])"])
    #expect(errors("  - parameter: shock incidnt\n    prior: [0, 1]") == [
      "t.yaml:22:22: error: unknown shock 'incidnt'"])
    #expect(errors("  - parameter: discount\n    prior: [0, 1]") == [
      "t.yaml:23:13: error: the discount must be greater than 0 and at most 1, not 0"])
    #expect(errors("  - parameter: initial x\n    prior: [0, 1]").first?.hasPrefix(
      "t.yaml:22:16: error: a variable's initial value is a fact, not a judgement") == true)
    #expect(errors("  - parameter: shock incident\n    prior: {0: 1/2, 1/4: 1/4}") == [
      "t.yaml:23:13: error: the probabilities of the prior of 'shock incident' sum to 3/4, not 1"])
    #expect(errors("  - parameter: shock incident\n    prior: [0, 1]\n  - parameter: shock  incident\n    prior: [0, 1]") == [
      "t.yaml:24:16: error: 'shock incident' has a prior already (as 'shock incident')"])
  }

  @Test func writtenBackReadsTheSame() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "t.yaml")
    let text = ScenarioWriter.yaml(doc)
    #expect(text.contains("priors:\n  - parameter: \"shock incident\"\n    prior: [0, 1/2]\n"))
    let again = try ScenarioReader.read(text, file: "w.yaml")
    #expect(again.priors == doc.priors)
  }
}
