import Glibc

/// The history file shared by every session: read once at the start, then each
/// line typed is appended at once, under an exclusive `flock(2)`, so two sessions
/// at the same time keep all their lines (a session that rewrote the whole file,
/// as libedit's `H_SAVE` does, wiped the other's). Nothing is renamed: a symbolic
/// link stays a link and the file keeps its mode.
///
/// 1. `load` reads the file under a shared lock (libedit's or the plain format,
///    `HistoryCodec`) and returns its last `limit` entries.
/// 2. `append` opens the file with `O_APPEND` (creating it, in libedit's format,
///    when missing), takes the exclusive lock, writes the entry and, when the file
///    has grown past twice `limit` entries, keeps its last `limit` (in place, under
///    the same lock, so no other session's append falls between); then unlocks.
/// 3. The first failure is returned once, as a warning for the user; later ones
///    are silent.
final class HistoryStore {
  let path: String
  let limit: Int
  /// Whether entries are written in libedit's format (decided by the file).
  private var libedit = true
  private var warned = false

  init(path: String, limit: Int) {
    self.path = path
    self.limit = max(1, limit)
  }

  /// The last `limit` entries of the file, oldest first (none when it is missing).
  func load() -> [String] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    _ = Self.lock(fd, LOCK_SH)
    defer { flock(fd, LOCK_UN) }
    let text = Self.readAll(fd)
    libedit = text.isEmpty || text.hasPrefix(HistoryCodec.header + "\n")
    return Array(HistoryCodec.decode(text).suffix(limit))
  }

  /// Appends `entry`; the warning to show when this is the first failure.
  func append(_ entry: String) -> String? {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return failure() }
    defer { close(fd) }
    guard Self.lock(fd, LOCK_EX) else { return failure() }
    defer { flock(fd, LOCK_UN) }
    var info = stat()
    let empty = fstat(fd, &info) == 0 && info.st_size == 0
    if empty { libedit = true }
    let text = (empty ? HistoryCodec.header + "\n" : "") + HistoryCodec.encode(entry, libedit: libedit) + "\n"
    guard Self.writeAll(fd, Array(text.utf8)) else { return failure() }
    compact(fd)
    return nil
  }

  /// Keeps the last `limit` entries once the file holds more than twice as many.
  /// Called with the exclusive lock held.
  private func compact(_ fd: Int32) {
    let reader = open(path, O_RDONLY | O_CLOEXEC)
    guard reader >= 0 else { return }
    let text = Self.readAll(reader)
    close(reader)
    let entries = HistoryCodec.decode(text)
    guard entries.count > 2 * limit else { return }
    let kept = (libedit ? [HistoryCodec.header] : []) + entries.suffix(limit).map { HistoryCodec.encode($0, libedit: libedit) }
    let bytes = Array((kept.joined(separator: "\n") + "\n").utf8)
    // With O_APPEND, the write after truncating lands at the start.
    guard ftruncate(fd, 0) == 0 else { return }
    _ = Self.writeAll(fd, bytes)
  }

  private func failure() -> String? {
    let reason = String(cString: strerror(errno))
    guard !warned else { return nil }
    warned = true
    return "cannot save the history in '\(path)': \(reason)"
  }

  /// Waits for the lock, retrying after signals.
  private static func lock(_ fd: Int32, _ operation: Int32) -> Bool {
    while flock(fd, operation) != 0 {
      guard errno == EINTR else { return false }
    }
    return true
  }

  private static func readAll(_ fd: Int32) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= HistoryFile.maximumBytes {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { break }
      bytes += chunk[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return false }
      offset += n
    }
    return true
  }
}
