import Foundation
import Testing

/// `brink simulate --paths-out FILE` end to end: one CSV line per path, in order,
/// the same bytes for any thread count, the report unchanged, shards, stops, errors.
@Suite("brink simulate --paths-out (end to end)")
struct SimulatePathsOutTests {
  static let geneva = SimulateCommandTests.geneva

  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-paths-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static func lines(_ path: String) throws -> [Substring] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
  }

  @Test("a header, one line per path in index order, the same bytes for 1 and 2 threads")
  func smallRun() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let one = folder.appendingPathComponent("one.csv").path, two = folder.appendingPathComponent("two.csv").path
    let a = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "2500", "--seed", "4", "--threads", "1", "--paths-out", one])
    let b = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "2500", "--seed", "4", "--threads", "2", "--paths-out", two])
    #expect(a.status == 0 && b.status == 0)
    #expect(a.stderr == "")
    let bytesOne = try Data(contentsOf: URL(fileURLWithPath: one)), bytesTwo = try Data(contentsOf: URL(fileURLWithPath: two))
    #expect(bytesOne == bytesTwo)
    let lines = try Self.lines(one)
    #expect(lines.count == 2502 && lines.last == "")  // header, 2500 paths, final newline
    #expect(lines[0] == "path,outcome,rounds,states,moves,effects,US payoff,China payoff,us_tariff,china_tariff")
    for (i, line) in lines.dropFirst().dropLast().enumerated() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      #expect(fields.count == 10 && fields[0] == "\(i)", "\(line)")
      let states = fields[3].split(separator: ">")
      #expect(Int(fields[2]) == states.count - 1 && states.last == fields[1], "\(line)")
      #expect(fields[4].split(separator: ">").count == states.count - 1, "\(line)")
    }
    let again = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "2500", "--seed", "4", "--paths-out", one])
    let linesAgain = try Self.lines(one)
    #expect(again.stdout == a.stdout && linesAgain == lines)
  }

  /// With --paths-out the report is tallied from the traced paths: it must be the
  /// simulator's report, byte for byte (the scenarios quick to solve in a debug build).
  @Test("the report is the same with and without --paths-out", arguments: [
    "geneva-truce-2025-05.yaml", "prisoners-dilemma.yaml", "chicken.yaml", "deterrence.yaml", "stag-hunt.yaml",
  ])
  func sameReport(_ name: String) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("paths.csv").path
    let scenario = CheckCommandTests.scenario(name)
    let plain = try BrinkProcess.run(["simulate", scenario, "--paths", "3000", "--seed", "11", "--json"])
    let traced = try BrinkProcess.run(["simulate", scenario, "--paths", "3000", "--seed", "11", "--json", "--paths-out", file])
    #expect(plain.status == 0 && traced.status == 0)
    #expect(traced.stdout == plain.stdout)
    #expect(try Self.lines(file).count == 3002)
  }

  @Test("with --shard the file holds that shard's paths")
  func shard() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let whole = folder.appendingPathComponent("whole.csv").path, part = folder.appendingPathComponent("part.csv").path
    let shardJSON = folder.appendingPathComponent("shard.json").path
    #expect(try BrinkProcess.run(["simulate", Self.geneva, "--paths", "300", "--paths-out", whole]).status == 0)
    let run = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "300", "--shard", "2/3", "--out", shardJSON,
                                    "--paths-out", part])
    #expect(run.status == 0)
    let all = try Self.lines(whole), mine = try Self.lines(part)
    #expect(mine.first == all.first)
    #expect(Array(mine.dropFirst()) == Array(all[101...200]) + [""])  // paths 100..<200, final newline
  }

  @Test("an unwritable place is an error before the run (exit 1)")
  func unwritable() throws {
    let run = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "10", "--paths-out", "/nonexistent-brink/p.csv"])
    #expect(run.status == 1)
    #expect(run.stderr == "/nonexistent-brink/p.csv: error: cannot write the file: No such file or directory\n")
    #expect(run.stdout == "")
  }

  @Test("--timeout: the file holds exactly the paths the report counts (exit 124)")
  func timeout() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("paths.csv").path
    let run = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "2000000000", "--threads", "1", "--timeout", "1",
                                    "--paths-out", file, "--json"])
    #expect(run.status == 124)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let completed = try #require(object["pathsCompleted"] as? Int)
    #expect(completed > 0)
    let lines = try Self.lines(file)
    #expect(lines.count == completed + 2)
    #expect(lines[lines.count - 2].hasPrefix("\(completed - 1),"))
    #expect(run.stderr.contains("note: \(file) holds the same \(completed) paths (0 to \(completed - 1))"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }
}
