import BrinkCore
import Testing

@testable import BrinkFormats

/// `ScenarioSourceEdit` writing a fitted logit precision in place (`brink fit --out`).
@Suite struct ScenarioSourceEditLambdaTests {
  /// The game every test edits; each adds its own `behaviour:` block.
  static let game = """
    name: judged
    players:
      A: {moves: {hold: , escalate: }}
      B: {moves: {hold: , escalate: }}
    calendar: {start: 2025-01-06, rounds: 2}
    states:
      crisis:
        moves: {A: [hold, escalate], B: [hold, escalate]}
        payoffs: {hold: [[2, 2], [0, 3]], escalate: [[3, 0], [1, 1]]}
    """

  static let yaml = "# The comments stay.\n" + game + """

    behaviour:
      # A's rule, as judged.
      A:
        model: equilibrium
        select: payoff-dominant
      B: {model: equilibrium}   # B's rule
    """

  static func edit(_ yaml: String, lambda: Double) throws -> String? {
    let doc = try ScenarioReader.read(yaml, file: "judged.yaml")
    var edited = doc.scenario
    for k in edited.behaviours.indices { edited.behaviours[k].model = .logit(lambda: lambda) }
    return ScenarioSourceEdit.patchedAndChecked(yaml, original: doc.scenario, edited: edited)
  }

  @Test func equilibriumBecomesLogitInBlockAndFlowMappings() throws {
    let yaml = Self.yaml
    let patched = try #require(try Self.edit(yaml, lambda: 1.099))
    #expect(patched == yaml.replacingOccurrences(of: """
        model: equilibrium
          select: payoff-dominant
        B: {model: equilibrium}
      """, with: """
        model: logit
          lambda: 1.099
        B: {model: logit, lambda: 1.099}
      """))
  }

  @Test func anExistingLambdaIsReplaced() throws {
    let yaml = Self.game + """

      behaviour:
        A: {model: logit, lambda: 2}  # judged
        B:
          model: logit
          lambda: 0.5
      """
    let patched = try #require(try Self.edit(yaml, lambda: 1.25))
    #expect(patched == yaml.replacingOccurrences(of: "lambda: 2}", with: "lambda: 1.25}")
      .replacingOccurrences(of: "lambda: 0.5", with: "lambda: 1.25"))
  }

  @Test func aPlayerWithoutAnEntryCannotBeEditedInPlace() throws {
    let yaml = Self.yaml.replacingOccurrences(of: "  B: {model: equilibrium}   # B's rule", with: "")
    #expect(try Self.edit(yaml, lambda: 1.5) == nil)
  }
}
