import Foundation
import Testing

@testable import BrinkREPL

/// The REPL's `fit`: the loaded scenario's script, as `brink fit` fits it.
@Suite struct FitCommandTests {
  /// Escalating gains 1 whatever the other does; A escalates in 15 of 20 rounds and
  /// B in 15 of 20, so λ̂ = ln 3 = 1.0986 with standard error 1/√(40 · ¾ · ¼) = 0.3651
  /// (`LogitFitTests.matchesTheClosedForm`).
  static let yaml = """
    name: judged
    players:
      A: {moves: {hold: , escalate: {effects: {heat: +1}}}}
      B: {moves: {hold: , escalate: }}
    variables:
      heat: 0
    calendar: {start: 2025-01-06, rounds: 20}
    discount: 0.9
    states:
      crisis:
        moves: {A: [hold, escalate], B: [hold, escalate]}
        payoffs: {hold: [[2, 2], [0, 3]], escalate: [[3, 0], [1, 1]]}
    script:
    \((1...20).map { "  - {round: \($0), A: \($0 <= 15 ? "escalate" : "hold"), B: \($0 > 5 ? "escalate" : "hold"), source: test}" }.joined(separator: "\n"))
    """

  static func loaded() throws -> Session {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brink-fit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("judged.yaml").path
    try Self.yaml.write(toFile: file, atomically: true, encoding: .utf8)
    let s = Session()
    #expect(s.execute("load \(file)").output.hasPrefix("Loaded judged"))
    return s
  }

  @Test func fitsTheLoadedScript() throws {
    let s = try Self.loaded()
    let out = s.execute("fit").output
    #expect(out.hasPrefix("""
      Fitting the logit precision λ (Signorino 1999) to 1 scenario: 20 recorded rounds, 40 recorded moves
        λ = 1.0986, standard error 0.3651 (from the observed information)
      """), "\(out)")
    // heat weighs nothing in the judged model's payoffs; fitting its weight (A's
    // escalation raises it) gives a weight and λ together.
    let joint = s.execute("fit weight A heat").output
    #expect(joint.hasPrefix("Fitting the logit precision λ and 1 payoff weight (Signorino 1999)"), "\(joint)")
    #expect(joint.contains("\n  weight A.heat = "))
  }

  @Test func errors() throws {
    let s = try Self.loaded()
    #expect(s.execute("fit weight A hot").error?.message == "unknown variable 'hot'")
    #expect(s.execute("fit weight").error?.message == "expected 'weight PLAYER VARIABLE', not 'weight'")
    #expect(s.execute("fit weight heat").error?.message == "expected 'weight PLAYER VARIABLE', not 'weight heat'")
    #expect(s.execute("load chicken").output.hasPrefix("Loaded chicken"))
    #expect(s.execute("fit").error?.message == "no scenario loaded: 'load FILE' a scenario with a script")
    #expect(s.execute("load deterrence").output.hasPrefix("Loaded deterrence"))
    #expect(s.execute("fit").error?.message.hasPrefix("deterrence has no script to fit to") == true)
    #expect(CommandTable.standard.lookup("fit")?.usage == "fit [weight PLAYER VARIABLE]...")
  }
}
