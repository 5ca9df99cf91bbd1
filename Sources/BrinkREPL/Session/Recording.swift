import Glibc

/// A transcript being written by `record FILE`: each successful line is appended
/// and flushed at once, so the file is a script `brink run` can replay.
final class Recording {
  let path: String
  private let file: UnsafeMutablePointer<FILE>

  /// Opens `path` for appending; nil when it cannot be opened.
  init?(path: String) {
    guard let f = fopen(path, "a") else { return nil }
    self.path = path
    self.file = f
    fputs("# brink transcript\n", f)
    fflush(f)
  }

  func append(line: String) {
    fputs(line + "\n", file)
    fflush(file)
  }

  deinit { fclose(file) }
}
