import Foundation
import Testing

/// `brink replay` on a scenario with types (issue 14), end to end: the REPL's `replay
/// all` report, the likelihood and the baselines, `--against`, `--json`, and the stops.
///
/// By hand, on `Scenarios/bluff-ladder.yaml` with a script of a threat, then the
/// Challenger pressing (the file's comment gives the PBE): the resolved Defender
/// threatens for sure, the irresolute one with 2/3, so the threat has chance
/// 1/4 · 1 + 3/4 · 2/3 = 3/4 and moves the belief resolved from 1/4 to 1/3; in round 2
/// the Challenger presses with 1/2. The record has 3/4 · 1/2 = 3/8, ln 3/8 = -0.9808,
/// 1.42 bits. Uniform play gives each round 1/2 (two moves for one side, one for the
/// other): 1/4, 2 bits. The file has no trembles, so no-tremble does not apply. The
/// same ladder without types (every Defender irresolute) has the Defender quiet for
/// sure (a threat is pressed and costs it 2), so it rules out the record's threat.
@Suite("brink replay on a scenario with types (end to end)")
struct TypedReplayCommandTests {
  static let script = """

    script:
      - {round: 1, Defender: threaten, Challenger: wait, note: a public threat, source: a test}
      - {round: 2, Defender: stand, Challenger: press, source: a test}

    """

  static func bluffText() throws -> String {
    try String(contentsOfFile: CheckCommandTests.scenario("bluff-ladder.yaml"), encoding: .utf8) + script
  }

  /// bluff-ladder with the script above, in a temporary file.
  static func bluffFile() throws -> String { try BrinkProcess.temporaryFile(try bluffText(), name: "bluff.yaml") }

  /// The same ladder and script without the `types:` section (every Defender the
  /// irresolute one: the file's own payoffs).
  static func plainFile() throws -> String {
    let text = try bluffText()
    let start = try #require(text.range(of: "\ntypes:\n"))
    let end = try #require(text.range(of: "\nbehaviour:\n"))
    return try BrinkProcess.temporaryFile(String(text[..<start.lowerBound]) + String(text[end.lowerBound...]), name: "plain.yaml")
  }

  static let round1 = """
    Round 1 (2025-01-06), state crisis
      Defender    played threaten: chance 3/4 (1 if resolved, 2/3 if irresolute)
      Challenger  played wait: chance 1
      the model gave this round 3/4 (75.0%); surprise 0.42 bits (decisions 0.42, chance 0.00)
      belief about Defender: resolved 1/4, irresolute 3/4 -> resolved 1/3, irresolute 2/3
        Bayes' rule: threaten has chance 1 if resolved, 2/3 if irresolute; resolved 1/4 × 1 / (1/4 × 1 + 3/4 × 2/3) = 1/3, irresolute 3/4 × 2/3 / (1/4 × 1 + 3/4 × 2/3) = 2/3
      note: a public threat
      source: a test
    """

  @Test("bluff-ladder: the REPL's rounds, the likelihood 3/8, and the baselines (no-tremble does not apply)")
  func bluffText() throws {
    let file = try Self.bluffFile()
    let run = try BrinkProcess.run(["replay", file])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("Replay of bluff-ladder: A bluffing threat over two rounds (tying hands, after Fearon 1997), against the perfect Bayesian equilibrium\n\n"
      + Self.round1 + "\n\nRound 2 (2025-01-13), state after-threat\n"))
    #expect(run.stdout.contains("""

      Likelihood of the real path under the model: 0.3750 (exactly 3/8)
      Log-likelihood: ln P = -0.9808, log2 P = -1.4150: a surprise of 1.42 bits, 1.42 from the players' decisions and 0.00 from chance

      Against simpler models, on the same record (the higher ln P explains it better):
      """))
    #expect(run.stdout.contains("\n  the model      -0.9808  1.42       1.42    0.00  0.3750\n"))
    #expect(run.stdout.contains("\n  uniform        -1.3863  2.00       2.00    0.00  0.2500\n"))
    #expect(run.stdout.contains("\n  short-sighted  "))
    #expect(run.stdout.contains("\n  no-tremble           -     -          -       -  does not apply: the scenario has no trembles\n"))
    #expect(abs(log(3.0 / 8) - -0.9808) < 5e-5 && abs(log(1.0 / 4) - -1.3863) < 5e-5)
    #expect(!run.stdout.contains("not available"))
  }

  /// The typed default's record: each move has chance 1 and says nothing of China's
  /// type; the transitions the file gives make 171/250 · 9/10 · 1 = 1539/2500.
  @Test("the typed default: likelihood 1539/2500, all of it chance")
  func typedDefault() throws {
    let run = try BrinkProcess.run(["replay", CheckCommandTests.scenario("us-china-2025-10-types.yaml")])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Replay of us-china-2025-10-types: US-China rare-earth standoff, October 2025, with hidden resolve, against the perfect Bayesian equilibrium\n\nRound 1 (2025-10-16), state standoff\n"))
    #expect(run.stdout.contains("    every type plays talk with chance 1: the move says nothing\n"))
    #expect(run.stdout.contains("""

