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
