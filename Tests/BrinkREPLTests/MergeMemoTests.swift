import BrinkCore
import BrinkFormats
import Foundation
import Testing

@testable import BrinkREPL

/// `CLI.MergeMemo` (issue 16: what the merge fuzz target passes to every merge): a
/// merge given a memo reports exactly what one without it reports, answers a shard
/// or scenario it has seen from the memo, and keeps no failure.
@Suite struct MergeMemoTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Shards 1/2 and 2/2 of a 60-path run of the deterrence scenario, written into `folder`.
  static func shards(in folder: URL) throws -> [String] {
    let path = root.appendingPathComponent("Scenarios/deterrence.yaml").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let doc = try ScenarioReader.read(text, file: "deterrence.yaml")
    let ladder = try EscalationSolver.solve(doc.scenario, needs: .strategies).compiledScenario().ladder
    return try (1...2).map { k in
      let statistics = Simulator.run(ladder, paths: 60, seed: 3, shard: Simulator.Shard(index: k, count: 2))
      let shard = ShardFile(scenarioFile: "deterrence.yaml", scenarioText: text, rounds: nil, paths: 60, seed: 3,
                            shard: [k, 2], statistics: statistics)
      let file = folder.appendingPathComponent("s\(k).json").path
      try shard.encoded().write(toFile: file, atomically: false, encoding: .utf8)
      return file
    }
  }

  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-merge-memo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The report `CLI.merge` writes for `shards`, or its failure's status.
  static func merge(_ shards: [String], json: Bool, in folder: URL, memo: CLI.MergeMemo?) -> (status: Int32, report: String?) {
    let out = folder.appendingPathComponent("report-\(UUID().uuidString)").path
    do {
      try CLI.merge(shards: shards, json: json, csv: false, out: out, svg: nil, memo: memo,
                    run: CLI.Run(timeout: nil, catchesInterrupt: false))
      return (0, try? String(contentsOfFile: out, encoding: .utf8))
    } catch {
      return (error.status, nil)
    }
  }

  @Test func aMergeWithAMemoReportsAsOneWithout() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let shards = try Self.shards(in: folder)
    let memo = CLI.MergeMemo()
    for json in [false, true] {
      let plain = Self.merge(shards, json: json, in: folder, memo: nil)
      #expect(plain.status == 0)
      #expect(plain.report != nil)
      for _ in 0..<2 {
        let kept = Self.merge(shards, json: json, in: folder, memo: memo)
        #expect(kept.status == plain.status)
        #expect(kept.report == plain.report)
      }
    }
    // Two shards and one scenario, each read or prepared once: every later call answered from the memo.
    #expect(memo.hits == 3 * 3)
    // In the other order, and one shard alone (a partial report, status 1), as without the memo.
    for list in [[shards[1], shards[0]], [shards[0]]] {
      let plain = Self.merge(list, json: true, in: folder, memo: nil), kept = Self.merge(list, json: true, in: folder, memo: memo)
      #expect(kept.status == plain.status)
      #expect(kept.report == plain.report)
    }
  }

  @Test func aFailureIsNotKept() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let shards = try Self.shards(in: folder)
    let memo = CLI.MergeMemo(limit: 2)
    let damaged = folder.appendingPathComponent("damaged.json").path
    let text = try String(contentsOfFile: shards[0], encoding: .utf8)
    let damagedText = text.replacingOccurrences(of: "\"paths\":60", with: "\"paths\":-1")
    #expect(damagedText != text)
    try damagedText.write(toFile: damaged, atomically: false, encoding: .utf8)
    for _ in 0..<2 {
      #expect(Self.merge([damaged, shards[1]], json: false, in: folder, memo: memo).status == 1)
    }
    #expect(memo.shards[damagedText] == nil)
    #expect(memo.prepared.isEmpty)
    // A good merge afterwards is still exact, and the table stays within its limit.
    #expect(Self.merge(shards, json: false, in: folder, memo: memo).report == Self.merge(shards, json: false, in: folder, memo: nil).report)
    #expect(memo.shards.count <= 2)
  }
}