      Likelihood of the real path under the model: 0.6156 (exactly 1539/2500)
      Log-likelihood: ln P = -0.4852, log2 P = -0.6999: a surprise of 0.70 bits, 0.00 from the players' decisions and 0.70 from chance

      Against simpler models, on the same record (the higher ln P explains it better):
        model             ln P  bits  decisions  chance  P
        the model      -0.4852  0.70       0.00    0.70  0.6156
        uniform        -4.6440  6.70       6.00    0.70  0.0096
      """))
    #expect(run.stdout.contains("\n  no-tremble  "))
    #expect(run.stdout.contains("does not apply: the scenario has no trembles"))
  }

  @Test("--against: the same file scores as the model; the untyped ladder rules out the threat")
  func against() throws {
    let file = try Self.bluffFile()
    let plain = try Self.plainFile()
    let run = try BrinkProcess.run(["replay", file, "--against", plain, "--against", file])
    #expect(run.status == 0)
    func row(_ name: String) -> [Substring]? {
      run.stdout.split(separator: "\n").first { $0.hasPrefix("  \(name)  ") }?.split(separator: " ")
    }
    let plainRow = try #require(row(plain))
    #expect(plainRow[1] == "-inf" && plainRow.last == "0")
    #expect(run.stdout.contains("\n\(plain) rules out round 1 of the record"))
    let model = try #require(row("the model"))
    let same = try #require(row(file))
    #expect(same.suffix(5) == model.suffix(5))
  }

  @Test("--json: one object with the rounds' chances and beliefs, agreeing with the text; ln P is the sum of the rounds' logs")
  func json() throws {
    let file = try Self.bluffFile()
    let run = try BrinkProcess.run(["replay", file, "--json", "--against", file])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "bluff-ladder")
    #expect(object["solution"] as? String == "perfect Bayesian")
    #expect(object["exact_probability"] as? String == "3/8")
    #expect(object["probability"] as? String == "0.375000000")
    #expect(object["interrupted"] as? Bool == false)
    #expect((object["types"] as? [[String: String]])?.first == ["resolved": "1/4", "irresolute": "3/4"])
    let rounds = try #require(object["rounds"] as? [[String: Any]])
    #expect(rounds.count == 2)
    #expect(rounds[0]["moves"] as? [String] == ["threaten", "wait"])
    #expect(rounds[0]["exact_probability"] as? String == "3/4")
    #expect(rounds[0]["chances"] as? [String] == ["3/4", "1"])
    #expect((rounds[0]["chances_by_type"] as? [[String: String]])?.first == ["resolved": "1", "irresolute": "2/3"])
    #expect((rounds[0]["beliefs_before"] as? [[String: String]])?.first == ["resolved": "1/4", "irresolute": "3/4"])
    #expect((rounds[0]["beliefs_after"] as? [[String: String]])?.first == ["resolved": "1/3", "irresolute": "2/3"])
    #expect((rounds[0]["beliefs_after_decimal"] as? [[String: String]])?.first == ["resolved": "0.333333333", "irresolute": "0.666666667"])
    #expect(rounds[1]["exact_probability"] as? String == "1/2")
    #expect(rounds[1]["surprise_bits"] as? String == "1.000000000")
    let models = try #require(object["models"] as? [[String: Any]])
    #expect(models.map { $0["name"] as? String } == ["the model", "uniform", "short-sighted", "no-tremble", file])
    #expect(models[3]["problem"] as? String == "does not apply: the scenario has no trembles")
    #expect(models[4]["exact_probability"] as? String == "3/8")
    // ln P is the sum of the rounds' logarithms, and the text says the same to four places.
    let lnText = try #require(models[0]["log_likelihood"] as? String)
    let lnP = try #require(Double(lnText))
    let perRound = rounds.map { log(Double($0["probability"] as? String ?? "") ?? .nan) }.reduce(0, +)
    #expect(abs(lnP - perRound) < 1e-8)
    #expect(abs(lnP - log(3.0 / 8)) < 1e-8)
    let text = try BrinkProcess.run(["replay", file]).stdout
    #expect(text.contains("ln P = \(String(format: "%.4f", lnP))"))
  }

  @Test("the typed default's JSON: 1539/2500, China's belief stays 1/2")
  func typedDefaultJSON() throws {
    let run = try BrinkProcess.run(["replay", CheckCommandTests.scenario("us-china-2025-10-types.yaml"), "--json"])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["exact_probability"] as? String == "1539/2500")
    let rounds = try #require(object["rounds"] as? [[String: Any]])
    #expect(rounds.map { $0["exact_probability"] as? String } == ["171/250", "9/10", "1"])
    #expect(rounds.map { $0["transition"] as? String } == ["171/250", "9/10", "1"])
    for r in rounds {
      #expect((r["beliefs_after"] as? [[String: String]])?.last == ["resolved": "1/2", "cautious": "1/2"])
    }
  }

  @Test("a stop during the solve: exit 124 (--timeout) or 130 (Ctrl-C), no report")
  func stops() throws {
    let file = try Self.bluffFile()
    let timedOut = try BrinkProcess.run(["replay", file, "--timeout", "1"], environment: ["BRINK_TEST_HOLD_UNTIL_INTERRUPT": "1"])
    #expect(timedOut.status == 124)
    #expect(timedOut.stdout == "")
    #expect(timedOut.stderr == "brink-test: waiting for interrupt\nbrink: error: timed out after 1 s\n")
    let interrupted = try BrinkProcess.interrupt(["replay", file])
    #expect(interrupted.run.status == 130)
    #expect(interrupted.run.stdout == "")
    #expect(interrupted.run.stderr == BrinkProcess.holdLine + "\nbrink: interrupted\n")
  }

  /// Under logit (both players `logit`, λ = 2): scored in doubles, no exact value;
  /// each round's probability is its moves' chances times the transition, and ln P
  /// is the sum of the rounds' logarithms.
  @Test("behaviour: logit: the record scored against the logit mixtures, text and JSON agreeing")
  func logit() throws {
    let text = try Self.bluffText()
      .replacingOccurrences(of: "Defender: {model: equilibrium, select: mixed}", with: "Defender: {model: logit, lambda: 2}")
      .replacingOccurrences(of: "Challenger: {model: equilibrium, select: mixed}", with: "Challenger: {model: logit, lambda: 2}")
    let file = try BrinkProcess.temporaryFile(text, name: "logit.yaml")
    let run = try BrinkProcess.run(["replay", file, "--json", "--against", file])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["solution"] as? String == "logit agent QRE")
    #expect(object["exact_probability"] is NSNull)
    let rounds = try #require(object["rounds"] as? [[String: Any]])
    #expect(rounds.count == 2)
    var sum = 0.0
    for r in rounds {
      let chances = (r["chances"] as? [String] ?? []).compactMap(Double.init)
      let transition = Double(r["transition"] as? String ?? "") ?? .nan
      let p = Double(r["probability"] as? String ?? "") ?? .nan
      #expect(abs(p - chances.reduce(1, *) * transition) < 1e-8)
      sum += log(p)
    }
    let models = try #require(object["models"] as? [[String: Any]])
    #expect(models.map { $0["name"] as? String } == ["the model", "uniform", "short-sighted", "no-tremble", file])
    let lnText = try #require(models[0]["log_likelihood"] as? String)
    let lnP = try #require(Double(lnText))
    #expect(abs(lnP - sum) < 1e-6)
    #expect(models[4]["log_likelihood"] as? String == lnText)
    let plain = try BrinkProcess.run(["replay", file])
    #expect(plain.status == 0)
    #expect(plain.stdout.contains("the record against the logit agent quantal response equilibrium (λ: Defender 2, Challenger 2)"))
    #expect(plain.stdout.contains("\nLog-likelihood: ln P = \(String(format: "%.4f", lnP)), "))
  }

  /// `brink replay --help` says what the command does on a scenario with types
  /// (the perfect Bayesian equilibrium, exact) and under `logit` (the agent QRE, in
  /// decimals), compared exactly, as swift-argument-parser's own help tests do.
  @Test("--help: what replay does on typed scenarios and under logit, word for word")
  func help() throws {
    let run = try BrinkProcess.run(["replay", "--help"])
    #expect(run.status == 0)
    #expect(run.stdout == """
      OVERVIEW: Replay a scenario's script against the model's strategies, and score
      it.

