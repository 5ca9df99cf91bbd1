import Testing

@testable import BrinkREPL

/// Prose wrapped at word boundaries with hanging indents; tables left alone.
@Suite struct ProseWrappingTests {
  @Test func paragraphsBreakBetweenWordsOnly() {
    let text = "Numbers are exact: 3, -1.5 and 2/3 are all kept as fractions. A cell is named by the row player's move."
    let wrapped = ProseWrapping.wrap(text, width: 30)
    #expect(wrapped == """
      Numbers are exact: 3, -1.5 and
      2/3 are all kept as fractions.
      A cell is named by the row
      player's move.
      """)
    #expect(wrapped.split(separator: "\n").joined(separator: " ") == text)
  }

  @Test func listsAndDefinitionsHangUnderTheirText() {
    #expect(ProseWrapping.wrap("- Each side mixes not to randomise for its own sake", width: 24) == """
      - Each side mixes not to
        randomise for its own
        sake
      """)
    #expect(ProseWrapping.wrap("  help       List the commands, or explain one.", width: 30) == """
        help       List the
                   commands, or
                   explain one.
      """)
    #expect(ProseWrapping.wrap("usage: set seed N | set discount X", width: 21) == """
      usage: set seed N |
             set discount X
      """)
  }

  @Test func tablesChartsAndShortLinesAreLeftAlone() {
    for line in ["| (talk)     |  -1.14, -2.28 |  -3.14, -1.28* |", "+------------+---------------+",
                 "│ talk │ 1 │", "  talks  0.50  0.4999  ██████████ long bar of a chart", "short"] {
      #expect(ProseWrapping.wrap(line, width: 10) == line)
    }
  }

  @Test func aLongWordIsNotBrokenAndColourTakesNoColumns() {
    #expect(ProseWrapping.wrap("see /a/very/long/path/that/does/not/fit here", width: 10) == "see\n/a/very/long/path/that/does/not/fit\nhere")
    let red = "\u{1B}[1;33merror: one two three\u{1B}[0m"
    #expect(ProseWrapping.wrap(red, width: 20) == red)
    #expect(ProseWrapping.columns(red) == 20)
  }
}

extension ProseWrappingTests {
  @Test func aUsageBreaksBetweenItsAlternatives() {
    #expect(ProseWrapping.wrap("usage: set seed N | set discount X | set model PLAYER", width: 39) == """
      usage: set seed N | set discount X |
             set model PLAYER
      """)
  }
}
