import Foundation
import Testing

/// `brink fit` end to end: the estimate, its standard error, and `--out`.
@Suite("brink fit (end to end)")
struct FitCommandTests {
  /// Escalating gains exactly 1 over holding whatever the other does, so under the
  /// logit model each side escalates with 1/(1 + e^−λ). The script has each side
  /// escalate in 15 of 20 rounds: 30 of 40 moves, so λ̂ = ln(30/10) = 1.0986 and
  /// the observed information is 40 · (3/4)(1/4) = 7.5, standard error 0.3651.
  static let yaml = """
    # A judged game: the comments must survive 'fit --out'.
    name: judged
    title: A judged game
    players:
      A: {moves: {hold: , escalate: }}
      B: {moves: {hold: , escalate: }}
    calendar: {start: 2025-01-06, rounds: 20}
    discount: 0.9
    states:
      crisis:
        moves: {A: [hold, escalate], B: [hold, escalate]}
        payoffs: {hold: [[2, 2], [0, 3]], escalate: [[3, 0], [1, 1]]}
    behaviour:
      # A's rule, as judged.
      A:
        model: equilibrium
        select: payoff-dominant
      B: {model: equilibrium}   # B's rule
    script:
    \((1...20).map { "  - {round: \($0), A: \($0 <= 15 ? "escalate" : "hold"), B: \($0 > 5 ? "escalate" : "hold"), source: test}" }.joined(separator: "\n"))
    """

  @Test("the estimate matches the closed form, and --out keeps the comments")
  func fitAndOut() throws {
    let file = try BrinkProcess.temporaryFile(Self.yaml, name: "judged.yaml")
    let out = file.replacingOccurrences(of: "judged.yaml", with: "fitted.yaml")
    let run = try BrinkProcess.run(["fit", file, "--out", out])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == """
      Fitting the logit precision λ (Signorino 1999) to 1 scenario: 20 recorded rounds, 40 recorded moves
        λ = 1.0986, standard error 0.3651 (from the observed information)
        log-likelihood at λ: -22.4934

        scenario  rounds  moves  ln P at λ
        judged        20     40   -22.4934
      Wrote \(out): judged with lambda 1.099 for the optimising players, comments kept.

      """)
    let written = try String(contentsOfFile: out, encoding: .utf8)
    #expect(written.contains("# A judged game: the comments must survive 'fit --out'."))
    #expect(written.contains("""
        # A's rule, as judged.
        A:
          model: logit
          lambda: 1.099
        B: {model: logit, lambda: 1.099}   # B's rule
      """))
    let check = try BrinkProcess.run(["check", out])
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test("a scenario with nothing to fit says so")
  func nothingToFit() throws {
    let run = try BrinkProcess.run(["fit", CheckCommandTests.scenario("tariff-rounds-2018-2019.yaml")])
    #expect(run.status == 1)
    #expect(run.stderr.contains("cannot fit λ: no player optimises"))
  }
}
