#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way brink writes a file (`save`, `export`, `record`, `simulate --out`):
/// never leaving it half-written.
///
/// 1. Write the text to a temporary file in the same folder (`.NAME.PID.tmp`), so
///    the rename below stays within one file system.
/// 2. Flush it to the disk (`fsync`), so a crash after the rename cannot leave an
///    empty file behind.
/// 3. Rename it over the target: POSIX.1-2008 `rename` is atomic, so a reader sees
///    the old file or the new one, never a mixture.
/// On any failure the temporary file is removed and the target is untouched.
public enum AtomicFile {
  public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// The system's reason, e.g. `Permission denied`.
    public let reason: String
    public var description: String { reason }
  }

  public static func write(_ text: String, to path: String) throws(WriteError) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = "\(folder).\(name).\(getpid()).tmp"
    guard let f = fopen(temporary, "w") else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    let ok = fputs(text, f) >= 0 && fflush(f) == 0 && fsync(fileno(f)) == 0
    let reason = String(cString: strerror(errno))
    fclose(f)
    guard ok else {
      unlink(temporary)
      throw WriteError(path: path, reason: reason)
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw WriteError(path: path, reason: reason)
    }
  }
}
