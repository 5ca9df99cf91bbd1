import BrinkCore
import Testing

@testable import BrinkFormats

@Suite("NFGWriter")
struct NFGWriterTests {
  @Test("writes the canonical payoff version, one bimatrix column per line")
  func canonicalText() throws {
    let game = try NFGReader.read(path: Fixtures.path("selten-outcome.nfg")).game
    #expect(NFGWriter.write(game) == """
      NFG 1 R "Selten (IJGT, 75), Figure 2, normal form" { "Player 1" "Player 2" }
      { { "1" "2" "3" } { "1" "2" } }
      ""

      1 1 0 2 0 2
      1 1 0 3 2 0

      """)
  }

  @Test("fractions are written exactly")
  func fractions() {
    let game = StrategicGame(title: "f", players: ["a"], strategies: [["x", "y"]],
                             payoffs: [[r(1, 3)], [r(-5, 2)]])
    #expect(NFGWriter.write(game, comment: "c") == "NFG 1 R \"f\" { \"a\" }\n{ { \"x\" \"y\" } }\n\"c\"\n\n1/3 -5/2\n")
  }

  @Test("labels that need escapes are quoted so the reader gets them back")
  func escapes() {
    #expect(NFGWriter.quote(#"say "hi""#) == #""say \"hi\"""#)
    #expect(NFGWriter.quote(#"a\b"#) == #""a\b""#)
    #expect(NFGWriter.quote(#"ends\"#) == #""ends\\""#)
    #expect(NFGWriter.quote(#"\""#) == #""\\\"""#)
  }

  static let oddNames = [
    "", "\"", "\\", "\\\\", "a\\\"b", "quote \"inside\" it", "tab\there", "line\nbreak", "{ } ,", "NFG 1 R",
    "1/3", "玩家 ü", "trailing \\",
  ]

  @Test("read → write → read gives an equal game, whatever the names", arguments: oddNames)
  func roundTripNames(_ name: String) throws {
    let game = StrategicGame(
      title: name, players: [name, "P2 " + name],
      strategies: [[name, "x"], ["y" + name]],
      payoffs: [[r(1, 3), r(-2)], [r(0), r(7, 10)]])
    let text = NFGWriter.write(game, comment: name)
    let back = try NFGReader.parse(text)
    #expect(back.game == game)
    #expect(back.comment == name)
  }

  @Test("round trip of every fixture")
  func roundTripFixtures() throws {
    for name in ["prisoners-dilemma.nfg", "selten-outcome.nfg", "selten-payoff.nfg", "three-player.nfg",
                 "matching-pennies.nfg", "von-stengel-degenerate.nfg", "battle-of-the-sexes.nfg"] {
      let file = try NFGReader.read(path: Fixtures.path(name))
      let back = try NFGReader.parse(NFGWriter.write(file), file: name)
      #expect(back == file, "\(name)")
    }
  }

  @Test("round trip of seeded random games with rational payoffs and 1 to 4 players")
  func roundTripRandom() throws {
    var generator = SplitMix64(seed: 2026)
    for _ in 0..<50 {
      let players = Int.random(in: 1...4, using: &generator)
      let strategies = (0..<players).map { p in
        (0..<Int.random(in: 1...3, using: &generator)).map { "s\(p)\($0)" }
      }
      let profiles = strategies.reduce(1) { $0 * $1.count }
      let payoffs = (0..<profiles).map { _ in
        (0..<players).map { _ in
          r(Int.random(in: -1000...1000, using: &generator), Int.random(in: 1...12, using: &generator))
        }
      }
      let game = StrategicGame(title: "random", players: (0..<players).map { "P\($0)" },
                               strategies: strategies, payoffs: payoffs)
      #expect(try NFGReader.parse(NFGWriter.write(game)).game == game)
    }
  }
}

