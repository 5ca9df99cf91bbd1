import Glibc

/// Chooses the line editor: libedit when both standard input and output are a
/// terminal, plain standard input otherwise (pipes, scripts, tests).
public enum LineEditorFactory {
  public static var isTerminal: Bool { isatty(0) == 1 && isatty(1) == 1 }

  public static func make(environment: [String: String], complete: @escaping (String) -> Completion) -> LineEditor {
    if isTerminal,
      let editor = LibEditLineEditor(history: .standard(environment: environment), complete: complete)
    {
      Interrupt.install()
      return editor
    }
    return StdinLineEditor()
  }
}
