#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFile {
  /// One output of a command: the path and how the user named it (`--out`), for
  /// the message.
  public struct Named: Sendable {
    public let path: String
    public let role: String
    public init(_ path: String, as role: String) {
      self.path = path
      self.role = role
    }
  }

  /// Refuses, before any work, an output that is one of the command's inputs
  /// (`merge a.json b.json --out a.json`, `simulate FILE --out FILE`) or the same
  /// file as another of its outputs (`--out X --paths-out X`, where one would
  /// silently replace the other).
  ///
  /// Two paths are the same file when `stat` (following links) gives the same
  /// device and inode; an output that does not exist yet is compared by its folder's
  /// inode and its name. Character devices (`/dev/null`) may be shared: writing
  /// to them twice loses nothing. Standard output (`-`) may be named once.
  public static func checkDistinct(outputs: [Named], inputs: [String]) throws(WriteError) {
    var seen: [(FileIdentity, Named)] = []
    for input in inputs where input != "-" {
      if let id = FileIdentity(input) { seen.append((id, Named(input, as: "input"))) }
    }
    for output in outputs {
      guard let id = FileIdentity(output.path) else { continue }
      if let (_, earlier) = seen.first(where: { $0.0 == id }) {
        let what = earlier.role == "input" ? "it is also an input of this command ('\(earlier.path)')"
                                           : "it is also the \(earlier.role) file ('\(earlier.path)')"
        throw WriteError(path: output.path, reason: "\(output.role) would overwrite a file the command uses: \(what)")
      }
      seen.append((id, output))
    }
  }
}

/// Which file a path names, for `OutputFile.checkDistinct`; nil for what may be
/// named twice (a character device) or cannot be examined (the write reports it).
enum FileIdentity: Equatable {
  case standardOutput
  case inode(dev_t, ino_t)
  /// A file not made yet: its folder's inode and its name.
  case pending(dev_t, ino_t, String)

  init?(_ path: String) {
    if path == "-" {
      self = .standardOutput
      return
    }
    var info = stat()
    if stat(path, &info) == 0 {
      guard info.st_mode & S_IFMT != S_IFCHR else { return nil }
      self = .inode(info.st_dev, info.st_ino)
      return
    }
    // A new file (or a link to one): where it will be made.
    guard case .newFile(let resolved)? = try? OutputTarget.examine(path) else { return nil }
    let folder = OutputTarget.folder(of: resolved)
    guard stat(folder.isEmpty ? "." : folder, &info) == 0 else { return nil }
    self = .pending(info.st_dev, info.st_ino, OutputTarget.name(of: resolved))
  }
}
