import Foundation
import Testing

/// `brink simulate --shard k/n` and `brink merge`: the shards merge into exactly
/// the whole run's report, in any order.
@Suite("brink merge (end to end)")
struct MergeCommandTests {
  @Test("three shards merged in any order equal the whole run, byte for byte")
  func shardsMergeExactly() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-merge-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = SimulateCommandTests.geneva
    let common = ["--paths", "9001", "--seed", "11"]
    var shards: [String] = []
    for k in 1...3 {
      let path = folder.appendingPathComponent("s\(k).json").path
      let run = try BrinkProcess.run(["simulate", scenario] + common + ["--shard", "\(k)/3", "--out", path])
      #expect(run.status == 0)
      shards.append(path)
    }
    let whole = try BrinkProcess.run(["simulate", scenario] + common + ["--json"])
    let merged = try BrinkProcess.run(["merge", shards[2], shards[0], shards[1], "--json"])
    #expect(merged.status == 0)
    #expect(merged.stderr == "")
    #expect(merged.stdout == whole.stdout)
    let text = try BrinkProcess.run(["merge"] + shards)
    #expect(text.stdout == (try BrinkProcess.run(["simulate", scenario] + common)).stdout)

    // A missing shard is reported; the same shard twice is refused.
    // A missing shard: the report says so in its own data, and the exit status is 1
    // unless --allow-partial.
    let partial = try BrinkProcess.run(["merge", shards[0], shards[1], "--json"])
    #expect(partial.status == 1)
    #expect(partial.stderr == "error: shard 3 of 3 is missing: the report covers 6001 of 9001 paths (--allow-partial accepts it)\n")
    #expect(partial.stdout.contains("\"isPartial\" : true"))
    #expect(partial.stdout.contains("\"pathsRequested\" : 9001"))
    #expect(partial.stdout.contains("\"missingShards\" : [\n    3\n  ]"))
    let allowed = try BrinkProcess.run(["merge", shards[0], shards[1], "--allow-partial"])
    #expect(allowed.status == 0)
    #expect(allowed.stderr == "note: shard 3 of 3 is missing: the report covers 6001 of 9001 paths\n")
    #expect(allowed.stdout.contains(": 6001 paths of 9001 (shard 3 missing)"))
    let twice = try BrinkProcess.run(["merge", shards[0], shards[0]])
    #expect(twice.status == 1)
    #expect(twice.stderr.hasPrefix("error: cannot merge: paths 0..<"), "\(twice.stderr)")
    #expect(twice.stderr.contains(" are counted twice (a shard given twice?)"))
    #expect(!twice.stderr.contains("cannot merge: cannot merge"))
  }

  /// Found by fuzz-scenario: the shard check held each effect's firings to at most
  /// one per path, but a shock fires once a round, so the shards of any run whose
  /// shocks fire more than once a path were refused ("'statistics.effectFires[0]'
  /// must be between 0 and pathsCompleted"). Here a shock fires in every round.
  @Test("shards of a run whose shock fires every round merge")
  func effectFiringEveryRound() throws {
    let scenario = try BrinkProcess.temporaryFile("""
      format: brink-scenario/1
      name: busy-shock
      players:
        A: {moves: {hold: {posture: hold}}}
        B: {moves: {hold: {posture: hold}}}
      variables:
        x: 0
      calendar: {rounds: 5}
      states:
        s:
          moves: {A: [hold], B: [hold]}
          payoffs: {hold: [[0, 0]]}
      shocks:
        - {name: jolt, probability: 1, effects: {x: +1}}

      """, name: "busy-shock.yaml")
    let folder = URL(fileURLWithPath: scenario).deletingLastPathComponent()
    defer { try? FileManager.default.removeItem(at: folder) }
    var shards: [String] = []
    for k in 1...2 {
      let path = folder.appendingPathComponent("s\(k).json").path
      let run = try BrinkProcess.run(["simulate", scenario, "--paths", "10", "--shard", "\(k)/2", "--out", path])
      #expect(run.status == 0, "\(run.stderr)")
      shards.append(path)
    }
    let merged = try BrinkProcess.run(["merge", "--json"] + shards)
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stderr == "")
    #expect(merged.stdout == (try BrinkProcess.run(["simulate", scenario, "--paths", "10", "--json"])).stdout)
  }

  @Test("a file that is not a shard: a diagnostic, exit 1")
  func notAShard() throws {
    let bad = try BrinkProcess.temporaryFile("{\"format\": \"x\"}", name: "bad.json")
    defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: bad).deletingLastPathComponent().path) }
    let run = try BrinkProcess.run(["merge", bad])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("\(bad):1:1: error: not a brink shard file: '"))
    #expect(run.stderr.contains("' is missing"))
  }

  /// Issue 16: a shard whose numbers decode but do not fit the ladder its scenario
  /// compiles to (here a payoff scale edited by hand) is named, with the field at
  /// its line and column, before anything is combined.
  @Test("a shard that does not fit its scenario: file, field and place, exit 1")
  func shardThatDoesNotFit() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-merge-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var shards: [String] = []
    for k in 1...2 {
      let path = folder.appendingPathComponent("s\(k).json").path
      let run = try BrinkProcess.run(["simulate", SimulateCommandTests.geneva, "--paths", "40", "--shard", "\(k)/2", "--out", path])
      #expect(run.status == 0)
      shards.append(path)
    }
    let text = try String(contentsOfFile: shards[1], encoding: .utf8)
    let key = "\"payoffScale\":"
    let at = try #require(text.range(of: key))
    let end = text[at.upperBound...].firstIndex(where: { $0 == "," || $0 == "}" })!
    let edited = text.replacingCharacters(in: at.upperBound..<end, with: "0.5")
    try edited.write(toFile: shards[1], atomically: true, encoding: .utf8)
    let column = edited.unicodeScalars.distance(from: edited.startIndex, to: at.upperBound) + 1
    let run = try BrinkProcess.run(["merge"] + shards)
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("\(shards[1]):1:\(column): error: this shard does not fit the scenario it carries: 'statistics.payoffScale' is 0.5, not the ladder's "),
            "\(run.stderr)")
  }
}
