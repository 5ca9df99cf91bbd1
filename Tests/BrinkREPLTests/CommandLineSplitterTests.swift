import Testing
@testable import BrinkREPL

@Suite struct CommandLineSplitterTests {
  @Test func splitsWordsCommandsAndComments() throws {
    #expect(try CommandLineSplitter.commands(in: "load chicken; solve  # go") == [["load", "chicken"], ["solve"]])
    #expect(try CommandLineSplitter.commands(in: "   ") == [])
    #expect(try CommandLineSplitter.commands(in: "# only a comment") == [])
  }

  @Test func quotesAndEscapesProtectSeparators() throws {
    #expect(try CommandLineSplitter.commands(in: "save \"my file;#1.yaml\"") == [["save", "my file;#1.yaml"]])
    #expect(try CommandLineSplitter.commands(in: "save a\\ b") == [["save", "a b"]])
    #expect(try CommandLineSplitter.commands(in: "x a#b") == [["x", "a#b"]])
  }

  @Test func unterminatedQuoteIsAnError() {
    #expect(throws: CommandLineSplitter.UnterminatedQuote.self) { try CommandLineSplitter.commands(in: "load \"x") }
  }

  @Test func completionWordsSplitAtTheCursor() {
    #expect(CommandLineSplitter.completionWords(before: "play US=Esc") == (["play"], "US=Esc"))
    #expect(CommandLineSplitter.completionWords(before: "solve; sh") == ([], "sh"))
    #expect(CommandLineSplitter.completionWords(before: "help ") == (["help"], ""))
  }
}

@Suite struct QuotingTests {
  @Test(arguments: ["plain", "two words", "semi;colon", "hash#", "quote\"d", "back\\slash", "it's", ""])
  func quotedWordsSplitBackUnchanged(_ word: String) throws {
    #expect(try CommandLineSplitter.commands(in: "cmd " + CommandLineSplitter.quoted(word)) == [["cmd", word]])
  }
}
