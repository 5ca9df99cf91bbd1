import Foundation
import Testing

/// One run control per command (issues 9 and 16), end to end: every solve method
/// honours `--timeout`; Ctrl-C stops `brink solve` (status 130); SIGINT in a script
/// stops the running command, prints its partial result and ends the script (130);
/// `--timeout` covers the solve of `brink simulate`, not only its sampling.
///
/// No test races the clock: the long operation waits for the signal (or the
/// deadline) through the test hook `BRINK_TEST_HOLD_UNTIL_INTERRUPT`, so the
/// signal lands inside it on any machine; times are bounded above only, loosely
/// enough for a loaded machine.
@Suite("run control (end to end)")
struct RunControlCommandTests {
  static let game = BrinkProcess.fixture("prisoners-dilemma.nfg")

  @Test("every solve method stops at the deadline: exit 124", arguments: ["all", "pure", "lh", "maximin", "dominance"])
  func solveMethodTimeout(method: String) throws {
    let started = Date()
    let run = try BrinkProcess.run(["solve", Self.game, "--method", method, "--timeout", "1"],
                                   environment: ["BRINK_TEST_HOLD_UNTIL_INTERRUPT": "1"])
    #expect(run.status == 124)
    #expect(run.stderr == BrinkProcess.holdLine + "\nbrink: error: timed out after 1 s\n")
    #expect(Date().timeIntervalSince(started) < 30)
  }

  @Test("Lemke-Howson cut short says so; maximin and dominance print no false result")
  func solveMethodPartialReports() throws {
    let hold = ["BRINK_TEST_HOLD_UNTIL_INTERRUPT": "1"]
    let lh = try BrinkProcess.run(["solve", Self.game, "--method", "lh", "--timeout", "0.5"], environment: hold)
    #expect(lh.stdout.contains("none (interrupted: the list is incomplete)"))
    let maximin = try BrinkProcess.run(["solve", Self.game, "--method", "maximin", "--timeout", "0.5"], environment: hold)
    #expect(!maximin.stdout.contains("Security"))
    #expect(maximin.stdout.hasSuffix("Interrupted: the analysis is incomplete.\n"))
    let dominance = try BrinkProcess.run(["solve", Self.game, "--method", "dominance", "--timeout", "0.5"], environment: hold)
    #expect(!dominance.stdout.contains("dominated"))
    #expect(dominance.stdout.hasSuffix("Interrupted: the analysis is incomplete.\n"))
  }

