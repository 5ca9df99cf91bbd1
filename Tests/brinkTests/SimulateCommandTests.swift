import Foundation
import Testing

/// `brink simulate` end to end: the report, determinism across thread counts,
/// JSON and CSV, option errors.
@Suite("brink simulate (end to end)")
struct SimulateCommandTests {
  /// Probabilistic, and quick to solve in a debug build.
  static let geneva = CheckCommandTests.scenario("geneva-truce-2025-05.yaml")
  static let pd = CheckCommandTests.scenario("prisoners-dilemma.yaml")

  @Test("the same seed gives the same bytes for 1 and 3 threads")
  func deterministic() throws {
    let one = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "20000", "--seed", "5", "--threads", "1"])
    let three = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "20000", "--seed", "5", "--threads", "3"])
    #expect(one.status == 0)
    #expect(one.stdout == three.stdout)
    #expect(one.stdout.hasPrefix("Simulation of geneva-truce-2025-05 (The Geneva truce, May 2025): 20000 paths, 6 rounds, seed 5"))
    for heading in ["Outcomes (95% Wilson intervals)", "Rounds to each outcome", "Probability of each state by round",
                    "Variables at the end", "Expected discounted payoffs", "Most frequent paths"] {
      #expect(one.stdout.contains(heading), "missing \(heading)")
    }
    let other = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "20000", "--seed", "6", "--threads", "1"])
    #expect(other.stdout != one.stdout)
  }

  @Test("without --seed, brink simulate and the REPL's simulate use one seed and give the same numbers")
  func oneDefaultSeed() throws {
    let cli = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "500"])
    let repl = try BrinkProcess.run(["-c", "load \(Self.geneva); simulate 500"])
    #expect(cli.status == 0 && repl.status == 0)
    #expect(cli.stdout.split(separator: "\n").first?.hasSuffix("500 paths, 6 rounds, seed 2025") == true)
    // The headings name the scenario differently; every line after them is the same.
    let replReport = repl.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
    #expect(Array(replReport) == Array(cli.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()))
  }

  @Test("a deterministic game: the prisoner's dilemma is defected through for all 10 rounds")
  func prisonersDilemma() throws {
    let run = try BrinkProcess.run(["simulate", Self.pd, "--paths", "100", "--json"])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["pathsCompleted"] as? Int == 100)
    #expect(object["pathRounds"] as? Int == 1000)
    let payoffs = try #require(object["payoffs"] as? [[String: Any]])
    // Mutual defection pays 1 a round for 10 rounds at δ = 9/10: (1 − 0.9¹⁰)/(1 − 0.9).
    let expected = (1 - pow(0.9, 10)) / 0.1
    #expect(abs((payoffs[0]["mean"] as? Double ?? 0) - expected) < 1e-6)
    #expect(payoffs.map { $0["player"] as? String } == ["Row", "Column"])
  }

  @Test("--csv is long-format table,row,column,value")
  func csv() throws {
    let run = try BrinkProcess.run(["simulate", Self.pd, "--paths", "10", "--csv"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first == "table,row,column,value")
    #expect(lines.contains("run,,paths_completed,10"))
    #expect(lines.contains("outcome,play,count,10"))
  }

  @Test("--out writes the report to a file")
  func out() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-sim-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report.txt").path
    let run = try BrinkProcess.run(["simulate", Self.pd, "--paths", "10", "--out", path])
    #expect(run.status == 0)
    #expect(run.stdout == "")
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("Simulation of prisoners-dilemma"))
  }

  @Test("bad options are usage errors (exit 2)", arguments: [
    ["--paths", "0"], ["--json", "--csv"], ["--shard", "4/3"], ["--shard", "x"], ["--threads", "0"], ["--rounds", "0"],
  ])
  func badOptions(_ options: [String]) throws {
    let run = try BrinkProcess.run(["simulate", Self.pd] + options)
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("Error: "))
  }

  /// Found as a hostile user would (issue 16): the largest Int traps in the chunk
  /// arithmetic, and a negative count was reported as a missing value.
  @Test("--paths out of range says the range, never traps", arguments: [
    "0", "-1", "-9223372036854775808", "9223372036854775807", "1000000000001",
  ])
  func pathsOutOfRange(_ paths: String) throws {
    let run = try BrinkProcess.run(["simulate", Self.pd, "--paths", paths])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("Error: --paths must be between 1 and 1000000000000, not \(paths)\n"), "\(run.stderr)")
  }

  @Test("a broken scenario: diagnostics and exit 1")
  func brokenScenario() throws {
    let bad = try BrinkProcess.temporaryFile("name: x\n", name: "x.yaml")
    defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: bad).deletingLastPathComponent().path) }
    let run = try BrinkProcess.run(["simulate", bad])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("\(bad):1:1: error: missing key 'players' in the scenario"))
  }
}

/// Ctrl-C during a long run: the run stops, reports the paths done, and exits 130.
@Suite("brink simulate, interrupted (end to end)")
struct SimulateInterruptTests {
  @Test("SIGINT stops the run; the report covers the paths completed; exit 130")
  func interrupt() throws {
    guard BrinkProcess.executable != nil else { return }
    let interrupted = try BrinkProcess.interrupt(
      ["simulate", SimulateCommandTests.geneva, "--paths", "2000000000", "--threads", "1"], hold: "progress")
    let run = interrupted.run
    #expect(run.status == 130)
    #expect(run.stdout.contains(" of 2000000000 (stopped early), 6 rounds, seed 2025"))
    #expect(run.stderr.hasPrefix(BrinkProcess.holdLine + "\nbrink: interrupted: reporting the "))
    #expect(interrupted.secondsAfterSignal < 30)
  }
}
