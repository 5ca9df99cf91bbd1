import Glibc

/// The checks and the write behind the history file.
///
/// The history path comes from the environment (`$BRINK_HISTORY`), so it can name
/// anything: a FIFO would block the REPL before its first prompt, `/dev/zero` would
/// never end, a huge file would be read line by line at every start. Such a file is
/// neither loaded nor written (the REPL says why), so it is also never clobbered.
/// Saving goes to a temporary file in the same folder renamed over the history, so a
/// crash while saving keeps the previous history whole.
enum HistoryFile {
  /// The largest history file loaded: 1,000 lines of 10,000 bytes, the longest line
  /// the REPL accepts, fit well inside.
  static let maximumBytes = 16 << 20

  /// Why `path` cannot serve as the history file, or nil when it can (including when
  /// it does not exist yet).
  static func problem(at path: String, maximumBytes: Int = maximumBytes) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return errno == ENOENT ? nil : "cannot read the history file '\(path)': \(String(cString: strerror(errno)))"
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return "the history file '\(path)' is not a regular file; history is not loaded or saved"
    }
    guard Int(info.st_size) <= maximumBytes else {
      return "the history file '\(path)' is \(info.st_size) bytes, over the \(maximumBytes >> 20) MiB limit; history is not loaded or saved (move it away to start afresh)"
    }
    return nil
  }

  /// Saves through `save` (which writes a whole history file to the path it is
  /// given) into a temporary file next to `path`, then renames it over `path`.
  @discardableResult
  static func saveAtomically(to path: String, _ save: (String) -> Bool) -> Bool {
    let temporary = path + ".tmp-\(getpid())"
    guard save(temporary) else {
      unlink(temporary)
      return false
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}
