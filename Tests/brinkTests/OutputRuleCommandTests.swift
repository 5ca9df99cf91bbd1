import Foundation
import Testing

/// The output rule end to end: a command refuses to overwrite its own inputs or
/// to write two outputs to one file, before doing any work, and writes into a
/// device without replacing it.
@Suite("brink outputs (end to end)")
struct OutputRuleCommandTests {
  @Test("merge and simulate refuse an output that is an input or another output")
  func selfOverwriteRefused() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-outrule-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("s.yaml").path
    try String(contentsOfFile: SimulateCommandTests.pd, encoding: .utf8).write(toFile: scenario, atomically: false, encoding: .utf8)
    let original = try String(contentsOfFile: scenario, encoding: .utf8)

    let intoScenario = try BrinkProcess.run(["simulate", scenario, "--paths", "10", "--out", scenario])
    #expect(intoScenario.status == 1)
    #expect(intoScenario.stderr == "\(scenario): error: --out would overwrite a file the command uses: it is also an input of this command ('\(scenario)')\n")
    #expect(try String(contentsOfFile: scenario, encoding: .utf8) == original)

    let x = folder.appendingPathComponent("x.csv").path
    let twoOutputs = try BrinkProcess.run(["simulate", scenario, "--paths", "10", "--out", x, "--paths-out", x])
    #expect(twoOutputs.status == 1)
    #expect(twoOutputs.stderr.contains("--paths-out would overwrite a file the command uses: it is also the --out file"))
    #expect(!FileManager.default.fileExists(atPath: x))

    var shards: [String] = []
    for k in 1...2 {
      let path = folder.appendingPathComponent("s\(k).json").path
      #expect(try BrinkProcess.run(["simulate", scenario, "--paths", "10", "--shard", "\(k)/2", "--out", path]).status == 0)
      shards.append(path)
    }
    let shard = try String(contentsOfFile: shards[0], encoding: .utf8)
    let merge = try BrinkProcess.run(["merge"] + shards + ["--out", shards[0]])
    #expect(merge.status == 1)
    #expect(merge.stderr.contains("it is also an input of this command"))
    #expect(try String(contentsOfFile: shards[0], encoding: .utf8) == shard)

    // A device is written into, not replaced.
    let null = try BrinkProcess.run(["merge"] + shards + ["--out", "/dev/null", "--svg", "/dev/null"])
    #expect(null.status == 0)
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  /// A file-size limit (`ulimit -f`) used to kill brink with SIGXFSZ, leaving its
  /// temporary file behind: now the write fails with EFBIG, is reported, and the
  /// temporary file is removed.
  @Test("a file-size limit is an error that leaves nothing behind")
  func fileSizeLimit() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-xfsz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let brink = try #require(BrinkProcess.executable).path
    let run = try BrinkProcess.run(
      ["-c", "ulimit -f 4; '\(brink)' simulate --paths 5000 --paths-out paths.csv --out report.txt; echo \"status $?\""],
      directory: folder, program: "/bin/sh")
    #expect(run.stdout == "status 1\n")
    #expect(run.stderr == "paths.csv: error: cannot write the file: File too large\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }
}
