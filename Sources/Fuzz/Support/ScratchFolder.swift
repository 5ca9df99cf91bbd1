#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scratch folder for the targets that write files (`merge` writes its report
/// and chart, the REPL's `save`, `export` and `record`), on a memory file system
/// when the machine has one (`/dev/shm`), else in the temporary folder.
///
/// brink writes every output through `OutputFile`, which `fsync`s the file before
/// it renames it into place, as it should for a user's report. On the disk that
/// was 9 % of `fuzz-merge`'s processor time (ext4's journal and write-back, perf,
/// 7 December 2026) and more of its wall clock, spent waiting for the disk; on
/// tmpfs `fsync` returns at once, and the same code runs.
public enum ScratchFolder {
  /// The path of a new folder `NAME-PID` for this process (`temporary` when there
  /// is no writable /dev/shm).
  public static func make(_ name: String, temporary: String) -> String {
    let root = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : temporary
    let folder = root + (root.hasSuffix("/") ? "" : "/") + "\(name)-\(getpid())"
    _ = mkdir(folder, 0o700)
    return folder
  }
}
