#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at an output path, after following symbolic links: how `OutputFile`
/// must write it.
enum OutputTarget {
  /// Standard output (`-`).
  case standardOutput
  /// Nothing yet: a new file is made by a temporary file and a rename.
  case newFile(path: String)
  /// A regular file: replaced by a rename (one link) or rewritten in place after a
  /// complete temporary copy (several links), keeping its mode and owner.
  case regularFile(path: String, info: stat)
  /// A FIFO, a device or a socket: opened and written directly.
  case special(path: String)

  /// The path written to (after links), nil for standard output.
  var path: String? {
    switch self {
    case .standardOutput: return nil
    case .newFile(let path), .regularFile(let path, _), .special(let path): return path
    }
  }

  /// Examines `path`, following symbolic links (at most 40, as Linux's `MAXSYMLINKS`)
  /// so that the file a link names is written and the link is kept. A link to a
  /// missing file makes that file.
  static func examine(_ path: String) throws(OutputFile.WriteError) -> OutputTarget {
    if path == "-" { return .standardOutput }
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0 else {
        guard errno == ENOENT else { throw .system(path) }
        return .newFile(path: current)
      }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        current = try follow(current, original: path)
      case S_IFREG:
        return .regularFile(path: current, info: info)
      case S_IFDIR:
        throw OutputFile.WriteError(path: path, reason: "it is a directory")
      default:
        return .special(path: current)
      }
    }
    throw OutputFile.WriteError(path: path, reason: String(cString: strerror(ELOOP)))
  }

  /// The path a symbolic link points to (relative to the link's folder).
  private static func follow(_ link: String, original: String) throws(OutputFile.WriteError) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(link, &buffer, Int(PATH_MAX))
    guard n >= 0 else { throw .system(original) }
    let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    if target.hasPrefix("/") { return target }
    return folder(of: link) + target
  }

  /// The folder part of `path` with its final slash (`""` for a bare name).
  static func folder(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
  }

  /// The last component of `path`.
  static func name(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }
}
