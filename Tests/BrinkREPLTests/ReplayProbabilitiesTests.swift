import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// Replay's per-round probabilities (issue 10, item 8): each round is charged with
/// what happened in it — a gap in the script is summed over in its own rounds, not
/// lumped into a later one — and the rounds multiply to the path's likelihood.
@Suite struct ReplayProbabilitiesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// As `ReplayReportTests.yaml` (A always goes; B goes 3/4; go/go ends the game
  /// with 1/2, every other joint move stays), four rounds, the script silent in
  /// rounds 1 and 2 and reporting go/go in state s in round 3.
  static let gap = ReplayReportTests.game(name: "gap", rounds: 4, script: """
      - {round: 3, state: s, A: go, B: go, source: test}
    """)

  static func report(_ doc: ScenarioDocument) throws -> ReplayReport {
    ReplayReport(document: doc, solved: try EscalationSolver.solve(doc.scenario))
  }

  /// By hand: in each unreported round the game stays in s with 3/4 · 1/2 (go/go,
  /// then s) + 1/4 (B stops) = 5/8; round 3's go/go has 3/4. The old forward pass
  /// said 100%, 39.1% (25/64), 75%.
  @Test("a gap is summed over in its own rounds, worked by hand")
  func gapByHand() throws {
    let report = try Self.report(try ScenarioReader.read(Self.gap, file: "gap.yaml"))
    #expect(report.rounds.map(\.exactLikelihood) == [Rational(5, 8), Rational(5, 8), Rational(3, 4)])
    #expect(report.exactProbability == Rational(75, 256))
    #expect(report.rounds.map { stateName(report, $0) } == ["s", "s", "s"])
    let text = report.render()
    #expect(text.contains("the model gave this round 62.5% (exactly 5/8)"))
    #expect(text.contains("(exactly 75/256)"))
  }

  func stateName(_ report: ReplayReport, _ round: ReplayReport.Round) -> String { report.stateNames[round.state] }

  /// Geneva 2025: three unreported weeks in the embargo before the talks. The model
  /// plays talk/talk there, which leads to the talks with 1/2 a week; the script has
  /// the embargo still in week 4, so each silent week had 1/2 (the old figures
  /// were 100%, 100%, 12.5%), week 4 (talk/talk, then talks) 1/2, week 5 (cut/cut) 1.
  @Test("Geneva: one half a week, in its own week")
  func geneva() throws {
    let doc = try ScenarioReader.read(contentsOf: Self.root.appendingPathComponent("Scenarios/geneva-truce-2025-05.yaml").path)
    let report = try Self.report(doc)
    let half = Rational(1, 2)
    #expect(report.rounds.map(\.exactLikelihood) == [half, half, half, half, 1])
    #expect(report.exactProbability == Rational(1, 16))
    #expect(report.rounds.allSatisfy { report.stateNames[$0.state] == ($0.round < 4 ? "embargo" : "talks") })
  }

  /// On every scripted library scenario (the 2018–19 tariff rounds with
  /// BRINK_GOLDEN_SLOW=1: a long solve in debug), the rounds multiply to the path's
  /// likelihood exactly, and no round is more likely than a move played in it.
  @Test("rounds multiply to the likelihood and never exceed the played moves'",
        arguments: ["geneva-truce-2025-05", "us-china-2025-10", "tariff-rounds-2018-2019"])
  func library(_ name: String) throws {
    if name.hasPrefix("tariff"), ProcessInfo.processInfo.environment["BRINK_GOLDEN_SLOW"] != "1" { return }
    let doc = try ScenarioReader.read(contentsOf: Self.root.appendingPathComponent("Scenarios/\(name).yaml").path)
    let report = try Self.report(doc)
    let exact = try #require(report.exactProbability)
    let product = report.rounds.reduce(Rational.one) { $0 * ($1.exactLikelihood ?? .zero) }
    #expect(product == exact)
    for r in report.rounds {
      guard let l = r.likelihood else { continue }
      for p in 0..<2 {
        guard let move = r.moves[p], let played = r.model[p].first(where: { $0.move == move }) else { continue }
        #expect(l <= played.probability + 1e-12, "round \(r.round + 1): \(l) but \(move) had \(played.probability)")
      }
    }
  }

  @Test("small probabilities are written in scientific notation, never 0.0000")
  func smallNumbers() {
    #expect(ReplayReport.probability(0.0625) == "0.0625")
    #expect(ReplayReport.probability(1.234e-7) == "1.23e-7")
    #expect(ReplayReport.probability(0.000999) == "0.0010")
    #expect(ReplayReport.probability(0.0004) == "4.00e-4")
    #expect(ReplayReport.percent(0.000001) == "1.00e-6")
    #expect(ReplayReport.scientific(9.999e-5) == "1.00e-4")
  }

  /// A round shows a position the ladder has: its state *and* the values the
  /// rules track there (and the memory) belong to one node of that round, so no
  /// round shows values its state could not have.
  @Test("every reconstructed round is a node of the ladder, values included", arguments: ["geneva-truce-2025-05", "us-china-2025-10"])
  func roundsAreLadderNodes(name: String) throws {
    let doc = try ScenarioReader.read(contentsOf: Self.root.appendingPathComponent("Scenarios/\(name).yaml").path)
    let solved = try EscalationSolver.solve(doc.scenario)
    let report = ReplayReport(document: doc, solved: solved)
    #expect(!report.rounds.isEmpty)
    let tracked = solved.graph.trackedVariables
    let usesMemory = doc.scenario.behaviours.contains { $0.model.usesHistory }
    for round in report.rounds {
      let nodes = solved.graph.rounds[round.round].map(\.node)
      let found = nodes.contains { node in
        node.state == round.state && (!usesMemory || node.memory == round.memory)
          && node.values.indices.allSatisfy { !tracked[$0] || node.values[$0] == round.values[$0] }
      }
      #expect(found, "\(name), round \(round.round + 1): state \(round.state), values \(round.values)")
    }
  }
}
