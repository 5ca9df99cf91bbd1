import ArgumentParser
import BrinkCore
import BrinkFormats
import BrinkREPL
import Foundation

/// `brink merge SHARD...`: combines the statistics of `brink simulate --shard k/n`
/// runs into the report of the whole run (exactly: every statistic is an integer
/// count or sum, so the merge does not depend on how the paths were split).
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine shard files from `brink simulate --shard` into one report.")

  @Argument(help: "Shard files written by `brink simulate --shard k/n`.")
  var shards: [String]

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Flag(help: "Print the report as CSV (table,row,column,value).")
  var csv = false

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @Option(help: ArgumentHelp("Also draw the run as an SVG image: state probabilities by round, outcomes with 95% intervals.",
                             valueName: "file"))
  var svg: String?

  func validate() throws {
    if shards.isEmpty { throw ValidationError("give at least one shard file") }
    if json && csv { throw ValidationError("give --json or --csv, not both") }
  }

  func run() throws {
    var files: [ShardFile] = []
    var failed = false
    for path in shards {
      do {
        try InputFile.check(path)
      } catch {
        printError(error.description)
        failed = true
        continue
      }
      do {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          printError("\(path):1:1: error: cannot read the file")
          failed = true
          continue
        }
        files.append(try ShardFile.read(text, file: path))
      } catch {
        printError(error.description)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
    let first = files[0]
    for (path, f) in zip(shards, files).dropFirst() {
      guard f.scenarioText == first.scenarioText, f.rounds == first.rounds, f.paths == first.paths,
        f.seed == first.seed, f.shard[1] == first.shard[1]
      else {
        printError("\(path): error: this shard belongs to another run than \(shards[0]) (scenario, --paths, --rounds, --seed or shard count differ)")
        throw ExitCode(1)
      }
    }
    let doc: ScenarioDocument
    do {
      doc = try ScenarioReader.read(first.scenarioText, file: first.scenarioFile)
    } catch {
      printError(error.description)
      throw ExitCode(1)
    }
    Interrupt.install()
    defer { Interrupt.restore() }
    let prepared = try SimulationSetup.prepare(doc, rounds: first.rounds)
    let statistics: SimulationStatistics
    do {
      guard let merged = try SimulationStatistics.merged(files.map(\.statistics)) else { throw ExitCode(1) }
      statistics = merged
    } catch let error as MergeError {
      printError("error: cannot merge: \(error)")
      throw ExitCode(1)
    }
    guard statistics.ladderFingerprint == prepared.ladder.fingerprint else {
      printError("error: the shards were made by a different build of the model (ladder fingerprints differ)")
      throw ExitCode(1)
    }
    let present = Set(files.map { $0.shard[0] })
    if present.count < first.shard[1] {
      let missing = (1...first.shard[1]).filter { !present.contains($0) }.map(String.init).joined(separator: ", ")
      printError("note: shards \(missing) of \(first.shard[1]) are missing: the report covers \(statistics.pathsCompleted) of \(first.paths) paths")
    }
    try SimulationSetup.emitReport(statistics, prepared, json: json, csv: csv, svg: svg, to: out)
  }
}
