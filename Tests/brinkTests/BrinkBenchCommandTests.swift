import Foundation
import Testing

/// `brink-bench` run as a user would: `--help` prints help and runs nothing,
/// a mistyped option is an error (exit 2) rather than a start of the whole
/// benchmark, and the ladder section times a scenario file and checks its answers.
@Suite("brink-bench (end to end)")
struct BrinkBenchCommandTests {
  func bench(_ arguments: [String]) throws -> BrinkRun {
    try BrinkProcess.run(arguments, program: "brink-bench")
  }

  @Test("--help and -h print the help and run no section")
  func help() throws {
    for flag in ["--help", "-h"] {
      let run = try bench([flag])
      #expect(run.status == 0)
      #expect(run.stderr == "")
      #expect(run.stdout.hasPrefix("USAGE: brink-bench [--only <section>] [--ladder <file>]"))
      for word in ["equilibria", "degenerate", "lemke-howson-large", "simulation", "ladder", "default",
                   "--only", "--ladder", "--ladder-paths", "--sizes", "--games", "--seed", "--games-out", "--help"] {
        #expect(run.stdout.contains(word), "\(word) missing from the help")
      }
      #expect(!run.stdout.contains("Two-player equilibria"))
    }
  }

  @Test("unknown options, bad values and unknown sections exit 2 with one message")
  func usageErrors() throws {
    let cases: [([String], String)] = [
      (["--bogus"], "unknown option '--bogus'"),
      (["extra"], "unexpected argument 'extra'"),
      (["--only"], "--only needs a value"),
      (["--only", "nothing"], "unknown section 'nothing' (sections: equilibria, degenerate, lemke-howson-large, simulation, ladder, scenarios, repl, default)"),
      (["--games", "0"], "--games must be a positive integer, not '0'"),
      (["--sizes", "4,x"], "--sizes must be a comma-separated list of positive integers, not '4,x'"),
    ]
    for (arguments, message) in cases {
      let run = try bench(arguments)
      #expect(run.status == 2, "\(arguments)")
      #expect(run.stdout == "", "\(arguments)")
      #expect(run.stderr == "brink-bench: error: \(message)\nSee 'brink-bench --help' for the sections and options.\n")
    }
  }

  @Test("the ladder section times the scenario and prints its answers beside the exact ones")
  func ladderSection() throws {
    let file = BrinkProcess.fixture("ladder-benchmark.yaml")
    let run = try bench(["--only", "ladder", "--ladder", file, "--ladder-paths", "20000"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("ladder: 1 thread: ") && $0.contains("million path-rounds/s") })
    #expect(lines.contains { $0.hasPrefix("ladder: 2 threads: ") && $0.contains("million path-rounds/s") })
    // The exact column is the header's answers.
    for (name, exact) in [("deal", "0.3512415"), ("rupture", "0.6434822"), ("ongoing", "0.0052763"),
                          ("mean rounds", "5.6533904"), ("payoff A", "-0.7166393"), ("payoff B", "-5.5574245")] {
      let line = lines.first { $0.hasPrefix("ladder: \(name) ") }
      #expect(line?.contains(" \(exact) ") == true, "\(name): \(line ?? "missing")")
    }
    #expect(!run.stdout.contains("FAIL"))
  }

  @Test("without --ladder the ladder section says it is skipped")
  func ladderSkipped() throws {
    let run = try bench(["--only", "ladder"])
    #expect(run.status == 0)
    #expect(run.stdout == "ladder: skipped: no scenario file given (--ladder FILE; `make bench` passes ../shared/bench/ladder.yaml when it exists)\n")
  }

  @Test("a ladder file that does not read fails the section (exit 1)")
  func ladderMissingFile() throws {
    let run = try bench(["--only", "ladder", "--ladder", "/nonexistent/ladder.yaml"])
    #expect(run.status == 1)
    #expect(run.stdout.contains("ladder: error: "))
  }
}
