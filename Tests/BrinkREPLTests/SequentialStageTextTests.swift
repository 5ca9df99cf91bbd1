import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// Sequential stages as `solve`, `explain`, `brink solve` and `--json` state them:
/// the second mover's answer to each first move, threats credible or not, and the
/// first mover's choice, on the textbook cases; and the simulator against the
/// exact solve wherever a first mover mixes.
@Suite struct SequentialStageTextTests {
  /// Selten (1978)'s chain store, one market: the entrant stays out (incumbent 5)
  /// or enters; the incumbent, having seen it, accommodates (2 each) or fights
  /// (−1 each). Fighting is the incumbent's threat; once entry has happened it
  /// costs the incumbent 3, so it is not credible: the entrant enters and the
  /// incumbent accommodates. The entrant trembles (ε = 1/10), so it mixes.
  static let chainStore = """
    format: brink-scenario/1
    name: chain-store
    title: Entry deterrence, one market (Selten 1978)
    players:
      Entrant:
        moves:
          out: {posture: hold}
          enter: {posture: escalate}
      Incumbent:
        moves:
          accommodate: {posture: hold}
          fight: {posture: escalate}
    calendar: {rounds: 3}
    discount: 9/10
    states:
      market:
        order: Entrant
        moves: {Entrant: [out, enter], Incumbent: [accommodate, fight]}
        payoffs:
          out:   [[0, 5], [0, 5]]
          enter: [[2, 2], [-1, -1]]
        transitions:
          enter/accommodate: shared
          enter/fight: {war: 1/2, market: 1/2}
      shared: {terminal: true, value: [4, 4]}
      war: {terminal: true, value: [-3, -3]}
    behaviour:
      Entrant: {model: equilibrium, tremble: 1/10}
      Incumbent: {model: equilibrium}
    """

  func chainStoreSession() throws -> Session {
    let dir = try TemporaryDirectory()
    let path = dir.path + "/chain-store.yaml"
    try Self.chainStore.write(toFile: path, atomically: true, encoding: .utf8)
    let s = Session()
    #expect(s.execute("load \(path)").error == nil)
    return s
  }

  @Test("chain store: the threat to fight is not credible; the entrant enters, the incumbent accommodates")
  func chainStore() throws {
    let s = try chainStoreSession()
    let solve = s.execute("solve").output
    #expect(solve.contains("  Entrant intends enter; with tremble 1/10 plays out 0.05, enter 0.95 (subgame perfect: the stage is sequential)"))
    #expect(solve.contains("  Incumbent answers after out -> accommodate 1 (indifferent); after enter -> accommodate 1 (subgame perfect: the stage is sequential)"))
    let explain = s.execute("explain").output
    #expect(explain.contains("Sequential play: backward induction (Selten 1965)."))
    #expect(explain.contains("- After enter, Incumbent does best with accommodate ("))
    #expect(explain.contains("Its threat to fight is not credible: after enter, carrying it out would leave Incumbent"))
    #expect(explain.contains("so Entrant need not fear it."))
    #expect(explain.hasSuffix("It plays enter."))
    #expect(explain.contains("foreseeing these answers (trembles included)"))
  }

