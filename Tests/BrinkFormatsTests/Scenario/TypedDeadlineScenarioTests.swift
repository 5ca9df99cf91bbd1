import BrinkCore
import Testing

@testable import BrinkFormats

/// A type's payoff table for a state `S` holds in the deadline's round `S@NAME` too
/// (issue 14, ustypes5; Docs/scenario-format.md, `types`): `Scenarios/deadline.yaml`
/// (Schelling's deadline) with the deadline in round 1 and a hidden Target type.
///
/// Worked by hand (discount 9/10, two rounds; [Sender, Target]). The Target is
/// `firm` (the file's table: conceding costs it 1) or `soft` (conceding is worth
/// +1/2 to it), prior 1/2 each; the Sender cannot tell them apart.
/// - Round 2 after an extension (`talks@deadline`): against a hold-out the Sender
///   enforces (9/10 × 1/2 = 9/20 against 0), against a concession too (2 + 9/20
///   against 2): enforcing is dominant. The firm Target holds out (0 - 27/10 against
///   -1 - 27/10: enforcing sends both to the tariffs), the soft one concedes
///   (1/2 - 27/10 against -27/10).
/// - Round 1, the deadline (`talks@deadline`): against a hold-out enforcing gives
///   9/20, extending 9/10 × 9/20 = 81/200, dropping 0; against a concession 49/20,
///   2, 2: the Sender enforces whatever it believes. The firm Target holds out
///   (-27/10), the soft one concedes (-11/5): they separate. Values: Sender
///   1/2 × 9/20 + 1/2 × 49/20 = 29/20; Target firm -27/10, soft -11/5.
/// Were the soft type's table dropped in `talks@deadline` (the bug before this fix),
/// both types would hold out there (pooling) and the Sender would drop the deadline
/// to wait for the soft type's concession in round 2 (9/10 × 1/2 × 2 = 9/10 against
/// enforcing's 9/20): values 9/10; firm 0, soft 9/20 (measured so before the fix).
@Suite("Types in the deadline's round (issue 14)")
struct TypedDeadlineScenarioTests {
  static func document() throws -> ScenarioDocument {
    let file = try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/deadline.yaml"), encoding: .utf8)
    let text = file
      .replacingOccurrences(of: "calendar: {start: 2025-10-13, step: 7, rounds: 3}", with: "calendar: {start: 2025-10-13, step: 7, rounds: 2}")
      .replacingOccurrences(of: "date: 2025-10-22", with: "date: 2025-10-13")
      + """

      types:
        Target:
          firm:
            prior: 1/2
          soft:
            prior: 1/2
            payoffs:
              talks:
                wait: [[0, 0], [2, 1/2]]

      """
    return try ScenarioReader.read(text, file: "typed-deadline.yaml")
  }

  static func scenario() throws -> EscalationScenario { try document().scenario }

  @Test("save writes the type's table for talks only (talks@deadline is made from it again when read)")
  func roundTrip() throws {
    let doc = try Self.document()
    let yaml = ScenarioWriter.yaml(doc)
    #expect(!yaml.contains("@deadline:"))
    #expect(try ScenarioReader.read(yaml, file: "again.yaml").scenario == doc.scenario)
  }

  @Test("the soft type's table reaches talks@deadline: each option's row is the move's")
  func tableCopied() throws {
    let s = try Self.scenario()
    let talks = try #require(s.stateIndex(named: "talks")), round = try #require(s.stateIndex(named: "talks@deadline"))
    let soft = s.types[1][1].payoffs
    #expect(soft.filter { $0.state == talks }.count == 2)
    let copied = soft.filter { $0.state == round }
    #expect(copied.count == 6)  // 3 options × 2 Target moves
    for o in copied {
      let original = try #require(soft.first { $0.state == talks && $0.rowMove == 0 && $0.columnMove == o.columnMove })
      #expect(o.payoffs == original.payoffs)
    }
  }

  @Test("by hand: the Sender enforces in round 1, the firm Target holds out and the soft one concedes; values 29/20, -27/10, -11/5")
  func separatesAtTheDeadline() throws {
    let sol = try TypedSolver.solve(try Self.scenario())
    let root = sol.nodes[sol.roots[0]]
    #expect(sol.graph.rounds[0][root.ladderNode].node.state == sol.scenario.stateIndex(named: "talks@deadline"))
    #expect(root.equilibria.map(\.shape) == [.separating])
    let e = try #require(root.played)
    #expect(e.strategies[0] == [[1, 0, 0]])  // wait+enforce
    #expect(e.strategies[1] == [[1, 0], [0, 1]])  // firm holds out, soft concedes
    let v = sol.rootValues
    #expect((v[0][0][0] + v[0][1][0]) / Rational(2) == Rational(29, 20))
    #expect(v[0][0][1] == Rational(-27, 10))
    #expect(v[0][1][1] == Rational(-11, 5))
  }
}
