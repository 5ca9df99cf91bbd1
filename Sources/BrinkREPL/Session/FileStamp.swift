import Glibc

/// What a file looked like on disk when the session last read or wrote it: its
/// inode, size and modification time. `save` compares it with the file as it is
/// now, so an edit made in another editor since `load` (or since the last
/// `save`) is not silently overwritten.
struct FileStamp: Equatable, Sendable {
  var inode: UInt64
  var size: Int64
  var modifiedSeconds: Int
  var modifiedNanoseconds: Int

  /// The file's stamp now; nil when it does not exist or cannot be examined.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modifiedSeconds = Int(info.st_mtim.tv_sec)
    modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
  }

  /// The key a path is remembered under: its canonical path when it exists, so
  /// `./a.yaml` and `a.yaml` are the same file.
  static func key(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

extension Session {
  /// Remembers how `path` looks now (after reading or writing it).
  func rememberStamp(of path: String) {
    fileStamps[FileStamp.key(path)] = FileStamp(path: path)
  }

  /// True when `path` was read or written by this session and has changed on
  /// disk since.
  func changedOnDisk(_ path: String) -> Bool {
    guard let known = fileStamps[FileStamp.key(path)], let now = FileStamp(path: path) else { return false }
    return known != now
  }
}
