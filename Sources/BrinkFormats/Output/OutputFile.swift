#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one rule for every file brink writes (`save`, `export`, `record`,
/// `simulate --out/--svg/--paths-out`, `merge --out/--svg`): nothing at the target
/// is lost or replaced by something of another kind, and nothing is left behind.
///
/// What the target is decides how it is written (`OutputTarget`):
/// 1. `-`: standard output, written directly.
/// 2. A symbolic link is followed (`OutputTarget.resolve`) to the file it names, and
///    that file is written: the link stays a link. A loop is an error with the
///    system's plain reason ("Too many levels of symbolic links").
/// 3. Nothing, or a regular file with one link: the text goes to a temporary file in
///    the same folder (`.NAME.PID.N.tmp`, so the rename stays within one file
///    system), is flushed to the disk (`fsync`), given the old file's mode and owner,
///    and renamed over the target. POSIX.1-2008 `rename` is atomic: a reader sees the
///    old file or the new one, never a mixture.
/// 4. A regular file with several hard links: the complete temporary copy is made
///    first (so a full disk or a size limit fails before the target is touched),
///    then copied into the target in place, so every link sees the new text; the
///    copy is removed.
/// 5. A FIFO, a device or a socket: opened and written directly (a rename would
///    replace `/dev/null` by a regular file).
/// 6. A directory: refused.
///
/// On any failure the temporary file is removed. `SIGXFSZ` is ignored (once, by
/// the first writer) so that a file-size limit (`ulimit -f`) makes `write` fail
/// with `EFBIG`, which is reported and cleaned up, instead of killing the process
/// with a half-written temporary file left behind.
///
/// Refusing a target that is also an input or another output of the same command
/// is `OutputFile.checkDistinct` (OutputFile+Distinct.swift).
public enum OutputFile {
  public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// The plain reason, e.g. `Permission denied`.
    public let reason: String
    public var description: String { reason }

    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    /// The error of the last failed system call (`errno`), in the system's words.
    static func system(_ path: String) -> WriteError {
      WriteError(path: path, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes `text` to `path` by the rule above.
  public static func write(_ text: String, to path: String) throws(WriteError) {
    let writer = try Writer(path: path)
    try writer.write(text)
    try writer.commit()
  }

  /// Ignores `SIGXFSZ` so a file-size limit is an `EFBIG` error, not a kill.
  static let fileSizeSignalIgnored: Bool = {
    signal(SIGXFSZ, SIG_IGN)
    return true
  }()
}
