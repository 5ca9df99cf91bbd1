import BrinkCore
import BrinkFormats
import Foundation

extension CLI {
  /// `brink merge SHARD...`: combines the statistics of `brink simulate --shard k/n`
  /// runs into the report of the whole run (exactly: every statistic is an integer
  /// count or sum, so the merge does not depend on how the paths were split). The
  /// scenario stored in the shards is solved again (to check the ladder's
  /// fingerprint) under `run`, so Ctrl-C stops that too.
  public static func merge(shards: [String], json: Bool, csv: Bool, out: String?, svg: String?,
                           run: Run) throws(Failure) {
    var files: [ShardFile] = []
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
        files.append(try ShardFile.read(text, file: path))
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
    }
    let doc: ScenarioDocument
    do {
      doc = try ScenarioReader.read(first.scenarioText, file: first.scenarioFile)
    } catch {
      throw Failure(status: 1, message: error.description)
    }
    let prepared = try SimulationSetup.prepare(doc, rounds: first.rounds, run: run)
    let merged: SimulationStatistics?
    do {
      merged = try SimulationStatistics.merged(files.map(\.statistics))
    } catch {
      throw Failure(status: 1, message: "error: cannot merge: \(error)")
    }
    guard let statistics = merged else { throw .failed }
    guard statistics.ladderFingerprint == prepared.ladder.fingerprint else {
      throw Failure(status: 1, message: "error: the shards were made by a different build of the model (ladder fingerprints differ)")
    }
    let present = Set(files.map { $0.shard[0] })
    if present.count < first.shard[1] {
      let missing = (1...first.shard[1]).filter { !present.contains($0) }.map(String.init).joined(separator: ", ")
      diagnose("note: shards \(missing) of \(first.shard[1]) are missing: the report covers \(statistics.pathsCompleted) of \(first.paths) paths")
    }
    try SimulationSetup.emitReport(statistics, prepared, json: json, csv: csv, svg: svg, to: out)
  }
}
