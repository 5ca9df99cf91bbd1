/// brink-bench's command line, parsed in one place: `--help` prints `usage` and an
/// unknown option, a missing or malformed value or an unknown section is an error
/// (exit status 2, as a usage error is for `brink`), so a mistyped option can no
/// longer start the whole benchmark (issue 11).
struct BenchOptions: Equatable {
  /// The sections, in the order they run.
  static let sections = ["equilibria", "degenerate", "lemke-howson-large", "simulation", "ladder", "scenarios", "repl", "default"]

  var help = false
  /// Run only this section.
  var only: String?
  /// The scenario file of the `ladder` section (skipped without one).
  var ladder: String?
  /// The folder of the `scenarios` section (`brink solve` and `brink check` of each file).
  var scenarios = "Scenarios"
  /// Paths of the `ladder` section's timed runs.
  var ladderPaths = 5_000_000
  /// The `equilibria` section's game sizes, games per size and seed.
  var sizes = [4, 6, 8, 10, 12]
  var games = 21
  var seed: UInt64 = 2010
  /// Where the `degenerate` section writes its games as .nfg files (for timing
  /// Gambit on the same games: Tests/brinkTests/Gambit/time_enummixed.py).
  var gamesOut: String?

  static let usage = """
    USAGE: brink-bench [--only <section>] [--ladder <file>] [--ladder-paths <n>] [--scenarios <dir>]
                       [--sizes <list>] [--games <n>] [--seed <n>] [--games-out <dir>]

    Prints benchmark figures, one section after another (build in release mode:
    `make bench`).

    SECTIONS:
      equilibria           all extreme equilibria and one Lemke–Howson end of random n×n games
      degenerate           enumeration on games with ties everywhere
      lemke-howson-large   Lemke–Howson alone on 20×20 to 60×60 games
      simulation           Monte Carlo path-rounds/s on built-in ladders, peak memory
      ladder               path-rounds/s of a scenario file at 1 and 2 threads, its
                           Monte Carlo answers against the exact solve (skipped without --ladder)
      scenarios            `brink solve` (text, --json) beside `brink check` of each file, best CPU ms
      repl                 each REPL command on each scenario file, in-process, ms (over 100 flagged)
      default              the default scenario: 1M paths at 1 and 2 threads (wall, path-rounds/s), brink simulate and solve

    OPTIONS:
      --only <section>     Run only this section.
      --ladder <file>      The scenario of the ladder section (`make bench` passes
                           ../shared/bench/ladder.yaml when it exists).
      --ladder-paths <n>   Paths of each timed ladder run (default: 5000000).
      --scenarios <dir>    The scenarios and repl sections' folder (default: Scenarios).
      --sizes <list>       Game sizes of the equilibria section (default: 4,6,8,10,12).
      --games <n>          Games per size (default: 21).
      --seed <n>           Seed of the equilibria section's games (default: 2010).
      --games-out <dir>    Write the degenerate section's games there as .nfg files
                           (time Gambit on them: Tests/brinkTests/Gambit/time_enummixed.py).
      -h, --help           Show this help.

    ENVIRONMENT:
      BRINK_BENCH_PATHS    Paths of the simulation section's rate runs (default: 5000000).
    """

  /// A usage error: what was wrong, for `brink-bench: error: …`.
  struct Failure: Error, Equatable, CustomStringConvertible {
    var description: String
  }

  /// Parses the arguments after the program name.
  static func parse(_ arguments: [String]) throws(Failure) -> BenchOptions {
    var options = BenchOptions()
    var rest = arguments[...]
    func value(_ option: String) throws(Failure) -> String {
      guard let v = rest.popFirst(), !v.hasPrefix("--") else { throw Failure(description: "\(option) needs a value") }
      return v
    }
    func count(_ option: String) throws(Failure) -> Int {
      let text = try value(option)
      guard let n = Int(text), n >= 1 else { throw Failure(description: "\(option) must be a positive integer, not '\(text)'") }
      return n
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "-h", "--help": options.help = true
      case "--only":
        let name = try value(argument)
        guard sections.contains(name) else {
          throw Failure(description: "unknown section '\(name)' (sections: \(sections.joined(separator: ", ")))")
        }
        options.only = name
      case "--ladder": options.ladder = try value(argument)
      case "--scenarios": options.scenarios = try value(argument)
      case "--games-out": options.gamesOut = try value(argument)
      case "--ladder-paths": options.ladderPaths = try count(argument)
      case "--games": options.games = try count(argument)
      case "--seed":
        let text = try value(argument)
        guard let s = UInt64(text) else { throw Failure(description: "--seed must be a non-negative integer, not '\(text)'") }
        options.seed = s
      case "--sizes":
        let text = try value(argument)
        let sizes = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) >= 1 }) else {
          throw Failure(description: "--sizes must be a comma-separated list of positive integers, not '\(text)'")
        }
        options.sizes = sizes.map { $0! }
      default:
        throw Failure(description: argument.hasPrefix("-") ? "unknown option '\(argument)'" : "unexpected argument '\(argument)'")
      }
    }
    return options
  }

  /// Whether `section` runs.
  func runs(_ section: String) -> Bool { only == nil || only == section }
}
