import Foundation
import Testing

/// `brink simulate --shard auto` under a job array: each task is a separate process
/// that finds its slice in the scheduler's variables (Docs/scaling.md), and the
/// shards merge into exactly the single run's report.
@Suite("brink simulate --shard auto (Slurm, Kubernetes)")
struct ShardAutoTests {
  static let common = ["--paths", "7001", "--seed", "5"]

  /// Runs one shard per environment into `folder`; returns the shard files.
  func shards(_ environments: [[String: String]], auto: String, in folder: URL) throws -> [String] {
    var files: [String] = []
    for (i, environment) in environments.enumerated() {
      let path = folder.appendingPathComponent("shard-\(i).json").path
      let run = try BrinkProcess.run(
        ["simulate", SimulateCommandTests.geneva] + Self.common + ["--shard", auto, "--out", path],
        environment: environment)
      #expect(run.status == 0, "\(run.stderr)")
      files.append(path)
    }
    return files
  }

  func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brink-shard-auto-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a Slurm array (--array=0-4:2) and a Kubernetes Indexed Job of 3 merge into the single run, byte for byte")
  func schedulersMergeExactly() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let whole = try BrinkProcess.run(["simulate", SimulateCommandTests.geneva] + Self.common + ["--json"])
    #expect(whole.status == 0)

    let slurm = [0, 2, 4].map { id in
      ["SLURM_ARRAY_TASK_ID": "\(id)", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "4",
       "SLURM_ARRAY_TASK_STEP": "2", "SLURM_ARRAY_TASK_COUNT": "3", "JOB_COMPLETION_INDEX": ""]
    }
    let slurmFiles = try shards(slurm, auto: "auto", in: folder)
    let merged = try BrinkProcess.run(["merge"] + slurmFiles.reversed() + ["--json"])
    #expect(merged.status == 0)
    #expect(merged.stderr == "")
    #expect(merged.stdout == whole.stdout)

    let kubernetes = (0..<3).map { ["JOB_COMPLETION_INDEX": "\($0)", "SLURM_ARRAY_TASK_ID": ""] }
    let kubeFolder = folder.appendingPathComponent("k8s")
    try FileManager.default.createDirectory(at: kubeFolder, withIntermediateDirectories: true)
    let kubeFiles = try shards(kubernetes, auto: "auto/3", in: kubeFolder)
    let kubeMerged = try BrinkProcess.run(["merge"] + kubeFiles + ["--json"])
    #expect(kubeMerged.stdout == whole.stdout)
    // The same slices: each Kubernetes shard is byte-identical to the Slurm one.
    for (a, b) in zip(slurmFiles, kubeFiles) {
      #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }
  }

  @Test("refusals: no job array, a count that disagrees, an index out of range, no count under Kubernetes")
  func refusals() throws {
    func refusal(_ shard: String, _ environment: [String: String]) throws -> String {
      let run = try BrinkProcess.run(
        ["simulate", SimulateCommandTests.geneva, "--paths", "10", "--shard", shard], environment: environment)
      #expect(run.status == 2, "\(run.stderr)")
      #expect(run.stdout == "")
      return run.stderr
    }
    let none = ["SLURM_ARRAY_TASK_ID": "", "JOB_COMPLETION_INDEX": ""]
    #expect(try refusal("auto", none).contains("--shard auto: not in a job array"))
    let slurm = ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4",
                 "JOB_COMPLETION_INDEX": ""]
    #expect(try refusal("auto/5", slurm).contains("the Slurm array has 4 tasks, not 5"))
    #expect(try refusal("auto", none.merging(["JOB_COMPLETION_INDEX": "2"]) { $1 })
      .contains("give --shard auto/n with n = .spec.completions"))
    #expect(try refusal("auto/2", none.merging(["JOB_COMPLETION_INDEX": "2"]) { $1 })
      .contains("JOB_COMPLETION_INDEX 2 is not below 2"))
    #expect(try refusal("3/2", none).contains("--shard must be k/n with 1 <= k <= n"))
  }
}
