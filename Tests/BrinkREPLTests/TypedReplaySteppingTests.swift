import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// The REPL's `replay` on a scenario with types (issue 14) steps like the untyped
/// one, under the perfect Bayesian equilibrium and under logit alike: a round per
/// `replay`, the prompt showing how far it got, one undo step per command, Ctrl-C
/// between rounds, and the closing table with `--against`.
///
/// By hand, on `Scenarios/bluff-ladder.yaml` with a script of a threat, then the
/// Challenger pressing (the file's comment and `TypedPlayTests`): the resolved
/// Defender threatens for sure, the irresolute one with 2/3, so the threat has
/// chance 1/4 · 1 + 3/4 · 2/3 = 3/4 and moves the belief resolved from 1/4 to
/// (1/4 · 1) / (3/4) = 1/3; in round 2 the Defender's only move says nothing and the
/// Challenger presses with 1/2. The record's probability is 3/4 · 1/2 = 3/8, so
/// ln P = ln 3/8 = ln 3/4 + ln 1/2, the sum of the rounds' logarithms.
@Suite("Typed replay: stepping, beliefs by Bayes' rule, the closing scores")
struct TypedReplaySteppingTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let usage = "replay [next|N|all|stop] [--against FILE]..."

  static func scenario(_ file: String, script: String = "") throws -> ScenarioDocument {
    let text = try String(contentsOf: root.appendingPathComponent("Scenarios/\(file)"), encoding: .utf8)
    return try ScenarioReader.read(text + script, file: file)
  }

  static let bluffScript = """

    script:
      - {round: 1, Defender: threaten, Challenger: wait, note: a public threat, source: a test}
      - {round: 2, Defender: stand, Challenger: press, source: a test}

    """

  static func bluff() throws -> Session { Session(scenario: try scenario("bluff-ladder.yaml", script: bluffScript)) }
  static func typedDefault() throws -> Session { Session(scenario: try scenario("us-china-2025-10-types.yaml")) }

  static let bluffRound1 = """
    Round 1 (2025-01-06), state crisis
      Defender    played threaten: chance 3/4 (1 if resolved, 2/3 if irresolute)
      Challenger  played wait: chance 1
      the model gave this round 3/4 (75.0%); surprise 0.42 bits (decisions 0.42, chance 0.00)
      belief about Defender: resolved 1/4, irresolute 3/4 -> resolved 1/3, irresolute 2/3
        \(TypedPlayTests.bayesThreat)
      note: a public threat
      source: a test
    """
  static let bluffRound2 = """
    Round 2 (2025-01-13), state after-threat
      Defender    played stand: chance 1 (1 if resolved, 1 if irresolute)
      Challenger  played press: chance 1/2
      the model gave this round 1/2 (50.0%); surprise 1.00 bits (decisions 1.00, chance 0.00)
      belief about Defender: resolved 1/3, irresolute 2/3 -> resolved 1/3, irresolute 2/3
        every type plays stand with chance 1: the move says nothing
      source: a test
    """

  @Test("bluff-ladder: a round per replay, the beliefs by Bayes' rule, the prompt showing where")
  func bluffSteps() throws {
    let s = try Self.bluff()
    #expect(s.execute("replay").output == [
      "Replay of bluff-ladder: \(s.document!.scenario.title), against the perfect Bayesian equilibrium",
      "2 scripted rounds: 'replay' shows the next, 'replay all' the rest, 'replay stop' ends.", "",
      Self.bluffRound1,
    ].joined(separator: "\n"))
    #expect(s.prompt == "brink bluff-ladder [replay 1/2, after-threat, round 2]> ")
    let end = s.execute("replay next").output
    #expect(end.hasPrefix("\n" + Self.bluffRound2 + "\n\nLikelihood of the real path under the model: 0.3750 (exactly 3/8)\n"
      + "Log-likelihood: ln P = -0.9808, log2 P = -1.4150: a surprise of 1.42 bits, 1.42 from the players' decisions and 0.00 from chance\n\n"
      + "Against simpler models, on the same record (the higher ln P explains it better):\n"))
    #expect(end.hasSuffix("\nEnd of the script: now in pressed, round 3 ('undo' steps back)."))
    #expect(s.prompt == "brink bluff-ladder [pressed, round 3]> ")
  }

  @Test("the log-likelihood is the sum of the rounds' logarithms, and the product is the exact likelihood")
  func likelihoodIsTheSumOfTheRounds() throws {
    let doc = try Self.scenario("bluff-ladder.yaml", script: Self.bluffScript)
    let solution = try TypedSolver.solve(doc.scenario)
    let rounds = solution.replay(ReplayReport.record(of: doc, horizon: solution.graph.horizon))
    #expect(rounds.map(\.probability) == [Rational(3, 4), Rational(1, 2)])
    // Bayes' rule by hand: posterior = prior × likelihood / Σ prior × likelihood.
    for r in rounds {
      let total = zip(r.before[0], r.likelihoods[0]).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
      #expect(total == r.chances[0])
      #expect(r.after[0] == zip(r.before[0], r.likelihoods[0]).map { $0 * $1 / total })
    }
    let score = try #require(solution.score(rounds))
    #expect(score.exactProbability == Rational(3, 8))
    #expect(abs(score.logLikelihood - log(3.0 / 8)) < 1e-12)
    let perRound = rounds.map { $0.probability.naturalLog }.reduce(0, +)
    #expect(abs(score.logLikelihood - perRound) < 1e-12)
    #expect(abs(score.bits - score.rounds.compactMap { $0?.surprise }.reduce(0, +)) < 1e-12)
    // The closing table's model row says the same.
    let out = try Self.bluff().execute("replay all").output
    #expect(out.contains("\n  the model      -0.9808  1.42       1.42    0.00  0.3750\n"))
  }

  /// The typed default's record: every move is the equilibrium's (chance 1) and says
  /// nothing of China's type; chance alone is surprised, by the transitions the file
  /// gives (standoff -> talks 171/250, talks -> summit 9/10, summit -> truce 1), so
  /// the path has 171/250 · 9/10 · 1 = 1539/2500, the typed solve's chance of ending
  /// in that truce (`TypedDefaultScenarioTests`).
  @Test("the typed default: three rounds the equilibrium expects (chance 1), China's belief stays 1/2")
  func typedDefaultSteps() throws {
    let s = try Self.typedDefault()
    let first = s.execute("replay")
    #expect(first.error == nil)
    #expect(first.output.hasPrefix("Replay of us-china-2025-10-types: US-China rare-earth standoff, October 2025, with hidden resolve, against the perfect Bayesian equilibrium\n3 scripted rounds"))
    #expect(first.output.contains("""

      Round 1 (2025-10-16), state standoff
        US     played talk: chance 1
        China  played talk: chance 1 (1 if resolved, 1 if cautious)
        the model gave this round 171/250 (68.4%): the moves 1, the recorded next state 171/250; surprise 0.55 bits (decisions 0.00, chance 0.55)
        belief about China: resolved 1/2, cautious 1/2 -> resolved 1/2, cautious 1/2
          every type plays talk with chance 1: the move says nothing
        note: Bessent and He Lifeng
      """))
    #expect(s.prompt == "brink us-china-2025-10-types [replay 1/3, talks, round 2]> ")
    let rest = s.execute("replay 2").output
    #expect(rest.contains("  the model gave this round 9/10 (90.0%): the moves 1, the recorded next state 9/10; surprise 0.15 bits (decisions 0.00, chance 0.15)\n"))
    #expect(rest.contains("  the model gave this round 1 (100.0%); surprise 0.00 bits (decisions 0.00, chance 0.00)\n"))
    #expect(Rational(171, 250) * Rational(9, 10) == Rational(1539, 2500))
    #expect(rest.contains("""

      Likelihood of the real path under the model: 0.6156 (exactly 1539/2500)
      Log-likelihood: ln P = -0.4852, log2 P = -0.6999: a surprise of 0.70 bits, 0.00 from the players' decisions and 0.70 from chance

      Against simpler models, on the same record (the higher ln P explains it better):
        model             ln P  bits  decisions  chance  P
        the model      -0.4852  0.70       0.00    0.70  0.6156
        uniform        -4.6440  6.70       6.00    0.70  0.0096
      """))
    #expect(abs(log(1539.0 / 2500) - -0.4852) < 5e-5)
    #expect(rest.hasSuffix("\nEnd of the script: now in truce, round 4 ('undo' steps back)."))
    #expect(!s.prompt.contains("replay"))
    #expect(s.round == 4)
  }

  /// bluff-ladder with both players on `logit` (λ = 2), the script above.
  static func logitBluff() throws -> ScenarioDocument {
    let text = try String(contentsOf: root.appendingPathComponent("Scenarios/bluff-ladder.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "Defender: {model: equilibrium, select: mixed}", with: "Defender: {model: logit, lambda: 2}")
      .replacingOccurrences(of: "Challenger: {model: equilibrium, select: mixed}", with: "Challenger: {model: logit, lambda: 2}")
    return try ScenarioReader.read(text + bluffScript, file: "bluff-ladder.yaml")
  }

  /// Under logit the REPL steps as under the perfect Bayesian equilibrium, through
  /// the rounds and closing text of the report `brink replay` prints whole
  /// (`TypedLogitReplayReport`): the threat moves the belief (the irresolute
  /// Defender threatens less often than the resolved one), and the session goes
  /// where each round leads.
  @Test("under logit: a round per replay, the prompt showing where, one undo step each, stop")
  func logitSteps() throws {
    let doc = try Self.logitBluff()
    var report = TypedLogitReplayReport(document: doc, solution: try TypedLogitSolver.solve(doc.scenario))
    report.compare()
    #expect(report.rounds.count == 2)
    let round1 = report.render(round: 0)
    #expect(round1.hasPrefix("Round 1, crisis: Defender threaten (chance "))
    #expect(round1.contains("\n  belief about Defender: resolved 0.2500, irresolute 0.7500 → resolved 0."))
    #expect(round1.contains("\n    Bayes' rule: threaten has chance "))
    let s = Session(scenario: doc)
    #expect(s.execute("replay").output == [
      report.heading, "2 scripted rounds: 'replay' shows the next, 'replay all' the rest, 'replay stop' ends.", "", round1,
    ].joined(separator: "\n"))
    #expect(s.prompt == "brink bluff-ladder [replay 1/2, after-threat, round 2]> ")
    #expect(s.execute("replay stop").output == "Replay stopped after 1 of 2 rounds; play goes on from round 2.")
    #expect(s.execute("undo").output == "Undid replay stop. Now at round 2.")
    #expect(s.execute("replay next").output == [
      "", report.render(round: 1), "", report.closingText, "End of the script: now in pressed, round 3 ('undo' steps back).",
    ].joined(separator: "\n"))
    #expect(s.prompt == "brink bluff-ladder [pressed, round 3]> ")
    #expect(s.execute("undo").output == "Undid replay. Now at round 2.")
    #expect(s.prompt == "brink bluff-ladder [replay 1/2, after-threat, round 2]> ")
    // `replay all` from the start shows every round, then the same closing text.
    let all = Session(scenario: doc).execute("replay all").output
    #expect(all.contains("\n\n" + round1 + "\n\n" + report.render(round: 1) + "\n\n" + report.closingText + "\nEnd of the script: "))
  }

  @Test("each replay is one undo step; stop ends it")
  func undoAndStop() throws {
    let s = try Self.bluff()
    let before = (s.position, s.round)
    _ = s.execute("replay")
    #expect(s.execute("replay stop").output == "Replay stopped after 1 of 2 rounds; play goes on from round 2.")
    #expect(s.prompt == "brink bluff-ladder [after-threat, round 2]> ")
    #expect(s.execute("undo").output == "Undid replay stop. Now at round 2.")
    #expect(s.prompt == "brink bluff-ladder [replay 1/2, after-threat, round 2]> ")
    #expect(s.execute("replay").output.hasPrefix("\n" + Self.bluffRound2))
    #expect(s.execute("undo").output == "Undid replay. Now at round 2.")
    #expect(s.prompt == "brink bluff-ladder [replay 1/2, after-threat, round 2]> ")
    #expect(s.execute("replay --against x.yaml").error == CommandError(
      "--against is given when a replay starts; 'replay stop' ends this one", usage: Self.usage))
    _ = s.execute("undo")
    #expect(s.position == before.0 && s.round == before.1)
    #expect(s.prompt == "brink bluff-ladder [crisis, round 1]> ")
  }

  @Test("Ctrl-C stops between rounds, and replay goes on from there")
  func ctrlCBetweenRounds() throws {
    let s = try Self.bluff()
    _ = s.execute("replay")
    var calls = 0
    s.shouldContinue = {
      calls += 1
      return calls > 1
    }
    #expect(s.execute("replay all").output == "\ninterrupted after round 1 of 2; 'replay' goes on from there")
    #expect(s.prompt == "brink bluff-ladder [replay 1/2, after-threat, round 2]> ")
    s.shouldContinue = { true }
    #expect(s.execute("replay all").output.hasPrefix("\n" + Self.bluffRound2))
  }

  @Test("Ctrl-C during the solve leaves the session unchanged")
  func ctrlCDuringTheSolve() throws {
    let s = try Self.bluff()
    s.shouldContinue = { false }
    #expect(s.execute("replay").error?.message == "interrupted; the session is unchanged")
    #expect(s.prompt == "brink bluff-ladder [crisis, round 1]> ")
  }

  /// `--against` on bluff-ladder: the file itself (typed: the same score as the
  /// model) and the same ladder without types (every Defender the irresolute one, the
  /// file's own payoffs), scored as `brink replay` scores an untyped scenario.
  @Test("--against scores the record under other scenarios, typed or not, in the closing table")
  func against() throws {
    let doc = try Self.scenario("bluff-ladder.yaml", script: Self.bluffScript)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-typed-replay-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let typedFile = folder.appendingPathComponent("typed.yaml").path
    let plainFile = folder.appendingPathComponent("plain.yaml").path
    try ScenarioWriter.yaml(doc).write(toFile: typedFile, atomically: true, encoding: .utf8)
    var plain = doc
    plain.scenario.types = [[], []]
    try ScenarioWriter.yaml(plain).write(toFile: plainFile, atomically: true, encoding: .utf8)
    let s = Session(scenario: doc)
    let out = s.execute("replay all --against \(plainFile) --against \(typedFile)")
    #expect(out.error == nil)
    let record = ReplayReport.record(of: doc, horizon: try TypedSolver.solve(doc.scenario).graph.horizon)
    let model = RecordScoring.typedEntry(.model, scenario: doc.scenario, path: record)
    let untyped = RecordScoring.entry(.against(plainFile), scenario: plain.scenario, path: record)
    let entries = [model] + RecordScoring.typedBaselines(of: doc.scenario, path: record)
      + [untyped, RecordScoring.typedEntry(.against(typedFile), scenario: doc.scenario, path: record)]
    let table = try #require(ReplayReport.comparisonText(entries))
    #expect(out.output.contains("\n\n" + table + "\nEnd of the script: "))
    #expect(model.score?.exactProbability == Rational(3, 8))
    #expect(entries.last?.score == model.score)
    // The untyped ladder's row is what `brink replay` reports for that file.
    let report = ReplayReport(document: plain, solved: try EscalationSolver.solve(plain.scenario))
    #expect(untyped.score?.logLikelihood == report.score?.logLikelihood)
    #expect(table.contains("\n  \(plainFile)  "))
  }

  @Test("--against names a file it cannot read")
  func againstUnreadable() throws {
    let s = try Self.bluff()
    #expect(s.execute("replay --against /nonexistent/x.yaml").error?.message.hasPrefix("cannot read '/nonexistent/x.yaml':") == true)
    #expect(s.prompt == "brink bluff-ladder [crisis, round 1]> ")
  }
}
