import ArgumentParser
import BrinkCore
import BrinkFormats
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
      combines the n shard files into exactly the report of the whole run.
      """)

  @Argument(help: "A scenario file (YAML); the built-in default when omitted.")
  var file: String?

  @Option(help: "Paths to sample.")
  var paths: Int = 10_000

  @Option(help: "Rounds to play (default: the scenario's horizon).")
  var rounds: Int?

  @Option(help: "Seed of the random streams.")
  var seed: UInt64 = 1

  @Option(help: "Worker threads (the result does not depend on them; default: all cores).")
  var threads: Int?

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Flag(help: "Print the report as CSV (table,row,column,value).")
  var csv = false

  @Option(help: "Run only slice k of n (e.g. 2/8) and write its statistics for `brink merge`.")
  var shard: String?

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @Option(help: ArgumentHelp("Also draw the run as an SVG image: state probabilities by round, outcomes with 95% intervals.",
                             valueName: "file"))
  var svg: String?

  @OptionGroup var limit: TimeoutOption

  func validate() throws {
    guard paths >= 1 else { throw ValidationError("--paths must be at least 1") }
    if let rounds, !(1...100_000).contains(rounds) { throw ValidationError("--rounds must be between 1 and 100000") }
    if let threads, !(1...256).contains(threads) { throw ValidationError("--threads must be between 1 and 256") }
    if json && csv { throw ValidationError("give --json or --csv, not both") }
    if let shard {
      guard Self.parseShard(shard) != nil else { throw ValidationError("--shard must be k/n with 1 <= k <= n, e.g. 2/8") }
      if json || csv { throw ValidationError("--shard writes statistics for `brink merge`; --json and --csv apply to the report") }
      if svg != nil { throw ValidationError("--shard writes statistics for `brink merge`; draw the chart with `brink merge --svg FILE`") }
    }
  }

  static func parseShard(_ text: String) -> Simulator.Shard? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    return Simulator.Shard(index: k, count: n)
  }

  func run() throws {
    let doc = try ScenarioLoading.load(file)
    Interrupt.install()
    defer { Interrupt.restore() }
    let prepared = try SimulationSetup.prepare(doc, rounds: rounds)
    let bar = ProgressBar(label: "simulating")
    let deadline = limit.start()
    let statistics = Simulator.run(
      prepared.ladder, paths: paths, seed: seed,
      threads: threads ?? ProcessInfo.processInfo.activeProcessorCount,
      shard: shard.flatMap(Self.parseShard),
      shouldContinue: { !Interrupt.wasReceived && !(deadline?.expired ?? false) },
      progress: { bar.update(done: $0, total: $1) })
    bar.finish()
    if Interrupt.wasReceived {
      printError("interrupted: reporting the \(statistics.pathsCompleted) paths completed of \(statistics.pathsRequested)")
    }
    if let deadline, deadline.expired {
      printError("brink: error: \(deadline.message): reporting the \(statistics.pathsCompleted) paths completed of \(statistics.pathsRequested)")
    }
    for note in prepared.approximations { printError("note: \(note)") }
    if let shard, let slice = Self.parseShard(shard) {
      let text = try (file.map { try String(contentsOfFile: $0, encoding: .utf8) }) ?? ScenarioReader.builtInText
      let shardFile = ShardFile(scenarioFile: doc.file, scenarioText: text, rounds: rounds, paths: paths, seed: seed,
                                shard: [slice.index, slice.count], statistics: statistics)
      try SimulationSetup.emit(shardFile.encoded(), to: out)
      if deadline?.expired ?? false { throw ExitCode(Deadline.exitStatus) }
      return
    }
    try SimulationSetup.emitReport(statistics, prepared, json: json, csv: csv, svg: svg, to: out)
    if deadline?.expired ?? false { throw ExitCode(Deadline.exitStatus) }
  }
}
