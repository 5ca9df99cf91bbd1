import Foundation
import Testing

/// The REPL's `export` and the command-line tool write the same documents for the
/// same scenario, seed and number of paths: `export simulation json|csv` as
/// `brink simulate --json/--csv`, `export chart` as `brink simulate --svg`,
/// `export solution json` as `brink solve --json`. Run end to end, through the binary.
@Suite("export and --svg (end to end)")
struct ExportCommandTests {
  static let geneva = CheckCommandTests.scenario("geneva-truce-2025-05.yaml")

  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("brink-export-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  @Test("the REPL's files equal the CLI's, byte for byte")
  func replEqualsCLI() throws {
    let f = try Folder()
    let script = "load \(Self.geneva); set seed 5; simulate 3000; export simulation json \(f.path("repl.json")); "
      + "export simulation csv \(f.path("repl.csv")); export chart \(f.path("repl.svg")); solve; "
      + "export solution json \(f.path("repl-solution.json"))"
    let repl = try BrinkProcess.run(["-c", script])
    #expect(repl.status == 0, "\(repl.stderr)")
    let json = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "3000", "--seed", "5", "--json",
                                     "--out", f.path("cli.json"), "--svg", f.path("cli.svg")])
    #expect(json.status == 0, "\(json.stderr)")
    let csv = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "3000", "--seed", "5", "--csv", "--threads", "1"])
    let solve = try BrinkProcess.run(["solve", Self.geneva, "--json"])
    #expect(try f.read("repl.json") == f.read("cli.json"))
    #expect(try f.read("repl.csv") == csv.stdout)
    #expect(try f.read("repl.svg") == f.read("cli.svg"))
    #expect(try f.read("repl-solution.json") == solve.stdout)
    #expect(try f.read("cli.svg").hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
  }

  @Test("a plain game's solution equals brink solve --json of its .nfg file")
  func plainGameSolution() throws {
    let f = try Folder()
    for name in ["battle-of-the-sexes.nfg", "von-stengel-degenerate.nfg"] {
      let game = BrinkProcess.fixture(name)
      let repl = try BrinkProcess.run(["-c", "load \(game); solve; export solution json \(f.path(name + ".json"))"])
      #expect(repl.status == 0, "\(repl.stderr)")
      let cli = try BrinkProcess.run(["solve", game, "--json"])
      #expect(try f.read(name + ".json") == cli.stdout, "\(name)")
    }
  }

  @Test("--svg keeps the report on standard output, and merge draws the same chart as one run")
  func svgAlongsideTheReport() throws {
    let f = try Folder()
    let whole = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "2000", "--seed", "9", "--svg", f.path("whole.svg")])
    #expect(whole.status == 0)
    #expect(whole.stdout.hasPrefix("Simulation of geneva-truce-2025-05"))
    for k in 1...2 {
      let shard = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "2000", "--seed", "9", "--shard", "\(k)/2",
                                        "--out", f.path("\(k).shard")])
      #expect(shard.status == 0)
    }
    let merged = try BrinkProcess.run(["merge", f.path("1.shard"), f.path("2.shard"), "--svg", f.path("merged.svg")])
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stdout == whole.stdout)
    #expect(try f.read("merged.svg") == f.read("whole.svg"))
  }

  @Test("--svg with --shard is a usage error; an unwritable --svg exits 1")
  func svgErrors() throws {
    let shard = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "10", "--shard", "1/2", "--svg", "x.svg"])
    #expect(shard.status == 2)
    #expect(shard.stderr.contains("draw the chart with `brink merge --svg FILE`"))
    let bad = try BrinkProcess.run(["simulate", Self.geneva, "--paths", "10", "--svg", "/nonexistent-dir/x.svg"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("/nonexistent-dir/x.svg: error: cannot write the file"))
  }
}
