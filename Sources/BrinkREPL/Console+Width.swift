import CEditLine
import Glibc

extension Console {
  /// The width prose is wrapped to (`ProseWrapping`), or nil for no wrapping.
  ///
  /// On a terminal: its width now (TIOCGWINSZ, asked before each command so a
  /// resized window is followed), else `COLUMNS`, else 80. Not a terminal (a pipe,
  /// a file, the tests): nil, so each paragraph stays one line, as a pager, an
  /// editor or `grep` expects, and the docs executed by the tests do not depend on
  /// the window they ran in.
  public static func wrapWidth() -> Int? {
    guard isatty(1) == 1 else { return nil }
    let asked = Int(ceditline_terminal_columns(1))
    if asked > 0 { return asked }
    if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns > 0 { return columns }
    return 80
  }
}
