import BrinkCore
import BrinkFormats
import Foundation

extension CLI {
  /// What `brink simulate` was asked for (its options, checked by the executable).
  public struct SimulateOptions {
    public var file: String?
    public var paths: Int
    public var rounds: Int?
    public var seed: UInt64
    public var threads: Int?
    public var json: Bool
    public var csv: Bool
    public var shard: Simulator.Shard?
    public var out: String?
    public var svg: String?
    public var pathsOut: String?
    /// `--exact`: the outcome and state tables from the chain too (alone when `paths` is 0).
    public var exact: Bool

    public init(file: String?, paths: Int, rounds: Int?, seed: UInt64, threads: Int?, json: Bool, csv: Bool,
                shard: Simulator.Shard?, out: String?, svg: String?, pathsOut: String?, exact: Bool = false) {
      self.file = file
      self.paths = paths
      self.rounds = rounds
      self.seed = seed
      self.threads = threads
      self.json = json
      self.csv = csv
      self.shard = shard
      self.out = out
      self.svg = svg
      self.pathsOut = pathsOut
      self.exact = exact
    }
  }

  /// `brink simulate`: reads the scenario (once), solves and compiles it, samples the
  /// paths (or traces them into `--paths-out`), and writes the report or the shard.
  /// The whole command runs under `run`: a stop during the solve ends it with no
  /// report; a stop during the sampling reports the paths completed, then ends it
  /// with status 124 (deadline) or 130 (Ctrl-C).
  public static func simulate(_ o: SimulateOptions, run: Run) throws(Failure) {
    try checkOutputs([("--out", o.out), ("--svg", o.svg), ("--paths-out", o.pathsOut)], inputs: o.file.map { [$0] } ?? [])
    let (doc, text) = try scenario(o.file)
    if doc.scenario.hasTypes { return try simulateTyped(o, doc, run: run) }
    let prepared = try SimulationSetup.prepare(doc, rounds: o.rounds, run: run)
    let exact = o.exact ? try SimulationSetup.exact(prepared, run: run) : nil
    if let exact, o.paths == 0 { return try SimulationSetup.emitExact(exact, prepared, json: o.json, csv: o.csv, to: o.out) }
    let threadCount = o.threads ?? ProcessInfo.processInfo.activeProcessorCount
    let statistics: SimulationStatistics
    if let pathsOut = o.pathsOut {
      let scenario = prepared.document.scenario
      let csv = PathsCSV(ladder: prepared.ladder, stateNames: prepared.compiled.scenarioStates.map { scenario.states[$0].name },
                         players: scenario.players)
      statistics = try PathsOutput.run(
        prepared.ladder, csv: csv, paths: o.paths, seed: o.seed, threads: threadCount, shard: o.shard, to: pathsOut,
        shouldContinue: run.control.shouldContinue, progress: run.control.progress)
    } else {
      statistics = Simulator.run(
        prepared.ladder, paths: o.paths, seed: o.seed, threads: threadCount, shard: o.shard,
        shouldContinue: run.control.shouldContinue, progress: run.control.progress)
    }
    run.clearProgress()
    let stopped = run.stop.map {
      run.failure($0, detail: ": reporting the \(statistics.pathsCompleted) paths completed of \(statistics.pathsRequested)")
    }
    // Said before the report, so it is not lost when the report is long.
    if let message = stopped?.message { diagnose(message) }
    if let pathsOut = o.pathsOut, statistics.isPartial {
      let n = statistics.pathsCompleted, first = statistics.pathRanges.first?[0] ?? 0
      diagnose(n == 0 ? "note: \(pathsOut) holds no paths, only the header"
                      : "note: \(pathsOut) holds the same \(n) paths (\(first) to \(first + n - 1))")
    }
    for note in prepared.approximations { diagnose("note: \(note)") }
    if let slice = o.shard {
      let shardFile = ShardFile(scenarioFile: doc.file, scenarioText: text, rounds: o.rounds, paths: o.paths, seed: o.seed,
                                shard: [slice.index, slice.count], statistics: statistics)
      try SimulationSetup.emit(shardFile.encoded(), to: o.out)
    } else {
      try SimulationSetup.emitReport(statistics, prepared, json: o.json, csv: o.csv, svg: o.svg, exact: exact, to: o.out)
    }
    if let stopped { throw Failure(status: stopped.status) }
  }

  /// The scenario a command names (or the built-in default) and its text, read once;
  /// every diagnostic goes to standard error, and the command ends with status 1.
  static func scenario(_ file: String?) throws(Failure) -> (ScenarioDocument, String) {
    guard let file else { return (ScenarioReader.builtIn(), ScenarioReader.builtInText) }
    do {
      let text = try ScenarioReader.text(contentsOf: file)
      return (try ScenarioReader.read(text, file: file), text)
    } catch {
      diagnose(error.description)
      throw .failed
    }
  }
}
