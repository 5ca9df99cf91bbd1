import CEditLine
import Glibc

/// Writing to standard output and error. glibc's `stdout`/`stderr` are mutable C
/// globals that Swift 6 rejects, so they come through CEditLine's accessors.
public enum Console {
  public static func write(_ text: String) {
    fputs(text, ceditline_stdout())
    fflush(ceditline_stdout())
  }

  public static func writeError(_ text: String) {
    fputs(text, ceditline_stderr())
    fflush(ceditline_stderr())
  }
}