  /// Issue 16: `show` and `explain` on a 100×100 game never returned (one exact
  /// LP per move and per elimination round) and ignored the deadline and Ctrl-C.
  /// The work takes far longer than the deadline on any machine, so the test
  /// does not depend on the machine's speed.
  @Test("show and explain on a 100x100 game stop at the deadline: exit 124", arguments: ["show", "explain"])
  func bigGameShowAndExplainTimeout(command: String) throws {
    var generator = UInt64(16)
    func next() -> Int {
      generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(generator >> 33) % 2001 - 1000
    }
    let n = 100
    let payoffs = (0..<(n * n)).map { _ in "\(next()) \(next())" }.joined(separator: " ")
    let game = try BrinkProcess.temporaryFile("NFG 1 R \"big\" { \"A\" \"B\" } { \(n) \(n) }\n\n\(payoffs)\n", name: "big.nfg")
    defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: game).deletingLastPathComponent().path) }
    let started = Date()
    let run = try BrinkProcess.run(["--timeout", "1", "-c", "load \(game); \(command)"])
    #expect(run.status == 124)
    #expect(run.stderr.contains("timed out after 1 s"), "\(run.stderr)")
    #expect(Date().timeIntervalSince(started) < 30)
  }

  /// Issue 16: the per-node solves of a scenario polled once per round, so one
  /// 15×15 stage without a pure equilibrium (its vertex enumeration takes minutes)
  /// ignored the deadline and Ctrl-C. Row wants to match the column, the column
  /// to be one ahead, with noise below: no pure equilibrium, a long enumeration on
  /// any machine.
  @Test("the enumeration inside one node's stage stops at the deadline: exit 124")
  func perNodeSolveTimeout() throws {
    var generator = UInt64(3)
    func noise() -> Int {
      generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(generator >> 33) % 51
    }
    let n = 15
    let moves = (0..<n).map { "m\($0)" }
    var yaml = ["name: big15", "players:"]
    for player in ["US", "China"] { yaml += ["  \(player):", "    moves:"] + moves.map { "      \($0):" } }
    yaml += ["calendar: {start: 2025-10-13, step: 7, rounds: 1}", "discount: 0.98", "states:", "  s:",
             "    moves: {US: [\(moves.joined(separator: ", "))], China: [\(moves.joined(separator: ", "))]}", "    payoffs:"]
    for i in 0..<n {
      let cells = (0..<n).map { j in "[\(i == j ? 100 : noise()), \(j == (i + 1) % n ? 100 : noise())]" }
      yaml.append("      m\(i): [\(cells.joined(separator: ", "))]")
    }
    yaml += ["    transitions: {any/any: end}", "  end: {terminal: true, value: [0, 0]}"]
    let file = try BrinkProcess.temporaryFile(yaml.joined(separator: "\n") + "\n", name: "big15.yaml")
    defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
    #expect(try BrinkProcess.run(["check", file]).status == 0)
    let started = Date()
    let run = try BrinkProcess.run(["solve", file, "--timeout", "1"])
    #expect(run.status == 124)
    #expect(run.stderr == "brink: error: timed out after 1 s\n")
    #expect(Date().timeIntervalSince(started) < 30)
  }

  @Test("Ctrl-C during brink solve: exit 130 at once", arguments: ["all", "lh", "maximin", "dominance"])
  func solveInterrupted(method: String) throws {
    let interrupted = try BrinkProcess.interrupt(["solve", Self.game, "--method", method])
    #expect(interrupted.run.status == 130)
    #expect(interrupted.run.stderr == BrinkProcess.holdLine + "\nbrink: interrupted\n")
    #expect(interrupted.secondsAfterSignal < 10)
  }

  @Test("Ctrl-C during the solve of a scenario: exit 130, no report")
  func scenarioSolveInterrupted() throws {
    let geneva = CheckCommandTests.scenario("geneva-truce-2025-05.yaml")
    let interrupted = try BrinkProcess.interrupt(["solve", geneva])
    #expect(interrupted.run.status == 130)
    #expect(interrupted.run.stdout == "")
    #expect(interrupted.run.stderr == BrinkProcess.holdLine + "\nbrink: interrupted\n")
  }

  @Test("SIGINT in a script: the running command stops and reports, the rest is not run, exit 130")
  func batchInterrupted() throws {
    // The first polling command is the scenario's solve; the second, simulate, holds
    // at its first poll, inside the sampling, so its report is partial.
    let script = "solve\nsimulate 10000000\nhelp\n"
    for arguments in [[String](), ["-c", script]] {
      let interrupted = try BrinkProcess.interrupt(arguments, stdin: arguments.isEmpty ? script : nil, hold: "2")
      let run = interrupted.run
      #expect(run.status == 130)
      #expect(run.stdout.contains("Whole scenario by backward induction"))
      #expect(run.stdout.contains("of 10000000 (stopped early)"))
      #expect(!run.stdout.contains("Commands"))  // `help` never ran
      #expect(run.stderr.hasSuffix("brink: interrupted\n"))
      #expect(interrupted.secondsAfterSignal < 30)
    }
  }

  @Test("simulate --timeout 1 on a scenario whose solve takes longer: exit 124, promptly")
  func simulateTimeoutCoversTheSolve() throws {
    // The solve is held at its first poll (`TestHold`) until the deadline passes, so
    // the deadline always falls inside it, however fast the machine: the tariff
    // rounds' solve alone once took longer than 1 s, until it got faster (issue 11)
    // and the test began to race the clock.
    let slow = CheckCommandTests.scenario("tariff-rounds-2018-2019.yaml")
    let started = Date()
    let run = try BrinkProcess.run(["simulate", slow, "--timeout", "1"], environment: ["BRINK_TEST_HOLD_UNTIL_INTERRUPT": "1"])
    let seconds = Date().timeIntervalSince(started)
    #expect(run.status == 124)
    #expect(run.stdout == "")
    #expect(run.stderr == "brink-test: waiting for interrupt\nbrink: error: timed out after 1 s\n")
    // Issue 9 asks for 1.5 s; the bound here is loose for a loaded machine, and
    // still far below the solve's own time in a debug build.
    #expect(seconds < 15)
  }
}
