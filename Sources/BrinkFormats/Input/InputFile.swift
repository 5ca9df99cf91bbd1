#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bounds every input file is checked against before it is read, so that
/// `load /dev/zero`, a named pipe or a runaway log file is refused with a message
/// instead of hanging or exhausting memory. Callers check first, then read as
/// they always have (so their messages for a missing file stay the same).
public enum InputFile {
  /// The largest input file read, in bytes (16 MiB): far above any scenario,
  /// game or script a person writes, far below what would strain the machine.
  public static let maximumBytes = 16 * 1024 * 1024

  /// Why a file was refused.
  public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// What is wrong, without the path: `the file is too large (…)`.
    public let reason: String
    public var description: String { "\(path): error: \(reason)" }
  }

  /// Refuses `path` when it exists and is not a regular file, or is larger than
  /// `limit` bytes. A path that does not exist (or cannot be examined) passes:
  /// reading it then fails with the reader's own message.
  ///
  /// 1. `stat` follows symbolic links, so a link to a regular file is accepted.
  /// 2. Anything other than a regular file (directory, device, FIFO, socket) is
  ///    refused, since reading it may never end.
  /// 3. A regular file larger than `limit` is refused before any byte is read.
  public static func check(_ path: String, limit: Int = maximumBytes) throws(Refusal) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    let type = info.st_mode & S_IFMT
    guard type == S_IFREG else {
      throw Refusal(path: path, reason: "cannot read the file: it is \(kind(type)), not a regular file")
    }
    if Int(info.st_size) > limit {
      throw Refusal(path: path, reason: "the file is too large (\(info.st_size) bytes; the limit is \(limit / (1024 * 1024)) MiB)")
    }
  }

  static func kind(_ type: mode_t) -> String {
    switch type {
    case S_IFDIR: return "a directory"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFIFO: return "a named pipe"
    case S_IFSOCK: return "a socket"
    default: return "a special file"
    }
  }
}
