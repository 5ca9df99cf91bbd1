import ArgumentParser
import BrinkCore
import BrinkFormats
import BrinkREPL
import Foundation

/// `brink sweep FILE KIND ARGUMENTS...`: the REPL's `sweep` from the shell, on the
/// scenario at its start; `--shard k/n` computes one shard's part of it for
/// `brink merge` (Docs/scaling.md).
struct SweepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: CLI.sweepAbstract,
    usage: "brink sweep FILE \(CLI.sweepUsage.replacingOccurrences(of: "sweep ", with: "")) [--json] [--out FILE] [--shard k/n|auto[/n]] [--timeout SECONDS]",
    discussion: CLI.sweepDiscussion + """


      From the shell, the sweep starts at the scenario's first round. The output is \
      the REPL's text (with --json, its lines in a document that says whether the \
      sweep was complete). Ctrl-C or --timeout prints the part finished and exits \
      with status 130 or 124.

      With --shard k/n, only shard k's part is computed and written as JSON for \
      `brink merge`, which prints exactly the single run's output. A sweep located \
      by bisection (discount; a probability whose state can be reached again) is \
      split into n contiguous blocks of its 20 grid steps, each with the bisection \
      inside it; a logit path (lambda) into n blocks of its 12 values of lambda; any \
      other sweep is not split: shard 1 computes it. --shard auto \
      reads a Slurm job array or a Kubernetes Indexed Job as `brink simulate` does.
      """)

  @Argument(help: "A scenario file (YAML).")
  var file: String

  // `.allUnrecognized`: `sweep payoff ... -20 5` takes negative numbers as values.
  @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What to sweep and its arguments, as in the REPL.", valueName: "kind-and-arguments"))
  var arguments: [String] = []

  @Flag(help: "Print the sweep as JSON.")
  var json = false

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @Option(help: ArgumentHelp("Compute only shard k of n (e.g. 2/8, or auto: from the job array) and write it for `brink merge`.",
                             valueName: "k/n|auto[/n]"))
  var shard: String?

  @OptionGroup var limit: TimeoutOption

  func validate() throws {
    if arguments.isEmpty { throw ValidationError("give what to sweep: \(CLI.sweepUsage)") }
    if let shard {
      switch SimulateCommand.resolveShard(shard) {
      case .failure(let problem): throw ValidationError(problem.description)
      case .success(let slice) where slice.count > SweepShardFile.maximumShards:
        throw ValidationError("--shard: a sweep is split into at most \(SweepShardFile.maximumShards) shards, not \(slice.count)")
      case .success: break
      }
      if json { throw ValidationError("--shard writes the shard for `brink merge`; --json applies to the merged sweep") }
    }
  }

  func run() throws {
    let run = limit.start(label: "sweeping")
    let options = CLI.SweepOptions(file: file, arguments: arguments, json: json, out: out,
                                   shard: shard.flatMap { try? SimulateCommand.resolveShard($0).get() })
    try wire(run) { () throws(CLI.Failure) in try CLI.sweep(options, run: run) }
  }
}
