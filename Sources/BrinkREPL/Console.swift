import CEditLine
import Glibc

/// Writing to standard output and error. glibc's `stdout`/`stderr` are mutable C
/// globals that Swift 6 rejects, so they come through CEditLine's accessors.
public enum Console {
  public static func write(_ text: String) {
    put(text, ceditline_stdout())
    fflush(ceditline_stdout())
  }

  /// `fputs(text, file)`: the bytes up to the first NUL, if any. Written from the
  /// string's own storage: passing a `String` as a C string copies it first
  /// (`utf8CString`), megabytes for `brink solve --json` of a long ladder (issue 11).
  static func put(_ text: String, _ file: UnsafeMutablePointer<FILE>) {
    var text = text
    text.withUTF8 { utf8 in
      guard let base = utf8.baseAddress else { return }
      let count = memchr(base, 0, utf8.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? utf8.count
      fwrite(base, 1, count, file)
    }
  }

  public static func writeError(_ text: String) {
    put(text, ceditline_stderr())
    fflush(ceditline_stderr())
  }
}
