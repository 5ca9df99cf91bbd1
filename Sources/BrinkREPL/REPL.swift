/// The interactive loop: prompt, read, execute, print; Ctrl-C clears the line or
/// stops a running command; Ctrl-D on an empty line (or `quit`) leaves with status 0.
/// This is the one place that writes to the terminal (STYLE habit 11).
public final class REPL {
  let session: Session
  let editor: LineEditor

  public init(session: Session, editor: LineEditor) {
    self.session = session
    self.editor = editor
    // `load` over unsaved edits asks a person at a terminal; anything but y or yes
    // (Ctrl-C, Ctrl-D) is no. Piped lines are commands, not answers.
    guard editor.isInteractive else { return }
    session.confirm = { [editor] question in
      guard case .line(let answer) = editor.read(prompt: question) else { return false }
      return ["y", "yes"].contains(answer.trimmingSpaces().lowercased())
    }
  }

  /// Runs until end of input or `quit`; returns the exit status (0).
  public func run() -> Int32 {
    Console.write("brink: \(session.name) loaded. Type 'help' for commands, TAB to complete, Ctrl-D to leave.\n")
    for warning in editor.warnings { Console.writeError("brink: warning: \(warning)\n") }
    defer { editor.close() }
    while true {
      Interrupt.reset()
      switch editor.read(prompt: Self.paintedPrompt(session.prompt, style: session.style)) {
      case .endOfInput:
        Console.write("\n")
        return 0
      case .interrupted:
        Console.write("\n")
        continue
      case .line(let line):
        editor.addHistory(line)
        Interrupt.reset()
        // One run control per command: Ctrl-C and the progress bar, labelled with
        // the command's name (`solve [#####.....]  40% 120/300`).
        let bar = ProgressBar(label: line.trimmingSpaces().prefix { $0 != " " && $0 != ";" }.lowercased())
        session.run = .command(progress: bar)
        CrashReport.willRun(line, session: session)
        let result = session.execute(line)
        bar.finish()
        // Prose wrapped to the window as it is now (it may have been resized).
        let wrap = { (text: String) in Console.wrapWidth().map { ProseWrapping.wrap(text, width: $0) } ?? text }
        if !result.output.isEmpty { Console.write(wrap(result.output) + "\n") }
        if let error = result.error { Console.write(wrap(session.style.paint(error.rendered, .boldYellow)) + "\n") }
        if result.quit { return 0 }
      }
    }
  }
  /// The prompt in one colour (so its text stays in one piece), the colour reset
  /// before its trailing space: libedit prints an escape sequence of the prompt
  /// together with the visible character after it, so a reset at the very end was
  /// never printed, and what the user typed (and the output after it) stayed bold cyan.
  static func paintedPrompt(_ prompt: String, style: RenderStyle) -> String {
    let text = prompt.trimmingTrailingSpaces()
    return style.paint(text, .boldCyan) + String(prompt.dropFirst(text.count))
  }
}
