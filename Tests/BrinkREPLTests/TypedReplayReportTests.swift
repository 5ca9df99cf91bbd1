import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// The typed replay report (issue 14) is one report with two front ends: `brink
/// replay FILE` prints `render()` or `json()`, the REPL's `replay` steps through the
/// same rounds and closing text. A stop during the comparisons keeps the report and
/// marks what it cut short (`brink replay` then exits 124 or 130 after printing it).
@Suite("Typed replay report: one report for the CLI and the REPL, and its stops")
struct TypedReplayReportTests {
  static func bluff() throws -> ScenarioDocument {
    try TypedReplaySteppingTests.scenario("bluff-ladder.yaml", script: TypedReplaySteppingTests.bluffScript)
  }

  @Test("the REPL's replay all shows the CLI report's rounds and closing text")
  func sharedWithTheREPL() throws {
    let doc = try Self.bluff()
    var report = TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario))
    report.compare()
    let text = report.render()
    let repl = Session(scenario: doc).execute("replay all").output
    #expect(text.hasPrefix(report.heading + "\n\n" + TypedReplaySteppingTests.bluffRound1 + "\n\n"
      + TypedReplaySteppingTests.bluffRound2 + "\n\n" + report.closingText))
    #expect(repl.contains("\n\n" + TypedReplaySteppingTests.bluffRound1 + "\n\n" + TypedReplaySteppingTests.bluffRound2
      + "\n\n" + report.closingText + "\nEnd of the script: "))
    #expect(report.comparisons.map { ReplayReport.name($0.kind) } == ["the model", "uniform", "short-sighted", "no-tremble"])
    #expect(report.comparisons[3].problem == "does not apply: the scenario has no trembles")
    #expect(report.comparisons[1].score?.exactProbability == Rational(1, 4))
  }

  @Test("a stop during the comparisons: the model is scored, the rest marked interrupted")
  func stoppedComparisons() throws {
    let doc = try Self.bluff()
    var report = TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario))
    report.compare(against: [("other.yaml", doc.scenario)], shouldContinue: { false })
    #expect(report.interrupted)
    #expect(report.comparisons[0].score?.exactProbability == Rational(3, 8))
    #expect(report.comparisons.map(\.interrupted) == [false, true, true, false, true])
    let uniform = report.render().split(separator: "\n").first { $0.hasPrefix("  uniform  ") }
    #expect(uniform?.split(separator: " ") == ["uniform", "-", "-", "-", "-", "interrupted"])
    guard case .object(let members) = report.json() else { Issue.record("not an object"); return }
    #expect(members.first { $0.0 == "interrupted" }?.1 == .bool(true))
    #expect(members.first { $0.0 == "exact_probability" }?.1 == .string("3/8"))
  }

  @Test("a script the scenario lacks: said, with no scores")
  func noScript() throws {
    let doc = try TypedReplaySteppingTests.scenario("bluff-ladder.yaml")
    let report = TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario))
    #expect(report.render() == report.heading + "\n\nThe scenario has no script: nothing to replay.")
  }

  /// Under logit (`TypedLogitPlayTests.signalling`, λ = 1): the Sender's m0 has chance
  /// ¼·0.7150 + ¾·0.1034 = 0.2563 and the Receiver's press after it 0.2512, so the
  /// round, and the record, has their product 0.0644; uniform play gives each move
  /// 1/2, the record 1/4. The scenario has one round, so discount 0 changes nothing
  /// the answer uses, and no trembles, so no-tremble does not apply.
  @Test("logit: the rounds' probability and surprise, ln P the sum of the rounds' logs, and the baselines")
  func logit() throws {
    let doc = try ScenarioReader.read(TypedLogitPlayTests.signalling, file: "logit-signalling.yaml")
    var report = TypedLogitReplayReport(document: doc, solution: try TypedLogitSolver.solve(doc.scenario))
    report.compare()
    let r = try #require(report.rounds.first)
    #expect(abs(r.chances[0] - 0.2563) < 5e-5 && abs(r.chances[1] - 0.2512) < 5e-5)
    #expect(r.transition == 1)
    let score = try #require(report.score)
    #expect(score.exactProbability == nil)
    #expect(abs(score.logLikelihood - report.rounds.map { log($0.probability) }.reduce(0, +)) < 1e-12)
    #expect(abs(score.logLikelihood - log(r.chances[0] * r.chances[1])) < 1e-12)
    let text = report.render()
    #expect(text.contains("\n  the model gave this round 6.4%; surprise 3.96 bits (decisions 3.96, chance 0.00)\n"))
    #expect(text.contains("\nLikelihood of the real path under the model: 0.0644\n"))
    #expect(report.comparisons.map { ReplayReport.name($0.kind) } == ["the model", "uniform", "short-sighted", "no-tremble"])
    #expect(report.comparisons[1].score?.exactProbability == Rational(1, 4))
    #expect(report.comparisons[3].problem == "does not apply: the scenario has no trembles")
    // The whole text is the pieces the REPL steps through; the REPL's one step
    // here is the one round and the closing text.
    #expect(text == [report.heading, report.render(round: 0), "", report.closingText].joined(separator: "\n") + "\n")
    let s = Session(scenario: doc)
    let out = s.execute("replay")
    #expect(out.error == nil)
    #expect(out.output == [
      report.heading, "1 scripted round: 'replay' shows the next, 'replay all' the rest, 'replay stop' ends.", "",
      report.render(round: 0), "", report.closingText, "End of the script: now in pressed, round 2 ('undo' steps back).",
    ].joined(separator: "\n"))
    guard case .object(let members) = report.json() else { Issue.record("not an object"); return }
    #expect(members.first { $0.0 == "solution" }?.1 == .string("logit agent QRE"))
    #expect(members.first { $0.0 == "exact_probability" }?.1 == .null)
  }

  /// The `types` member and the per-type objects of the PBE and the logit replay
  /// JSONs are written by one function (`ReplayReport.typedDistributionJSON`): on
  /// bluff-ladder the Defender's priors as exact fractions, `{}` for the Challenger,
  /// which has no types, in both; the logit one's beliefs in decimals.
  @Test("JSON types: the PBE and logit replays agree, {} for a player without types")
  func typesAgree() throws {
    let doc = try Self.bluff()
    let logitDoc = try TypedReplaySteppingTests.logitBluff()
    let pbe = TypedReplayReport(document: doc, solution: try TypedSolver.solve(doc.scenario)).json()
    let logit = TypedLogitReplayReport(document: logitDoc, solution: try TypedLogitSolver.solve(logitDoc.scenario)).json()
    func member(_ json: JSONValue, _ name: String) -> JSONValue? {
      guard case .object(let members) = json else { return nil }
      return members.first { $0.0 == name }?.1
    }
    let types = JSONValue.array([.object([("resolved", .string("1/4")), ("irresolute", .string("3/4"))]), .object([])])
    #expect(member(pbe, "types") == types)
    #expect(member(logit, "types") == types)
    guard case .array(let pbeRounds)? = member(pbe, "rounds"), case .array(let logitRounds)? = member(logit, "rounds") else {
      Issue.record("no rounds"); return
    }
    #expect(member(pbeRounds[0], "beliefs_before") == .array([.object([("resolved", .string("1/4")), ("irresolute", .string("3/4"))]), .object([])]))
    #expect(member(logitRounds[0], "beliefs_before") == .array([
      .object([("resolved", .string("0.250000000")), ("irresolute", .string("0.750000000"))]), .object([]),
    ]))
  }
}
