import BrinkCore
import BrinkFormats
import Foundation

extension CLI {
  /// `brink merge SHARD...`: combines the statistics of `brink simulate --shard k/n`
  /// runs into the report of the whole run (exactly: every statistic is an integer
  /// count or sum, so the merge does not depend on how the paths were split). The
  /// scenario stored in the shards is solved again (to check the ladder's
  /// fingerprint) under `run`, so Ctrl-C stops that too.
  ///
  /// Every shard is validated fully when read (`ShardFile.read`); the shards must
  /// be of one run (scenario text, options, brink version). Without some shards
  /// the report says so in its own data (`pathsRequested` of the whole run,
  /// `isPartial`, `missingShards`) and the command ends with status 1, unless
  /// `allowPartial`.
  ///
  /// `memo` keeps what was read and prepared for the next call in the same process
  /// (`MergeMemo`); the report is the same with it or without.
  public static func merge(shards: [String], json: Bool, csv: Bool, out: String?, svg: String?,
                           allowPartial: Bool = false, memo: MergeMemo? = nil, run: Run) throws(Failure) {
    try checkOutputs([("--out", out), ("--svg", svg)], inputs: shards)
    if areSweepShards(shards) { return try mergeSweep(shards: shards, json: json, csv: csv, svg: svg, out: out, allowPartial: allowPartial, run: run) }
    var files: [ShardFile] = []
    var texts: [String] = []
    var failed = false
    for path in shards {
      do {
        try InputFile.check(path)
      } catch {
        diagnose(error.description)
        failed = true
        continue
      }
      do {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          diagnose("\(path):1:1: error: cannot read the file")
          failed = true
          continue
        }
        let shard: ShardFile
        if let memo { shard = try memo.readShard(text, file: path) } else { shard = try ShardFile.read(text, file: path) }
        files.append(shard)
        texts.append(text)
      } catch {
        diagnose(error.description)
        failed = true
      }
    }
    if failed { throw .failed }
    let first = files[0]
    for (path, f) in zip(shards, files).dropFirst() {
      guard f.scenarioText == first.scenarioText, f.rounds == first.rounds, f.paths == first.paths,
        f.seed == first.seed, f.shard[1] == first.shard[1]
      else {
        throw Failure(status: 1, message: "\(path): error: this shard belongs to another run than \(shards[0]) (scenario, --paths, --rounds, --seed or shard count differ)")
      }
      guard f.brink == first.brink else {
        throw Failure(status: 1, message: "\(path): error: this shard was written by brink \(f.brink ?? "before 0.1.0"), \(shards[0]) by brink \(first.brink ?? "before 0.1.0")")
      }
    }
    let prepared: SimulationSetup.Prepared
    if let memo { prepared = try memo.prepare(first, run: run) } else { prepared = try prepareScenario(of: first, run: run) }
    // Each shard against the ladder its scenario compiles to, before any is
    // combined, so a damaged one is named with the field at its place.
    for (k, f) in files.enumerated() {
      guard let problem = f.statistics.mismatch(with: prepared.ladder) else { continue }
      if problem.field == "ladderFingerprint" {
        throw Failure(status: 1, message: "\(shards[k]): error: this shard was made by a different build of the model (ladder fingerprints differ)")
      }
      let message = "this shard does not fit the scenario it carries: 'statistics.\(problem.field)' \(problem.reason)"
      let at = JSONLocator(texts[k]).location(ofField: "statistics.\(problem.field)", file: shards[k])
      throw Failure(status: 1, message: "\(at): error: \(message)")
    }
    let merged: SimulationStatistics?
    do {
      merged = try SimulationStatistics.merged(files.map(\.statistics))
    } catch {
      throw Failure(status: 1, message: "error: cannot merge: \(error)")
    }
    guard var statistics = merged else { throw .failed }
    let present = Set(files.map { $0.shard[0] })
    var missing: [Int]? = nil
    if present.count < first.shard[1] {
      // The report is of the whole run, with what is missing in its own data.
      let absent = (1...first.shard[1]).filter { !present.contains($0) }
      missing = absent
      statistics.pathsRequested = first.paths
      let list = absent.map(String.init).joined(separator: ", ")
      diagnose("\(allowPartial ? "note" : "error"): shard\(absent.count == 1 ? "" : "s") \(list) of \(first.shard[1]) \(absent.count == 1 ? "is" : "are") missing: the report covers \(statistics.pathsCompleted) of \(first.paths) paths\(allowPartial ? "" : " (--allow-partial accepts it)")")
    }
    try SimulationSetup.emitReport(statistics, prepared, json: json, csv: csv, svg: svg, missingShards: missing, to: out)
    if missing != nil && !allowPartial { throw .failed }
  }

  /// The scenario a shard carries, read and then solved and compiled as `simulate`
  /// did (`SimulationSetup.prepare`, with the run's `--rounds`).
  static func prepareScenario(of shard: ShardFile, run: Run) throws(Failure) -> SimulationSetup.Prepared {
    let doc: ScenarioDocument
    do {
      doc = try ScenarioReader.read(shard.scenarioText, file: shard.scenarioFile)
    } catch {
      throw Failure(status: 1, message: error.description)
    }
    return try SimulationSetup.prepare(doc, rounds: shard.rounds, run: run)
  }
}
