import Glibc

/// The checks and the write behind the history file.
///
/// The history path comes from the environment (`$BRINK_HISTORY`), so it can name
/// anything: a FIFO would block the REPL before its first prompt, `/dev/zero` would
/// never end, a huge file would be read line by line at every start. Such a file is
/// neither loaded nor written (the REPL says why), so it is also never clobbered.
/// Nor is one brink cannot read and write, or one in a folder that does not exist:
/// the REPL warns once instead of losing every line silently. (Reading and
/// appending are `HistoryStore`'s.)
enum HistoryFile {
  /// The largest history file loaded: 1,000 lines of 10,000 bytes, the longest line
  /// the REPL accepts, fit well inside.
  static let maximumBytes = 16 << 20

  /// Why `path` cannot serve as the history file, or nil when it can (including when
  /// it does not exist yet).
  static func problem(at path: String, maximumBytes: Int = maximumBytes) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      guard errno == ENOENT else { return "cannot read the history file '\(path)': \(String(cString: strerror(errno)))" }
      // Not made yet: its folder must let brink make it.
      let folder = path.lastIndex(of: "/").map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
      guard access(folder, W_OK | X_OK) == 0 else {
        return "cannot save the history in '\(path)': \(String(cString: strerror(errno))); history is not saved"
      }
      return nil
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return "the history file '\(path)' is not a regular file; history is not loaded or saved"
    }
    guard access(path, R_OK | W_OK) == 0 else {
      return "cannot use the history file '\(path)': \(String(cString: strerror(errno))); history is not loaded or saved"
    }
    guard Int(info.st_size) <= maximumBytes else {
      return "the history file '\(path)' is \(info.st_size) bytes, over the \(maximumBytes >> 20) MiB limit; history is not loaded or saved (move it away to start afresh)"
    }
    return nil
  }
}
