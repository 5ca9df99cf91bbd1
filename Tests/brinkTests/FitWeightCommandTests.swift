import Foundation
import Testing

/// `brink fit --weight` end to end: the weight is fitted with λ, written in place by
/// `--out` (comments kept), and an input is never overwritten.
@Suite("brink fit --weight (end to end)")
struct FitWeightCommandTests {
  /// A's escalation raises `heat` for good, and A's weight on heat costs it in every
  /// later round: A holds early and escalates late, as a negative weight says.
  static let yaml = """
    # Heat: the comments must survive 'fit --out'.
    name: heated
    players:
      A:
        moves: {hold: , escalate: {effects: {heat: +1}}}
        weights: {heat: 0}   # judged: heat costs nothing
      B: {moves: {hold: , escalate: }}
    variables:
      heat: 0
    calendar: {start: 2025-01-06, rounds: 8}
    states:
      crisis:
        moves: {A: [hold, escalate], B: [hold, escalate]}
        payoffs: {hold: [[2, 2], [0, 3]], escalate: [[3, 0], [1, 1]]}
    behaviour:
      A: {model: equilibrium}
      B: {model: equilibrium}
    script:
    \((1...8).map { "  - {round: \($0), A: \([4, 6, 7, 8].contains($0) ? "escalate" : "hold"), B: \($0 > 2 ? "escalate" : "hold"), source: test}" }.joined(separator: "\n"))
    """

  @Test("the weight is fitted, and --out writes it in place")
  func fitWeight() throws {
    let file = try BrinkProcess.temporaryFile(Self.yaml, name: "heated.yaml")
    let out = file.replacingOccurrences(of: "heated.yaml", with: "fitted.yaml")
    let run = try BrinkProcess.run(["fit", file, "--weight", "A.heat", "--out", out])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Fitting the logit precision λ and 1 payoff weight (Signorino 1999) to 1 scenario: 8 recorded rounds, 16 recorded moves\n"))
    let line = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("  weight A.heat = ") })
    let value = try #require(Double(line.dropFirst("  weight A.heat = ".count).prefix { $0 != "," }))
    #expect(value < 0, "\(line)")
    #expect(run.stdout.contains(", comments kept."), "\(run.stdout)")
    let written = try String(contentsOfFile: out, encoding: .utf8)
    #expect(written.contains("# Heat: the comments must survive 'fit --out'."))
    #expect(written.contains("    weights: {heat: -"), "\(written)")
    #expect(written.contains("}   # judged: heat costs nothing"))
    let check = try BrinkProcess.run(["check", out])
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test("an input is never overwritten, and an unknown weight is named")
  func refusals() throws {
    let file = try BrinkProcess.temporaryFile(Self.yaml, name: "heated.yaml")
    let overwrite = try BrinkProcess.run(["fit", file, "--weight", "A.heat", "--out", file])
    #expect(overwrite.status == 1)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.yaml)
    let unknown = try BrinkProcess.run(["fit", file, "--weight", "A.hot"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("error: no scenario has the weight 'A.hot': heated: unknown variable 'hot'"), "\(unknown.stderr)")
    let shape = try BrinkProcess.run(["fit", file, "--weight", "heat"])
    #expect(shape.stderr.contains("--weight takes PLAYER.VARIABLE"))
  }
}