      Prints each scripted round with the model's probabilities and the round's
      surprise in bits (how much of it is the players' decisions, how much chance),
      then the likelihood of the whole record, its log-likelihood, and a table of the
      same scores under the baselines (uniform: every move equally likely;
      short-sighted: discount 0; no-tremble: the model without trembles) and under
      each --against scenario, all on the same record. With --json, prints all of it
      as one JSON object.

      On a scenario with types (hidden types with priors), the model is the perfect
      Bayesian equilibrium: each round also shows each real move's chance type by
      type and averaged by the belief, and the beliefs the moves imply, with Bayes'
      rule worked; the chances and the likelihood are exact fractions. When every
      player's behaviour is 'logit', the model is the logit agent quantal response
      equilibrium instead (λ from the scenario), with the same report in decimals (no
      exact likelihood: exact_probability is null in the JSON). Either way the
      baselines and the --against scenarios, with types or without, are scored on the
      same record, and a baseline that would change nothing (play already uniform, a
      discount already 0, no trembles) is listed as not applying. The REPL's 'replay'
      steps through the same report a round at a time.

      USAGE: brink replay [<file>] [--against <FILE> ...] [--json] [--timeout <seconds>]

      ARGUMENTS:
        <file>                  A scenario file (YAML); the built-in default when
                                omitted.

      OPTIONS:
        --against <FILE>        Another scenario file of the same events, scored on
                                this scenario's record (repeatable).
        --json                  Print JSON instead of the readable report.
        --timeout <seconds>     Stop long work after this many seconds, report what
                                was done and exit with status 124.
        --version               Show the version.
        -h, --help              Show help information.


      """)
  }
}
