import Glibc

/// The real directory listing for file-name completion.
public enum DirectoryListing {
  /// Entry names in `path`, directories marked with a trailing `/`; nil when the
  /// directory cannot be read.
  @Sendable public static func entries(_ path: String) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names = [String]()
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      var info = stat()
      let full = path.hasSuffix("/") ? path + name : path + "/" + name
      let isDirectory = stat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      names.append(isDirectory ? name + "/" : name)
      if names.count >= 10_000 { break }
    }
    return names
  }
}
