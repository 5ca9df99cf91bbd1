import BrinkCore
import Testing

@testable import BrinkREPL

/// The REPL on `bluff-ladder` with both players set to `logit 25`: `solve` and
/// `explain` give the logit agent QRE (`TypedLogitSolver`); `play as` needs the
/// perfect Bayesian equilibrium and says so. The numbers are those the equations of
/// `BluffLadderLogitTests` are checked against at λ = 25.
@Suite("REPL: the logit variant of a typed scenario")
struct TypedLogitSessionTests {
  static func session() -> Session {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    #expect(s.execute("set model Defender logit 25").error == nil)
    #expect(s.execute("set model Challenger logit 25").error == nil)
    return s
  }

  @Test("solve: the logit report, history by history")
  func solve() {
    let r = Self.session().execute("solve")
    #expect(r.error == nil)
    #expect(r.output.contains("""
      Round 1 (2025-01-06):
        crisis, believing Defender resolved 0.2500, irresolute 0.7500:
          Defender resolved plays threaten 1.0000, quiet 3.1e-06
          Defender irresolute plays threaten 0.6656, quiet 0.3344

      Round 2 (2025-01-13):
        after-threat after Defender threaten, believing Defender resolved 0.3337, irresolute 0.6663:
          Challenger plays press 0.4931, back-off 0.5069
      """))
  }

  @Test("explain: Bayes' rule worked on the logit strategies, and each type-agent's worths and logit response")
  func explain() {
    let r = Self.session().execute("explain")
    #expect(r.error == nil)
    #expect(r.output.contains("  threaten: Challenger then believes resolved 0.3337, irresolute 0.6663 (resolved: 0.2500 × 1.0000 / (0.2500 × 1.0000 + 0.7500 × 0.6656) = 0.3337). Next, in after-threat, Challenger plays press 0.4931, back-off 0.5069."))
    #expect(r.output.contains("  Defender irresolute: worths threaten 0.0275, quiet "))
    #expect(r.output.contains("exp(25 × worth), normalised: threaten 0.6656, quiet 0.3344."))
    #expect(r.output.contains("  Challenger: wait (its only move)."))
  }

  @Test("play as: refused, naming what works on the logit variant")
  func play() {
    let r = Self.session().execute("play as Defender")
    #expect(r.error?.message.contains("every player uses 'logit': 'solve', 'explain' and 'brink simulate' find its logit agent quantal response equilibrium; this command needs the perfect Bayesian equilibrium") == true)
  }
}
