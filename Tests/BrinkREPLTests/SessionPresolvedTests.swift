import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// What the REPL fuzz target relies on to start sessions cheaply (issue 16): a
/// session given its scenario's solve answers as one that solves on first use,
/// and `simulate` gives the same report on one thread as on two.
@Suite struct SessionPresolvedTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static func deterrence() throws -> ScenarioDocument {
    let path = root.appendingPathComponent("Scenarios/deterrence.yaml").path
    return try ScenarioReader.read(String(contentsOfFile: path, encoding: .utf8), file: path)
  }

  @Test func aPresolvedSessionAnswersAsOneThatSolves() throws {
    let doc = try Self.deterrence()
    let solved = try EscalationSolver.solve(doc.scenario)
    let plain = Session(scenario: doc), presolved = Session(scenario: doc, solved: solved)
    #expect(presolved.solveCache != nil)
    for line in ["solve", "explain", "simulate 200", "play", "solve"] {
      let a = plain.execute(line), b = presolved.execute(line)
      #expect(a.output == b.output, "\(line)")
      #expect(a.error?.message == b.error?.message, "\(line)")
    }
  }

  @Test func anEditAfterAPresolvedStartSolvesAgain() throws {
    let doc = try Self.deterrence()
    let presolved = Session(scenario: doc, solved: try EscalationSolver.solve(doc.scenario))
    let plain = Session(scenario: doc)
    for line in ["set discount 1/2", "solve"] {
      #expect(plain.execute(line).output == presolved.execute(line).output, "\(line)")
    }
    #expect(presolved.solveCache?.scenario == presolved.document?.scenario)
  }

  @Test func simulateOnOneThreadReportsAsOnTwo() throws {
    let doc = try Self.deterrence()
    let two = Session(scenario: doc), one = Session(scenario: doc)
    one.simulationThreads = 1
    #expect(two.simulationThreads == 2)
    let a = two.execute("simulate 20000"), b = one.execute("simulate 20000")
    #expect(a.error == nil)
    #expect(a.output == b.output)
  }
}
