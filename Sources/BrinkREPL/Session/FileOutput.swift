import Glibc

/// Writing files so they are never left half-written: write a temporary file in
/// the same folder, flush it to disk, then rename it over the target (rename is
/// atomic within one file system, POSIX.1-2008 `rename`).
enum FileOutput {
  static func writeAtomically(_ text: String, to path: String) throws(CommandError) {
    let temporary = path + ".tmp-\(getpid())"
    guard let f = fopen(temporary, "w") else {
      throw CommandError("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    let ok = fputs(text, f) >= 0 && fflush(f) == 0 && fsync(fileno(f)) == 0
    fclose(f)
    guard ok, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CommandError("cannot write '\(path)': \(reason)")
    }
  }
}
