import Testing

@testable import BrinkREPL

/// A coloured prompt reaches libedit with its escape sequences bracketed, so they
/// take no columns.
@Suite struct PromptEscapeTests {
  @Test func escapesAreBracketed() {
    let painted = RenderStyle(unicode: true, color: true).paint("brink chicken [round 1]> ", .boldCyan)
    #expect(LibEditLineEditor.markingEscapes(painted) == "\u{1}\u{1B}[1;36m\u{1}brink chicken [round 1]> \u{1}\u{1B}[0m\u{1}")
    #expect(LibEditLineEditor.markingEscapes("plain> ") == "plain> ")
  }
}

/// The prompt's colour is reset before its trailing space, so libedit (which prints
/// a prompt's escape sequence with the visible character after it) really prints
/// the reset, and the user's typing is not coloured.
@Suite struct PaintedPromptTests {
  @Test func resetComesBeforeTheTrailingSpace() {
    let colour = RenderStyle(unicode: true, color: true)
    #expect(REPL.paintedPrompt("brink chicken [round 1]> ", style: colour)
      == "\u{1B}[1;36mbrink chicken [round 1]>\u{1B}[0m ")
    #expect(REPL.paintedPrompt("brink> ", style: .plain) == "brink> ")
  }
}