  @Test("Zagare–Kilgour deterrence, resisting made cheaper: the Defender resists if challenged, so the Challenger accepts")
  func deterrenceWithACredibleThreat() throws {
    let s = Session()
    #expect(s.execute("load deterrence").error == nil)
    #expect(s.execute("set payoff challenge resist Defender -1/2").error == nil)
    let solve = s.execute("solve").output
    #expect(solve.contains("  Challenger plays accept 1 (subgame perfect: the stage is sequential)"))
    #expect(solve.contains("  Defender answers after accept -> concede 1 (indifferent); after challenge -> resist 1 (subgame perfect: the stage is sequential)"))
    let explain = s.execute("explain").output
    #expect(explain.contains("""
      - After accept, Defender does best with concede or resist (0 each). It is indifferent and answers concede: a tie goes to the answer better for Challenger, then to the first listed.
      - After challenge, Defender does best with resist (-1/2 (-0.5) against -1 for concede). Its threat to resist is credible: after challenge, resist is a best answer for Defender itself.
      So Challenger, foreseeing these answers, expects from each move: accept 0, challenge -2. It plays accept.
      """))
    #expect(explain.contains("So, in the solved scenario: Challenger plays accept 1 (subgame perfect: the stage is sequential); Defender answers after accept -> concede 1 (indifferent); after challenge -> resist 1 (subgame perfect: the stage is sequential)."))
  }

  @Test("deterrence as written: the threat to resist is not credible, the Challenger challenges")
  func deterrenceAsWritten() throws {
    let s = Session()
    #expect(s.execute("load deterrence").error == nil)
    let explain = s.execute("explain").output
    #expect(explain.contains("- After challenge, Defender does best with concede (-1 against -2 for resist). Its threat to resist is not credible: after challenge, carrying it out would leave Defender -2 instead of -1 for concede, so Challenger need not fear it."))
    #expect(explain.hasSuffix("So Challenger, foreseeing these answers, expects from each move: accept 0, challenge 1. It plays challenge."))
  }

  @Test("brink solve's line and --json give the answer to each first move")
  func solveReportAndJSON() throws {
    let doc = try ScenarioReader.read(
      try String(contentsOfFile: "\(Self.root)/Scenarios/deterrence.yaml", encoding: .utf8), file: "deterrence.yaml")
    var scenario = doc.scenario
    scenario.states[0].outcomes[1][1].payoffs[1] = PayoffExpression(Rational(-1, 2))
    let solved = try EscalationSolver.solve(scenario)
    #expect(ScenarioSolveReport.line(solved, round: 0, node: 0)
      == "crisis: Challenger accept | Defender after accept -> concede (indifferent); after challenge -> resist | values Challenger 0, Defender 0 (subgame perfect: the stage is sequential)")
    var edited = doc
    edited.scenario = scenario
    let json = ScenarioSolveJSON.object(file: "d.yaml", document: edited, solved: solved).rendered()
    #expect(json.contains("""
      "firstMover": "Challenger",
      """))
    #expect(json.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "")
      .contains(#""responses":{"accept":{"concede":"1","resist":"0"},"challenge":{"concede":"0","resist":"1"}}"#))
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// Every sequential stage in the library, as written and with every player
  /// trembling (so its first mover mixes), the chain store, and deterrence with
  /// resisting made cheaper and the Challenger trembling: Monte Carlo (fixed seed)
  /// within 4 standard errors of the exact solve's expected payoffs and of its
  /// probability of every state at the end.
  @Test("Monte Carlo agrees with the exact solve on sequential stages")
  func monteCarloAgrees() throws {
    var cases: [(String, EscalationScenario)] = []
    let folder = Self.root + "/Scenarios"
    for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".yaml") {
      let doc = try ScenarioReader.read(try String(contentsOfFile: folder + "/" + name, encoding: .utf8), file: name)
      // A scenario with types is solved by TypedSolver; its sequential stages are
      // checked by Monte Carlo in TypedSequentialTests and TypedDefaultScenarioTests.
      guard !doc.scenario.hasTypes,
        doc.scenario.states.contains(where: { if case .sequential = $0.timing { true } else { false } }) else { continue }
      cases.append((name, doc.scenario))
      var trembling = doc.scenario
      for p in 0..<2 { trembling.behaviours[p].tremble = Rational(1, 5) }
      cases.append((name + " (trembling)", trembling))
      if name == "deterrence.yaml" {
        var credible = trembling
        credible.states[0].outcomes[1][1].payoffs[1] = PayoffExpression(Rational(-1, 2))
        cases.append((name + " (resist -1/2, trembling)", credible))
      }
    }
    #expect(cases.count >= 3)
    cases.append(("chain store", try ScenarioReader.read(Self.chainStore, file: "chain-store.yaml").scenario))
    for (name, scenario) in cases {
      let solved = try EscalationSolver.solve(scenario)
      let compiled = try solved.compiledScenario()
      #expect(compiled.approximations.isEmpty)
      let statistics = Simulator.run(compiled.ladder, paths: 100_000, seed: 2026, threads: 2)
      let summary = compiled.summary(statistics, scenario: solved.scenario)
      let n = Double(statistics.pathsCompleted)
      for p in 0..<2 {
        let mean = try #require(summary.payoffs[p].mean), error = try #require(summary.payoffs[p].standardError)
        #expect(abs(mean - solved.expectedValues[p]) <= 4 * error + 1e-9,
                "\(name), player \(p): \(mean) ± \(error) vs \(solved.expectedValues[p])")
      }
      let end = LadderMarkovChain(solved).states[solved.horizon]
      let counts = compiled.byScenarioState(
        zip(statistics.absorbed.map { $0.reduce(0, +) }, statistics.horizonEnd).map { $0 + $1 },
        stateCount: scenario.states.count)
      for (s, state) in scenario.states.enumerated() {
        let p = end[s], q = Double(counts[s]) / n
        #expect(abs(q - p) <= 4 * (max(0, p * (1 - p)) / n).squareRoot() + 1e-12, "\(name), \(state.name): \(q) vs \(p)")  // p may round past 1
      }
    }
  }
}
