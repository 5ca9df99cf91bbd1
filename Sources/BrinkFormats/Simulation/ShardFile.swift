import BrinkCore
import Foundation

/// What `brink simulate --shard k/n` writes and `brink merge` reads: one slice of a
/// run's statistics, with everything needed to rebuild the same ladder (the
/// scenario's text and the run's options), so shards can be merged anywhere,
/// whatever files exist there. JSON, with sorted keys.
public struct ShardFile: Codable, Sendable, Equatable {
  public static let formatName = "brink-shard/1"

  public var format: String
  /// The brink that wrote it (`BrinkVersion.current`); nil in files written before
  /// the field existed.
  public var brink: String?
  /// The scenario's name in diagnostics (its path when it was run).
  public var scenarioFile: String
  /// The scenario's full text.
  public var scenarioText: String
  /// `--rounds`, when given.
  public var rounds: Int?
  /// Paths in the whole run.
  public var paths: Int
  public var seed: UInt64
  /// `[k, n]`: this is slice `k` of `n`.
  public var shard: [Int]
  public var statistics: SimulationStatistics

  public init(scenarioFile: String, scenarioText: String, rounds: Int?, paths: Int, seed: UInt64,
              shard: [Int], statistics: SimulationStatistics) {
    format = Self.formatName
    brink = BrinkVersion.current
    self.scenarioFile = scenarioFile
    self.scenarioText = scenarioText
    self.rounds = rounds
    self.paths = paths
    self.seed = seed
    self.shard = shard
    self.statistics = statistics
  }

  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
  }

  /// The keys whose numbers may be fractions (`SimulationStatistics`' scales).
  static let fractionKeys: Set<String> = ["payoffScale", "scale"]

  /// Reads a shard file; a problem is one diagnostic at the value it is about
  /// (`JSONLocator`), or at the file's start when it names no value.
  public static func read(_ text: String, file: String) throws(DiagnosticList) -> ShardFile {
    let locator = JSONLocator(text)
    func fail(_ field: String?, _ message: String) -> DiagnosticList {
      DiagnosticList([Diagnostic(at: locator.location(ofField: field, file: file), message)], source: nil)
    }
    let shard: ShardFile
    do {
      shard = try JSONDecoder().decode(ShardFile.self, from: Data(text.utf8))
    } catch {
      let (at, reason) = locator.diagnose(error, file: file, fractionKeys: fractionKeys)
      throw DiagnosticList([Diagnostic(at: at, "not a brink shard file: \(reason)")], source: nil)
    }
    guard shard.format == formatName else {
      throw fail("format", "unsupported shard format in 'format': '\(shard.format)'; this brink reads '\(formatName)'")
    }
    guard shard.shard.count == 2, let slice = Simulator.Shard(index: shard.shard[0], count: shard.shard[1]) else {
      throw fail("shard", "bad shard number in 'shard': \(shard.shard)")
    }
    if let problem = shard.inconsistency(slice) { throw fail(problem.field, "invalid shard: \(problem.message)") }
    return shard
  }

  /// The run-level checks (the options, and this slice's share of the paths),
  /// then the statistics' own (`SimulationStatistics.inconsistency`).
  func inconsistency(_ slice: Simulator.Shard) -> JSONFieldProblem? {
    func bad(_ field: String, _ reason: String) -> JSONFieldProblem { JSONFieldProblem(field, "'\(field)' \(reason)") }
    guard (1...Simulator.maximumPaths).contains(paths) else {
      return bad("paths", "must be between 1 and \(Simulator.maximumPaths), not \(paths)")
    }
    if let rounds, !(1...Limits.maximumRounds).contains(rounds) {
      return bad("rounds", "must be between 1 and \(Limits.maximumRounds), not \(rounds)")
    }
    guard statistics.seed == seed else { return bad("statistics.seed", "(\(statistics.seed)) is not the run's seed (\(seed))") }
    let range = slice.range(of: paths)
    guard statistics.pathsRequested == range.count else {
      return bad("statistics.pathsRequested", "must be shard \(slice.index)/\(slice.count)'s \(range.count) paths, not \(statistics.pathsRequested)")
    }
    if let problem = statistics.inconsistency() { return bad("statistics.\(problem.field)", problem.reason) }
    if let outside = statistics.pathRanges.firstIndex(where: { $0[0] < range.lowerBound || $0[1] > range.upperBound }) {
      return bad("statistics.pathRanges[\(outside)]", "lies outside shard \(slice.index)/\(slice.count) (paths \(range.lowerBound)..<\(range.upperBound))")
    }
    return nil
  }
}
