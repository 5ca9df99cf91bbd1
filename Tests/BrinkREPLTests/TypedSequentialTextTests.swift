import BrinkCore
import BrinkFormats
import Testing

@testable import BrinkREPL

/// `solve` and `explain` on a typed sequential state: the truce of
/// `Scenarios/us-china-2025-10-types.yaml`, where the US offers a package and each
/// type of China answers each offer (`TypedSolveReport`, `TypedExplanation`).
@Suite struct TypedSequentialTextTests {
  static let root: String = {
    let file = "\(#filePath)"
    let tests = file[..<file.lastIndex(of: "/")!]
    let up = tests[..<tests.lastIndex(of: "/")!]
    return String(up[..<up.lastIndex(of: "/")!])
  }()

  static func solved() throws -> (ScenarioDocument, TypedSolution) {
    let doc = try ScenarioReader.read(contentsOf: "\(root)/Scenarios/us-china-2025-10-types.yaml")
    return (doc, try TypedSolver.solve(doc.scenario))
  }

  /// The on-path truce, round 4.
  static func truceNode(_ sol: TypedSolution) throws -> Int {
    let truce = try #require(sol.scenario.stateIndex(named: "truce"))
    let reach = sol.reachByType()
    return try #require(sol.equilibriumNodes().first { id in
      sol.nodes[id].round == 3 && sol.graph.rounds[3][sol.nodes[id].ladderNode].node.state == truce
        && reach[id].joined().contains { $0 != .zero }
    })
  }

  @Test("solve prints each China type's answer to each offer, and what each answer tells the US")
  func solveReport() throws {
    let (doc, sol) = try Self.solved()
    let text = TypedSolveReport.render(doc, solution: sol, file: "us-china-2025-10-types.yaml")
    #expect(text.contains([
      "  truce, believing China resolved 1/2 (0.5), cautious 1/2 (0.5): pooling",
      "    US plays grand",
      "    China resolved answers after renew -> reject; after renew-defer -> accept; after grand -> accept",
      "    China cautious answers after renew -> reject; after renew-defer -> accept; after grand -> accept",
      "    Equilibria: pooling; the only perfect Bayesian equilibrium found",
      "    Values by type: US -664795767/62500000 (-10.6367); China resolved -123574253/12500000 (-9.8859), cautious -123574253/12500000 (-9.8859)",
    ].joined(separator: "\n")))
    #expect(text.contains("after grand, every type of China plays accept, so accept reveals nothing; US keeps its belief"))
  }

  @Test("explain at the truce: the answers by type and each answer's worth after each offer")
  func explainTruce() throws {
    let (_, sol) = try Self.solved()
    let text = TypedExplanation.render(sol, node: try Self.truceNode(sol))
    #expect(text.contains("  China resolved answers: after renew reject; after renew-defer accept; after grand accept"))
    #expect(text.contains("Why each side plays as it does (US moves first; China sees the lead and answers it):"))
    #expect(text.contains("  China cautious after grand: accept -123574253/12500000, reject "))
  }
}
