import BrinkCore
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
  public static let maximumBytes = Limits.maximumInputBytes

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
    guard stat(path, &info) == 0 else {
      // A loop of links would otherwise reach the reader as an opaque Foundation
      // error ("NSCocoaErrorDomain error 256"): say it plainly.
      if errno == ELOOP { throw Refusal(path: path, reason: "cannot read the file: too many levels of symbolic links") }
      return
    }
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

  /// Reads standard input to its end, at most `limit` bytes: past the limit it
  /// stops at once with a refusal (`cat /dev/zero | brink solve -` ends in a
  /// moment instead of filling the memory).
  ///
  /// Reads with `read(2)` in 64 KiB pieces, retrying after a signal.
  public static func readStandardInput(limit: Int = maximumBytes) throws(Refusal) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n >= 0 else {
        throw Refusal(path: "<stdin>", reason: "cannot read standard input: \(String(cString: strerror(errno)))")
      }
      if n == 0 { break }
      guard bytes.count + n <= limit else {
        throw Refusal(path: "<stdin>", reason: "the input is too large (more than \(limit / (1024 * 1024)) MiB)")
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
