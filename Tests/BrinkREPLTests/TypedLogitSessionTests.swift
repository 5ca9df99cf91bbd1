import BrinkCore
import Testing

@testable import BrinkREPL

/// The REPL on `bluff-ladder` with both players set to `logit 25`: `solve` and
/// `explain` give the logit agent QRE (`TypedLogitSolver`); `play as` plays against it. The numbers are those the equations of
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

  @Test("play as: a game against the logit agent QRE (TypedLogitPlayTests has the numbers)")
  func play() {
    let r = Self.session().execute("play as Defender")
    #expect(r.error == nil)
    #expect(r.output.contains("the model plays Challenger by the logit agent quantal response equilibrium"))
  }
  @Test("sweep lambda: one row per lambda, the irresolute Defender's threat rising towards 2/3, the press after a threat towards 1/2")
  func sweep() throws {
    let r = Self.session().execute("sweep lambda both 1 125")
    #expect(r.error == nil)
    let lines = r.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "Logit agent QRE of bluff-ladder as both players' lambda go from 1 to 125 (each type-agent's chance of its first move; beliefs by Bayes' rule):")
    #expect(lines.contains("  2: round 1, crisis: Defender irresolute plays threaten"))
    #expect(lines.contains("  3: round 2, after-threat after Defender threaten: Challenger plays press"))
    // Rows: lambda, then the four columns; the last is lambda 125.
    let rows = lines.filter { $0.hasPrefix("       1") || $0.hasPrefix("     125") }
    #expect(rows.count == 2)
    let last = rows[1].split(separator: " ").compactMap { Double($0) }
    #expect(last.count == 5)
    #expect(abs(last[2] - 2.0 / 3) < 0.001 && abs(last[3] - 0.5) < 0.002)
  }

  @Test("sweep lambda on a typed scenario without logit players says what it needs")
  func sweepNeedsLogit() {
    let s = Session()
    #expect(s.execute("load bluff-ladder").error == nil)
    #expect(s.execute("sweep lambda both 1 5").error?.message.hasPrefix("sweep lambda on a scenario with types sweeps the logit agent QRE, which needs every player on 'logit'") == true)
  }
}
