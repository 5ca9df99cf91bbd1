import Foundation
import Testing

/// The engine's answers pinned before the "one engine" rewrite (issue 9): for every
/// scenario of the library, `brink solve --json` and `brink simulate --json` (seed 7,
/// 20,000 paths, at 1 and at 2 threads) must print exactly what the recordings in
/// `Golden/` hold. A change that alters an answer on purpose re-records them
/// (`BRINK_RECORD_GOLDEN=1 swift test --filter EngineGolden`) and says why in its commit.
///
/// The 2018–2019 tariff rounds take a minute in a debug build; they are compared
/// when `BRINK_GOLDEN_SLOW=1` (`make golden` runs every scenario on a release build).
@Suite("Engine answers stay byte-identical (Golden/)")
struct EngineGoldenTests {
  static let slow: Set<String> = ["tariff-rounds-2018-2019"]
  static let scenarios: [String] = {
    let directory = BrinkProcess.packageRoot.appendingPathComponent("Scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }()
  static var recording: Bool { ProcessInfo.processInfo.environment["BRINK_RECORD_GOLDEN"] == "1" }
  static var includeSlow: Bool { ProcessInfo.processInfo.environment["BRINK_GOLDEN_SLOW"] == "1" || recording }

  static func golden(_ name: String) -> URL {
    BrinkProcess.packageRoot.appendingPathComponent("Tests/brinkTests/Golden/\(name)")
  }

  /// Runs brink from the package root, so the file names in the JSON are relative.
  static func output(_ arguments: [String]) throws -> String {
    let run = try BrinkProcess.run(arguments, directory: BrinkProcess.packageRoot)
    #expect(run.status == 0, "brink \(arguments.joined(separator: " ")): \(run.stderr)")
    return run.stdout
  }

  static func check(_ text: String, against name: String) throws {
    let url = golden(name)
    if recording {
      try Data(text.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "\(name) differs from its recording")
  }

  @Test("the library is recorded", arguments: [0])
  func libraryIsRecorded(_: Int) {
    #expect(Self.scenarios.count >= 8)
    for name in Self.scenarios {
      #expect(FileManager.default.fileExists(atPath: Self.golden("\(name).solve.json").path), "\(name) has no recording")
    }
  }

  @Test("solve --json is unchanged", arguments: scenarios)
  func solve(_ name: String) throws {
    guard Self.includeSlow || !Self.slow.contains(name) else { return }
    try Self.check(try Self.output(["solve", "--json", "Scenarios/\(name).yaml"]), against: "\(name).solve.json")
  }

  @Test("simulate --json is unchanged, at 1 and 2 threads", arguments: scenarios)
  func simulate(_ name: String) throws {
    guard Self.includeSlow || !Self.slow.contains(name) else { return }
    let common = ["simulate", "--json", "--paths", "20000", "--seed", "7", "Scenarios/\(name).yaml"]
    let one = try Self.output(common + ["--threads", "1"])
    try Self.check(one, against: "\(name).simulate.json")
    if !Self.recording {
      #expect(try Self.output(common + ["--threads", "2"]) == one)
    }
  }
}
