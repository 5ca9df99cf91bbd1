#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `AtomicFile` for output too large to hold in memory (`simulate --paths-out`):
/// the text is appended piece by piece to the temporary file, which replaces the
/// target only on `commit()`.
///
/// 1. `init` creates the temporary file `.NAME.PID.tmp` in the target's folder (so
///    an unwritable folder fails at once, before any work).
/// 2. `write` appends (buffered by the C library).
/// 3. `commit` flushes, `fsync`s and renames it over the target (atomic, as in
///    `AtomicFile`); `discard` removes it. A writer dropped without either
///    removes its temporary file.
/// Not thread-safe: one writer per thread.
public final class AtomicFileWriter {
  public let path: String
  let temporary: String
  private var file: UnsafeMutablePointer<FILE>?

  public init(path: String) throws(AtomicFile.WriteError) {
    self.path = path
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    temporary = "\(folder).\(name).\(getpid()).tmp"
    guard let f = fopen(temporary, "w") else {
      throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno)))
    }
    file = f
  }

  deinit { discard() }

  /// Appends `text`; on failure the temporary file is removed.
  public func write(_ text: String) throws(AtomicFile.WriteError) {
    guard let file else { throw AtomicFile.WriteError(path: path, reason: "the file is already closed") }
    guard fputs(text, file) >= 0 else { throw fail() }
  }

  /// Flushes the file to the disk and renames it over the target.
  public func commit() throws(AtomicFile.WriteError) {
    guard let f = file else { throw AtomicFile.WriteError(path: path, reason: "the file is already closed") }
    guard fflush(f) == 0 && fsync(fileno(f)) == 0 else { throw fail() }
    fclose(f)
    file = nil
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw AtomicFile.WriteError(path: path, reason: reason)
    }
  }

  /// Closes and removes the temporary file; the target is untouched.
  public func discard() {
    guard let f = file else { return }
    fclose(f)
    file = nil
    unlink(temporary)
  }

  private func fail() -> AtomicFile.WriteError {
    let error = AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno)))
    discard()
    return error
  }
}
