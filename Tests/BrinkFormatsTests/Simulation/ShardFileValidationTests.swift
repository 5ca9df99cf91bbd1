import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// `ShardFile.read` validates every shard fully: a damaged or hand-made file is a
/// diagnostic naming the file and the field, never a trap in the merge or the
/// summary (issue 16: SIGILL on an index out of range, overflow in `CappedCounts`).
@Suite struct ShardFileValidationTests {
  /// Shard 1 of 2 of a 300-path run of the built-in scenario, and its ladder.
  static let fixture: (shard: ShardFile, compiled: CompiledScenario) = {
    let doc = ScenarioReader.builtIn()
    let compiled = try! EscalationSolver.solve(doc.scenario).compiledScenario()
    let slice = Simulator.Shard(index: 1, count: 2)!
    let statistics = Simulator.run(compiled.ladder, paths: 300, seed: 5, shard: slice)
    let shard = ShardFile(scenarioFile: doc.file, scenarioText: ScenarioReader.builtInText, rounds: nil, paths: 300,
                          seed: 5, shard: [1, 2], statistics: statistics)
    return (shard, compiled)
  }()

  static func json(_ edit: (inout [String: Any], inout [String: Any]) -> Void) -> String {
    var top = try! JSONSerialization.jsonObject(with: Data(fixture.shard.encoded().utf8)) as! [String: Any]
    var statistics = top["statistics"] as! [String: Any]
    edit(&top, &statistics)
    top["statistics"] = statistics
    return String(decoding: try! JSONSerialization.data(withJSONObject: top), as: UTF8.self)
  }

  func message(_ text: String) -> String? {
    do {
      _ = try ShardFile.read(text, file: "s.json")
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aShardAsWrittenReads() throws {
    let shard = try ShardFile.read(Self.fixture.shard.encoded(), file: "s.json")
    #expect(shard == Self.fixture.shard)
    #expect(shard.brink == BrinkVersion.current)
    #expect(shard.statistics.mismatch(with: Self.fixture.compiled.ladder) == nil)
  }

  @Test func eachDamageIsAFileAndFieldError() {
    let cases: [(String, (inout [String: Any], inout [String: Any]) -> Void)] = [
      ("'statistics.occupancy[0]' has", { _, s in s["occupancy"] = [[1]] + ((s["occupancy"] as! [[Int]]).dropFirst()) }),
      ("'statistics.occupancy[", { _, s in var o = s["occupancy"] as! [[Int]]; o[2][0] = -5; s["occupancy"] = o }),
      ("'statistics.occupancy' has", { _, s in s["occupancy"] = [] as [[Int]] }),
      ("'statistics.pathsCompleted'", { _, s in s["pathsCompleted"] = 9_000 }),
      ("'statistics.pathRanges' cover", { _, s in s["pathRanges"] = [[0, 10]] }),
      ("'statistics.pathRanges[0]'", { _, s in s["pathRanges"] = [[150, 0]] }),
      ("'statistics.absorbed' and horizonEnd", { _, s in
        var h = s["horizonEnd"] as! [Int]; h[0] = h[0] > 0 ? h[0] - 1 : 1; s["horizonEnd"] = h }),
      ("'statistics.rounds'", { _, s in s["rounds"] = 0 }),
      ("'statistics.stateCount'", { _, s in s["stateCount"] = Int.max }),
      ("'statistics.payoffScale'", { _, s in s["payoffScale"] = 0 }),
      ("'statistics.pathRounds'", { _, s in s["pathRounds"] = Int.max }),
      ("'statistics.seed'", { _, s in s["seed"] = 6 }),
      ("'statistics.pathsRequested' must be shard 1/2's 150 paths", { _, s in s["pathsRequested"] = 300 }),
      ("'paths' must be between", { t, _ in t["paths"] = 0 }),
      ("bad shard number", { t, _ in t["shard"] = [3, 2] }),
      ("not a brink shard file", { _, s in
        var p = s["paths"] as! [String: Any]; p["entries"] = [[1, 2, UInt64.max]]; s["paths"] = p }),
      ("not a brink shard file", { _, s in
        var p = s["paths"] as! [String: Any]; p["coarsening"] = ["pathPrefix": ["_0": ["bits": Int.max, "maxLength": 24]]]; s["paths"] = p }),
    ]
    for (expected, edit) in cases {
      let text = Self.json(edit)
      let got = message(text)
      #expect(got?.hasPrefix("s.json:1:") == true && got?.contains(": error: ") == true, "\(expected): \(got ?? "accepted")")
      #expect(got?.contains(expected) == true, "\(expected): \(got ?? "accepted")")
    }
  }

  /// The diagnostic points at the value it is about: the column of a damaged
  /// field's value in the (one-line) file, for a decoding error and a validation one.
  @Test func theErrorIsPlacedAtTheField() {
    for (field, value, expected) in [("pathsCompleted", "1.5", "'statistics.pathsCompleted': 1.5 is not a whole number"),
                                     ("rounds", "0", "'statistics.rounds' must be between"),
                                     ("stateCount", "\"x\"", "'statistics.stateCount' should be a whole number")] {
      let base = Self.json { _, s in s[field] = 424_242 }
      let text = base.replacingOccurrences(of: "424242", with: value)
      let column = text.unicodeScalars.distance(from: text.startIndex, to: text.range(of: "\"\(field)\":\(value)")!.lowerBound) + field.count + 4
      let got = message(text) ?? "accepted"
      #expect(got.hasPrefix("s.json:1:\(column): error: "), "\(got)")
      #expect(got.contains(expected), "\(got)")
    }
  }

  /// A small fuzz of the decoder and the merge: numbers in a valid shard replaced
  /// by extreme values, characters dropped; whatever reads must merge and
  /// summarise without a trap (the process would die here).
  @Test func mutatedShardsNeverTrap() throws {
    let text = Array(Self.fixture.shard.encoded().utf8)
    let extremes = ["-1", "0", "1", "9223372036854775807", "-9223372036854775808", "18446744073709551615", "1e308", "4096", "151"]
    var rng = SplitMix64(seed: 16)
    var accepted = 0
    for _ in 0..<400 {
      var bytes = text
      for _ in 0..<(1 + Int(rng.next() % 3)) {
        let at = Int(rng.next() % UInt64(bytes.count))
        if rng.next() % 4 == 0 {
          bytes.remove(at: at)
        } else if let digit = bytes[at...].firstIndex(where: { (48...57).contains($0) }) {
          var end = digit
          while end < bytes.count && (48...57).contains(bytes[end]) { end += 1 }
          bytes.replaceSubrange(digit..<end, with: Array(extremes[Int(rng.next() % UInt64(extremes.count))].utf8))
        }
      }
      guard let shard = try? ShardFile.read(String(decoding: bytes, as: UTF8.self), file: "m.json") else { continue }
      accepted += 1
      let ladder = Self.fixture.compiled.ladder
      guard shard.statistics.mismatch(with: ladder) == nil else { continue }
      var merged = shard.statistics
      if !shard.statistics.pathRanges.isEmpty {
        #expect(throws: MergeError.self) { try merged.merge(shard.statistics) }
      }
      _ = Self.fixture.compiled.summary(shard.statistics, scenario: ScenarioReader.builtIn().scenario)
    }
    #expect(accepted < 400)
  }
}
