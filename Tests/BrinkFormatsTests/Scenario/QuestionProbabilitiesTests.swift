import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// `QuestionProbabilities`: each question's exact probability from the chain, checked
/// against every path of a small scenario enumerated by the code below (which knows
/// nothing of the ladder), and against Monte Carlo on the library's scenarios.
@Suite struct QuestionProbabilitiesTests {
  /// A walk between calm and tense that may end in crisis. A plays fixed mixtures:
  /// in calm hold 3/4, push 1/4; in tense hold 1/2, push 1/2. Pushing adds 1 to
  /// `pressure`, which no payoff reads (so the solved ladder does not track it and
  /// the questions reading it need the refined graph).
  static let yaml = """
    name: walk
    players:
      A:
        moves:
          hold:
          push: {effects: {pressure: +1}}
      B:
        moves: {hold: }
    variables:
      pressure: 0
    calendar: {start: 2025-01-06, step: 7, rounds: 3}
    states:
      calm:
        moves: {A: [hold, push], B: [hold]}
        payoffs: {hold: [[0, 0]], push: [[0, 0]]}
        transitions:
          hold/hold: {calm: 2/3, tense: 1/3}
          push/hold: {tense: 1/2, crisis: 1/2}
      tense:
        moves: {A: [hold, push], B: [hold]}
        payoffs: {hold: [[0, 0]], push: [[0, 0]]}
        transitions:
          hold/hold: {calm: 1/2, tense: 1/2}
          push/hold: crisis
      crisis: {terminal: true, value: [0, 0]}
    behaviour:
      A: {model: fixed, mix: {calm: {hold: 3/4, push: 1/4}, tense: {hold: 1/2, push: 1/2}}}
      B: {model: fixed}
    questions:
      - {id: crisis, text: Crisis ever?, in: crisis}
      - {id: tense-by-2, text: Tense in round 1 or 2?, in: tense, by: 2}
      - {id: pressure, text: Pressure reaches 2?, when: pressure >= 2}
      - {id: tense-at-3, text: Tense in round 3?, in: tense, at: 3}
      - {id: calm-late, text: Calm at the end?, in: calm, when: date >= 2025-01-27, at: end}
      - {id: pushed-calm, text: Calm after a push by round 3?, in: calm, when: pressure >= 1, by: 3}
    """

  /// Every path, by hand: a checkpoint list (state, pressure) per path with its
  /// probability. Checkpoint t is the start of round t + 1; checkpoint 3 the end.
  static func paths() -> [(p: Rational, states: [String], pressure: [Int])] {
    var out = [(p: Rational, states: [String], pressure: [Int])]()
    func step(_ p: Rational, _ states: [String], _ pressure: [Int]) {
      if states.count == 4 { out.append((p, states, pressure)); return }
      let s = states.last!, x = pressure.last!
      let next: [(Rational, String, Int)]
      switch s {
      case "calm":
        next = [(Rational(3, 4) * Rational(2, 3), "calm", x), (Rational(3, 4) * Rational(1, 3), "tense", x),
                (Rational(1, 4) * Rational(1, 2), "tense", x + 1), (Rational(1, 4) * Rational(1, 2), "crisis", x + 1)]
      case "tense":
        next = [(Rational(1, 2) * Rational(1, 2), "calm", x), (Rational(1, 2) * Rational(1, 2), "tense", x),
                (Rational(1, 2), "crisis", x + 1)]
      default:
        next = [(.one, "crisis", x)]
      }
      for (q, t, y) in next { step(p * q, states + [t], pressure + [y]) }
    }
    step(.one, ["calm"], [0])
    return out
  }

  static func byHand() -> [Rational] {
    let all = paths()
    func sum(_ yes: (_ states: [String], _ pressure: [Int]) -> Bool) -> Rational {
      all.filter { yes($0.states, $0.pressure) }.reduce(.zero) { $0 + $1.p }
    }
    return [
      sum { s, _ in s.contains("crisis") },
      sum { s, _ in s[0...1].contains("tense") },
      sum { _, x in x.contains { $0 >= 2 } },
      sum { s, _ in s[2] == "tense" },
      sum { s, _ in s[3] == "calm" },
      sum { s, x in (0...2).contains { s[$0] == "calm" && x[$0] >= 1 } },
    ]
  }

  @Test func exactEqualsEveryPathSummed() throws {
    let doc = try ScenarioReader.read(Self.yaml, file: "walk.yaml")
    let solved = try EscalationSolver.solve(doc.scenario)
    #expect(!solved.graph.trackedVariables[0], "pressure should not be tracked by the solved ladder")
    let f = try QuestionProbabilities(solved, questions: doc.questions)
    let hand = Self.byHand()
    #expect(f.exact == hand)
    // The paths' probabilities sum to 1, so the enumeration is complete.
    #expect(Self.paths().reduce(Rational.zero) { $0 + $1.p } == .one)
    // Spot values worked out on paper: crisis within 3 rounds.
    #expect(hand[0] > .zero && hand[0] < .one)
    for (d, e) in zip(f.probabilities, hand) { #expect(abs(d - e.doubleValue) < 1e-12) }
  }

  /// Questions on every library scenario (but the two large ones): ever and at
  /// the end in each state, and a variable away from its start; the sampler agrees
  /// with the exact answer within 4 standard errors.
  @Test(arguments: ["us-china-2025-10", "geneva-truce-2025-05", "deterrence", "chicken", "stag-hunt", "prisoners-dilemma"])
  func monteCarloAgrees(name: String) throws {
    let doc = try ScenarioReader.read(contentsOf: packageRoot.appendingPathComponent("Scenarios/\(name).yaml").path)
    let s = doc.scenario
    var questions = [ForecastQuestion]()
    for k in s.states.indices {
      questions.append(ForecastQuestion(id: "ever-\(k)", text: "", states: [k], last: s.calendar.rounds))
      questions.append(ForecastQuestion(id: "mid-\(k)", text: "", states: [k], last: s.calendar.rounds / 2, reading: .at))
    }
    for (v, variable) in s.variables.enumerated() {
      let moved = Condition.compare(PayoffExpression(-variable.initial, terms: [.init(variable: v, coefficient: 1)]), .notEqual)
      questions.append(ForecastQuestion(id: "moved-\(v)", text: "", condition: moved, last: s.calendar.rounds))
    }
    let solved = try EscalationSolver.solve(s)
    let exact = try QuestionProbabilities(solved, questions: questions)
    let n = 4000
    let yes = try QuestionSampler.sample(solved, questions: questions, paths: n, seed: 7)
    for (k, q) in questions.enumerated() {
      let p = exact.probabilities[k]
      let se = max((p * (1 - p) / Double(n)).squareRoot(), 1 / Double(n))
      #expect(abs(Double(yes[k]) / Double(n) - p) <= 4 * se, "\(name) \(q.id): exact \(p), sampled \(yes[k])/\(n)")
      if let e = exact.exact?[k] { #expect(abs(e.doubleValue - p) < 1e-12) }
    }
    // Same seed, same counts.
    #expect(try QuestionSampler.sample(solved, questions: questions, paths: 500, seed: 7)
      == QuestionSampler.sample(solved, questions: questions, paths: 500, seed: 7))
  }
}
