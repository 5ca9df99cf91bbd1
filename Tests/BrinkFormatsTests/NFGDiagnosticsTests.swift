import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// Malformed files: each gives one clear `file:line:column` error with the source
/// line and a caret, never a crash. Messages are compared exactly.
@Suite("NFGReader: malformed files")
struct NFGDiagnosticsTests {
  @Test("wrong header")
  func wrongHeader() {
    #expect(diagnostics(#"GFN 1 R "tree" { "1" "2" }"#) == """
      game.nfg:1:1: error: expected 'NFG' (the header of a strategic game file), found 'GFN'
        GFN 1 R "tree" { "1" "2" }
        ^~~
      """)
    // An extensive game is read by the .efg reader (Docs/nfg.md), whose errors follow.
    #expect(diagnostics(#"EFG 2 R "tree" { "1" "2" }"#)?.hasPrefix(
      "game.nfg:1:27: error: expected the root node: 'c' (chance), 'p' (player) or 't' (terminal), found end of file") == true)
    #expect(diagnostics(#"NFG 2 R "" { "1" } { 1 } 0"#) == """
      game.nfg:1:5: error: expected the format version 1 after 'NFG', found '2'
        NFG 2 R "" { "1" } { 1 } 0
            ^
      """)
    #expect(diagnostics(#"NFG 1 Q "" { "1" } { 1 } 0"#) == """
      game.nfg:1:7: error: expected 'R' or 'D' after 'NFG 1', found 'Q'
        NFG 1 Q "" { "1" } { 1 } 0
              ^
      """)
    #expect(diagnostics("NFG 1 R { \"1\" }") == """
      game.nfg:1:9: error: expected the game title (a quoted string), found '{'
        NFG 1 R { "1" }
                ^
      """)
    #expect(diagnostics("") == "game.nfg:1:1: error: expected 'NFG' (the header of a strategic game file), found end of file\n  \n  ^")
  }

  @Test("bad numbers are all reported, with the rest of the file still checked")
  func badNumbers() {
    let text = """
      NFG 1 R "bad" { "1" "2" } { 2 1 }
      1 x1 1/0
      4
      """
    #expect(diagnostics(text) == """
      game.nfg:2:3: error: expected a payoff (a number), found 'x1'
        1 x1 1/0
          ^~
      game.nfg:2:6: error: invalid number '1/0'; expected a payoff such as 3, -0.25, 1/3 or 2e-3
        1 x1 1/0
             ^~~
      """)
  }

  @Test("unterminated string points at the opening quote")
  func unterminatedString() {
    #expect(diagnostics("NFG 1 R \"title\" { \"P1\" \"P2 }\n{ 2 2 }\n1 2 3 4") == """
      game.nfg:1:24: error: unterminated string: no closing '"' before the end of the file
        NFG 1 R "title" { "P1" "P2 }
                               ^
      """)
  }

  @Test("wrong payoff count: too few and too many")
  func payoffCount() {
    let header = "NFG 1 R \"\" { \"P1\" \"P2\" } { 3 2 }\n"
    #expect(diagnostics(header + "1 2 3 4 5 6 7 8 9 10 11") == """
      game.nfg:2:24: error: expected 12 payoffs (6 profiles × 2 players), found 11
        1 2 3 4 5 6 7 8 9 10 11
                               ^
      """)
    #expect(diagnostics(header + "1 2 3 4 5 6 7 8 9 10 11 12 13") == """
      game.nfg:2:28: error: expected 12 payoffs (6 profiles × 2 players), found 13
        1 2 3 4 5 6 7 8 9 10 11 12 13
                                   ^~
      """)
  }

  @Test("outcome version: index out of range, wrong outcome size, wrong index count")
  func outcomes() {
    let header = "NFG 1 R \"\" { \"P1\" \"P2\" } { 2 1 }\n"
    #expect(diagnostics(header + "{ { \"win\" 1 0 } }\n1 2") == """
      game.nfg:3:3: error: outcome index 2 is out of range: the file defines 1 outcome (0 means no outcome)
        1 2
          ^
      """)
    #expect(diagnostics(header + "{ { \"win\" 1 0 } }\n1 -1") == """
      game.nfg:3:3: error: expected an outcome index (a whole number from 0 to 1), found '-1'
        1 -1
          ^~
      """)
    #expect(diagnostics(header + "{ { \"win\" 1 } }\n1 1") == """
      game.nfg:2:13: error: expected 2 payoffs in outcome 1 ("win"), one per player, found 1
        { { "win" 1 } }
                    ^
      """)
    #expect(diagnostics(header + "{ { \"win\" 1 0 } }\n1") == """
      game.nfg:3:2: error: expected 2 outcome indices (one per profile), found 1
        1
         ^
      """)
    #expect(diagnostics(header + "{ { 1 0 } }\n1 1") == """
      game.nfg:2:5: error: expected the name of outcome 1 (a quoted string), found '1'
        { { 1 0 } }
            ^
      """)
  }

  @Test("missing braces")
  func missingBraces() {
    #expect(diagnostics("NFG 1 R \"\" { \"P1\" \"P2\" { 2 2 }") == """
      game.nfg:1:24: error: expected a player name (a quoted string) or '}', found '{'
        NFG 1 R "" { "P1" "P2" { 2 2 }
                               ^
      """)
    #expect(diagnostics("NFG 1 R \"\" { \"P1\" \"P2\" } { 2 2 \n1 2 3 4 5 6 7 8") == """
      game.nfg:2:1: error: expected '}' to close the strategy counts (one per player, 2 players), found '1'
        1 2 3 4 5 6 7 8
        ^
      """)
    #expect(diagnostics("NFG 1 R \"\" { \"P1\" \"P2\" } { { \"a\" } \"b\" } }") == """
      game.nfg:1:36: error: expected '{' to open the strategies of player 2 ("P2"), found "b"
        NFG 1 R "" { "P1" "P2" } { { "a" } "b" } }
                                           ^~~
      """)
  }

  @Test("empty strategy lists and zero counts")
  func emptyStrategies() {
    #expect(diagnostics("NFG 1 R \"\" { \"P1\" \"P2\" } { { \"a\" } { } } 1 2") == """
      game.nfg:1:36: error: player 2 ("P2") has no strategies
        NFG 1 R "" { "P1" "P2" } { { "a" } { } } 1 2
                                           ^~~
      """)
    #expect(diagnostics("NFG 1 R \"\" { \"P1\" \"P2\" } { 2 0 }") == """
      game.nfg:1:30: error: the number of strategies of player 2 ("P2") must be a positive whole number, found '0'
        NFG 1 R "" { "P1" "P2" } { 2 0 }
                                     ^
      """)
    #expect(diagnostics("NFG 1 R \"\" { } { }") == """
      game.nfg:1:14: error: expected at least one player
        NFG 1 R "" { } { }
                     ^
      """)
  }

  @Test("trailing garbage after the payoffs")
  func trailingGarbage() {
    #expect(diagnostics("NFG 1 R \"\" { \"P1\" } { 2 }\n1 2 }") == """
      game.nfg:2:5: error: unexpected '}' after the last payoff; expected the end of the file
        1 2 }
            ^
      """)
  }

  @Test("a game too large to hold is an error, not an allocation")
  func tooLarge() {
    #expect(diagnostics("NFG 1 R \"\" { \"P1\" \"P2\" } { 100000 100000 } 1") == """
      game.nfg:1:26: error: the game is too large: more than 10000000 pure profiles
        NFG 1 R "" { "P1" "P2" } { 100000 100000 } 1
                                 ^
      """)
  }

  @Test("files that cannot be read name the path")
  func unreadable() {
    #expect(throws: NFGReadError.unreadable(path: "/nonexistent/x.nfg", reason: "No such file or directory")) {
      try NFGReader.read(path: "/nonexistent/x.nfg")
    }
    let directory = NSTemporaryDirectory()
    #expect(throws: NFGReadError.unreadable(path: directory, reason: "Is a directory")) {
      try NFGReader.read(path: directory)
    }
  }
}

/// Names address players and strategies (in `play US=talk`, in JSON), so a file that
/// repeats one is refused at the repeat rather than read into an unplayable game.
@Suite("NFGReader: duplicate names")
struct NFGDuplicateNameTests {
  @Test("a repeated player name is refused where it is repeated")
  func duplicatePlayer() {
    #expect(diagnostics(#"NFG 1 R "" { "A" "A" } { 1 1 } 0 0"#) == """
      game.nfg:1:18: error: duplicate player name "A" (player 1 has it already)
        NFG 1 R "" { "A" "A" } { 1 1 } 0 0
                         ^~~
      """)
  }

  @Test("a repeated strategy label is refused where it is repeated")
  func duplicateStrategy() {
    #expect(diagnostics(#"NFG 1 R "" { "A" "B" } { { "x" "y" "x" } { "z" } } 0 0 0 0 0 0"#) == """
      game.nfg:1:36: error: duplicate strategy label "x" of player 1 ("A") (strategy 1 has it already)
        NFG 1 R "" { "A" "B" } { { "x" "y" "x" } { "z" } } 0 0 0 0 0 0
                                           ^~~
      """)
    // The same label for two different players is fine.
    #expect(diagnostics(#"NFG 1 R "" { "A" "B" } { { "x" "y" } { "x" "y" } } 0 0 0 0 0 0 0 0"#) == nil)
  }
}
