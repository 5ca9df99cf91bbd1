import BrinkCore
import Foundation

/// The value of `brink simulate --shard`: `k/n`, or `auto` / `auto/n`, which take
/// the slice from the job array the process runs in, so that one job script serves
/// every task of the array (Docs/scaling.md).
///
/// Why the executable reads the scheduler's variables itself: a job script that
/// computes `k/n` in shell arithmetic is the usual place for an off-by-one (Slurm
/// task ids start where `--array` says, Kubernetes completion indices at 0), and a
/// wrong slice is silent — two tasks run the same paths and `brink merge` only finds
/// out at the end. Here the rules are written once, and tested:
/// - **Slurm** job arrays (`sbatch --array=LO-HI[:STEP]`): `SLURM_ARRAY_TASK_ID`,
///   `SLURM_ARRAY_TASK_MIN`, `SLURM_ARRAY_TASK_STEP` (1 when absent) and
///   `SLURM_ARRAY_TASK_COUNT` give k = (id − min) / step + 1 and n = count. A
///   comma-separated `--array` list has no single step; it is refused unless its
///   ids happen to be evenly spaced.
/// - **Kubernetes** Indexed Jobs: `JOB_COMPLETION_INDEX` (0-based) gives
///   k = index + 1. The pod is not told `.spec.completions`, so n must be written:
///   `--shard auto/n`.
/// With `auto/n` under Slurm, n must equal the array's task count: a mismatch means
/// the script and the array disagree, and some paths would run twice or never.
public enum ShardArgument {
  /// The slice `text` names in `environment`, or a message saying what is wrong.
  /// A variable set to the empty string counts as unset, as shells export them.
  public static func resolve(_ text: String, environment: [String: String]) -> Result<Simulator.Shard, Problem> {
    let environment = environment.filter { !$0.value.isEmpty }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count <= 2 else { return .failure(Problem("--shard must be k/n, auto or auto/n, not '\(text)'")) }
    if parts[0] != "auto" {
      guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), let shard = Simulator.Shard(index: k, count: n)
      else { return .failure(Problem("--shard must be k/n with 1 <= k <= n (e.g. 2/8), auto or auto/n, not '\(text)'")) }
      return .success(shard)
    }
    var written: Int?
    if parts.count == 2 {
      guard let n = Int(parts[1]), n >= 1 else {
        return .failure(Problem("--shard auto/n needs a positive number of shards n, not '\(parts[1])'"))
      }
      written = n
    }
    if let id = environment["SLURM_ARRAY_TASK_ID"] {
      return slurm(id: id, environment: environment, written: written)
    }
    if let index = environment["JOB_COMPLETION_INDEX"] {
      return kubernetes(index: index, written: written)
    }
    return .failure(Problem(
      "--shard auto: not in a job array (neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set); give --shard k/n"))
  }

  /// A reason `resolve` gives for refusing the value.
  public struct Problem: Error, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
  }

  private static func slurm(id text: String, environment: [String: String], written: Int?) -> Result<Simulator.Shard, Problem> {
    func number(_ name: String, default value: Int? = nil) -> Result<Int, Problem> {
      guard let raw = environment[name] else {
        if let value { return .success(value) }
        return .failure(Problem("--shard auto: SLURM_ARRAY_TASK_ID is set but \(name) is not (is this a Slurm job array?)"))
      }
      guard let n = Int(raw.trimmingCharacters(in: .whitespaces)) else {
        return .failure(Problem("--shard auto: \(name) is '\(raw)', not a whole number"))
      }
      return .success(n)
    }
    let id: Int, low: Int, step: Int, count: Int
    do {
      id = try number("SLURM_ARRAY_TASK_ID").get()
      low = try number("SLURM_ARRAY_TASK_MIN").get()
      step = try number("SLURM_ARRAY_TASK_STEP", default: 1).get()
      count = try number("SLURM_ARRAY_TASK_COUNT").get()
    } catch { return .failure(error) }
    guard step >= 1, id >= low, (id - low) % step == 0 else {
      return .failure(Problem(
        "--shard auto: Slurm task \(id) is not on the array's grid (min \(low), step \(step)); give --shard k/n"))
    }
    let k = (id - low) / step + 1
    if let written, written != count {
      return .failure(Problem(
        "--shard auto/\(written): the Slurm array has \(count) tasks, not \(written); paths would be run twice or never"))
    }
    guard let shard = Simulator.Shard(index: k, count: count) else {
      return .failure(Problem(
        "--shard auto: Slurm task \(id) is task \(k) of an array of \(count) (min \(low), step \(step)): not evenly spaced; give --shard k/n"))
    }
    return .success(shard)
  }

  private static func kubernetes(index text: String, written: Int?) -> Result<Simulator.Shard, Problem> {
    guard let index = Int(text.trimmingCharacters(in: .whitespaces)), index >= 0 else {
      return .failure(Problem("--shard auto: JOB_COMPLETION_INDEX is '\(text)', not a whole number"))
    }
    guard let written else {
      return .failure(Problem(
        "--shard auto: a Kubernetes Indexed Job does not tell the pod its number of completions; give --shard auto/n with n = .spec.completions"))
    }
    guard let shard = Simulator.Shard(index: index + 1, count: written) else {
      return .failure(Problem("--shard auto/\(written): JOB_COMPLETION_INDEX \(index) is not below \(written)"))
    }
    return .success(shard)
  }
}
