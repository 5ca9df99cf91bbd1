import ArgumentParser
import BrinkCore
import BrinkREPL
import Foundation

/// `brink simulate FILE`: samples escalation paths of the solved scenario and
/// reports what happened. Deterministic: the same file, seed and options give the
/// same bytes for any `--threads`; `--shard k/n` runs one slice and writes its
/// statistics for `brink merge`.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Sample escalation paths (Monte Carlo) and report outcomes.",
    discussion: """
      With --shard k/n, only the k-th of n equal slices of the paths is run, and its \
      statistics are written as JSON (to --out or standard output); `brink merge` \
      combines the n shard files into exactly the report of the whole run. \
      --shard auto takes k and n from a Slurm job array (SLURM_ARRAY_TASK_ID, \
      _MIN, _STEP, _COUNT); --shard auto/n takes k from a Kubernetes Indexed Job \
      (JOB_COMPLETION_INDEX) or checks n against the Slurm array (Docs/scaling.md).

      With --paths-out FILE, every path is also written to FILE as one CSV line, in \
      path order, while the run goes: path,outcome,rounds,states,moves,effects, each \
      player's payoff and each variable's end value (see README). The \
      report is the same. With --shard, FILE holds that shard's paths; after Ctrl-C \
      or --timeout it holds exactly the paths the report counts.
      """)

  @Argument(help: "A scenario file (YAML); the built-in default when omitted.")
  var file: String?

  // `.unconditional`: `--paths -1` is a (bad) value, not a missing one.
  @Option(parsing: .unconditional, help: "Paths to sample (1 to 10^12; 0 with --exact).")
  var paths: Int = 10_000

  @Option(help: "Rounds to play (default: the scenario's horizon).")
  var rounds: Int?

  @Option(help: "Seed of the random streams (the REPL's default too).")
  var seed: UInt64 = Simulator.defaultSeed

  @Option(help: "Worker threads (the result does not depend on them; default: all cores).")
  var threads: Int?

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Flag(help: "Print the report as CSV (table,row,column,value).")
  var csv = false

  @Option(help: ArgumentHelp("Run only slice k of n (e.g. 2/8, or auto: from the job array) and write its statistics for `brink merge`.",
                             valueName: "k/n|auto[/n]"))
  var shard: String?

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @Option(help: ArgumentHelp("Also draw the run as an SVG image: state probabilities by round, outcomes with 95% intervals.",
                             valueName: "file"))
  var svg: String?

  @Option(name: .customLong("paths-out"),
          help: ArgumentHelp("Also write every sampled path to this file, one CSV line each.", valueName: "file"))
  var pathsOut: String?

  @Flag(help: "Also compute the outcome and state tables exactly from the Markov chain (alone with --paths 0).")
  var exact = false

  @OptionGroup var limit: TimeoutOption

  func validate() throws {
    if exact {
      if paths == 0, svg != nil { throw ValidationError("--svg draws the sampled run; give --paths N with --exact --svg") }
      if shard != nil || pathsOut != nil { throw ValidationError("--exact does not combine with --shard or --paths-out") }
    }
    guard (1...Simulator.maximumPaths).contains(paths) || (exact && paths == 0) else {
      throw ValidationError("--paths must be between 1 and \(Simulator.maximumPaths), not \(paths)")
    }
    if let rounds, !(1...100_000).contains(rounds) { throw ValidationError("--rounds must be between 1 and 100000") }
    if let threads, !(1...256).contains(threads) { throw ValidationError("--threads must be between 1 and 256") }
    if json && csv { throw ValidationError("give --json or --csv, not both") }
    if let shard {
      if case .failure(let problem) = Self.resolveShard(shard) { throw ValidationError(problem.description) }
      if json || csv { throw ValidationError("--shard writes statistics for `brink merge`; --json and --csv apply to the report") }
      if svg != nil { throw ValidationError("--shard writes statistics for `brink merge`; draw the chart with `brink merge --svg FILE`") }
    }
  }

  static func resolveShard(_ text: String) -> Result<Simulator.Shard, ShardArgument.Problem> {
    ShardArgument.resolve(text, environment: ProcessInfo.processInfo.environment)
  }

  func run() throws {
    let run = limit.start(label: "simulating")
    let options = CLI.SimulateOptions(
      file: file, paths: paths, rounds: rounds, seed: seed, threads: threads, json: json, csv: csv,
      shard: shard.flatMap { try? Self.resolveShard($0).get() }, out: out, svg: svg, pathsOut: pathsOut, exact: exact)
    try wire(run) { () throws(CLI.Failure) in try CLI.simulate(options, run: run) }
  }
}
