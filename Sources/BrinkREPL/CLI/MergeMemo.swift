import BrinkFormats

extension CLI {
  /// What `merge` keeps between calls in one process: each distinct shard text read
  /// once (`ShardFile.read`), each distinct scenario (its text, its file name and
  /// `--rounds`) read, solved and compiled once (`SimulationSetup.prepare`).
  ///
  /// `brink merge` runs once per process and passes none: each shard is read and
  /// the scenario prepared once per call anyway. A caller that merges again and
  /// again in one process (the `fuzz-merge` target, a million merges of shards of
  /// one run) passes one memo to every call, and the repeated work goes: the
  /// scenario's solve and compile were 28 % of that target's time, reading the
  /// unchanged shard 10 % (perf, 7 December 2026).
  ///
  /// Only successes are kept: reading and preparing are functions of the text
  /// (and the name, for diagnostics, and the rounds) alone, so a kept result is
  /// what the work would give again; an input that fails goes through the work
  /// and its diagnostics every time. Each table is emptied when it holds `limit`
  /// entries, so memory stays bounded. Not thread-safe: one memo per thread.
  public final class MergeMemo {
    struct ScenarioKey: Hashable {
      var text: String
      var file: String
      var rounds: Int?
    }

    let limit: Int
    var shards: [String: ShardFile] = [:]
    var prepared: [ScenarioKey: SimulationSetup.Prepared] = [:]
    /// How many reads and preparations were answered from the memo (for tests).
    public private(set) var hits = 0

    public init(limit: Int = 64) {
      precondition(limit > 0, "a memo of no entries")
      self.limit = limit
    }

    /// `ShardFile.read(text, file:)`, kept when it succeeds.
    func readShard(_ text: String, file: String) throws(DiagnosticList) -> ShardFile {
      if let kept = shards[text] {
        hits += 1
        return kept
      }
      let shard = try ShardFile.read(text, file: file)
      if shards.count >= limit { shards.removeAll(keepingCapacity: true) }
      shards[text] = shard
      return shard
    }

    /// The scenario `first` carries, read and prepared (`SimulationSetup.prepare`),
    /// kept when that succeeds.
    func prepare(_ first: ShardFile, run: Run) throws(Failure) -> SimulationSetup.Prepared {
      let key = ScenarioKey(text: first.scenarioText, file: first.scenarioFile, rounds: first.rounds)
      if let kept = prepared[key] {
        hits += 1
        return kept
      }
      let result = try CLI.prepareScenario(of: first, run: run)
      if prepared.count >= limit { prepared.removeAll(keepingCapacity: true) }
      prepared[key] = result
      return result
    }
  }
}
