import Foundation
import Testing

/// `brink backtest --fit`: each scenario forecast by the model fitted on the OTHER
/// scenarios' records (leave-one-scenario-out), on fixtures worked by hand.
@Suite("brink backtest --fit (end to end)")
struct BacktestFitCommandTests {
  /// One round of the hold/escalate game of `FitCommandTests` (escalating gains 1,
  /// whatever B does), no record of its own, and one resolved question: did A
  /// escalate? (It did not.) The judgement model (equilibrium) says escalate for sure;
  /// fitted on `judged` alone, λ̂ = ln 3, so the fitted model says 1/(1 + 1/3) = 3/4.
  /// Scores by hand: the model's Brier (1 − 0)² = 1 and log score log₂ 0 = −inf; the
  /// fitted model's Brier (3/4)² = 0.5625 and log score log₂(1/4) = −2 bits.
  static let target = """
    name: onestep
    players:
      A: {moves: {hold: , escalate: {effects: {flag: +1}}}}
      B: {moves: {hold: , escalate: }}
    variables:
      flag: 0
    calendar: {start: 2025-01-06, rounds: 1}
    states:
      crisis:
        moves: {A: [hold, escalate], B: [hold, escalate]}
        payoffs: {hold: [[2, 2], [0, 3]], escalate: [[3, 0], [1, 1]]}
    behaviour:
      A: {model: equilibrium}
      B: {model: equilibrium}
    questions:
      - id: a-escalates
        text: Will A escalate in the first round?
        when: flag >= 1
        at: end
        resolution: {outcome: no, source: test}
    """

  @Test("the held-out scenario is forecast by the model fitted on the others")
  func leaveOneOut() throws {
    let target = try BrinkProcess.temporaryFile(Self.target, name: "onestep.yaml")
    let judged = try BrinkProcess.temporaryFile(FitCommandTests.yaml, name: "judged.yaml")
    let run = try BrinkProcess.run(["backtest", target, judged, "--fit"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Fitted on judged: λ = 1.0986 ± 0.3651\n"), "\(run.stdout)")
    #expect(run.stdout.contains("| question                           | outcome | model  | uniform | short-sighted | no-tremble | fitted  | coin    |"),
            "\(run.stdout)")
    #expect(run.stdout.contains("| a-escalates                        | no      | 1.0000 |  0.5000 |        1.0000 |     1.0000 |  0.7500 |  0.5000 |\n| Brier (lower is better)            |         | 1.0000 |  0.2500 |        1.0000 |     1.0000 |  0.5625 |  0.2500 |"))
    #expect(run.stdout.contains("| log score, bits (higher is better) |         |   -inf | -1.0000 |          -inf |       -inf | -2.0000 | -1.0000 |"))
    #expect(run.stdout.contains("No resolved questions (not scored): judged"))
    let json = try BrinkProcess.run(["backtest", target, judged, "--fit", "--json"])
    #expect(json.status == 0)
    #expect(json.stdout.contains("\"fit\" : \"fitted on judged: λ = 1.0986 ± 0.3651\""), "\(json.stdout)")
    #expect(json.stdout.contains("\"brier\" : \"0.562500"))
    #expect(json.stdout.contains("\"log_bits\" : \"-2.000000"))
  }

  @Test("a scenario with no other record to fit on says so")
  func nothingToFitOn() throws {
    let target = try BrinkProcess.temporaryFile(Self.target, name: "onestep.yaml")
    let run = try BrinkProcess.run(["backtest", target, "--fit"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Fitted: no other scenario has a record to fit on\n"))
    let weight = try BrinkProcess.run(["backtest", target, "--weight", "A.flag"])
    #expect(weight.status != 0 && weight.stderr.contains("--weight needs --fit"))
  }
}
