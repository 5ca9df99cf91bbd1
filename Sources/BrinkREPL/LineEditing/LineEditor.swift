/// What one attempt to read a line produced.
public enum LineInput: Sendable, Equatable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C at the prompt: the line being typed is dropped; read again.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// The narrow seam between the REPL and the terminal (the habit of lua's `lua.c`:
/// `lua_readline` / `lua_saveline`, with `isatty` choosing interactive or batch).
/// The session never sees which implementation it is talking to.
public protocol LineEditor: AnyObject {
  /// Shows `prompt` (interactive editors only) and reads one line.
  func read(prompt: String) -> LineInput
  /// Remembers a line in the history (and, for libedit, saves the history file).
  func addHistory(_ line: String)
  /// Releases the terminal and writes anything outstanding.
  func close()
  /// True when lines come from a person at a terminal (prompts and colour shown).
  var isInteractive: Bool { get }
  /// Problems met while setting up (an unusable history file), for the REPL to show.
  var warnings: [String] { get }
}

extension LineEditor {
  public var warnings: [String] { [] }
}
