import BrinkCore
import Testing

@testable import BrinkFormats

@Suite("NFGReader: valid files")
struct NFGReaderTests {
  @Test("payoff version with labels: Axelrod's prisoner's dilemma")
  func prisonersDilemma() throws {
    let file = try NFGReader.read(path: Fixtures.path("prisoners-dilemma.nfg"))
    let game = file.game
    #expect(game.title == "Prisoner's Dilemma")
    #expect(game.players == ["Row", "Column"])
    #expect(game.strategies == [["Cooperate", "Defect"], ["Cooperate", "Defect"]])
    #expect(file.comment.hasPrefix("Payoffs (temptation 5"))
    let bimatrix = try #require(game.bimatrix)
    #expect(bimatrix.a == [[r(3), r(0)], [r(5), r(1)]])
    #expect(bimatrix.b == [[r(3), r(5)], [r(0), r(1)]])
  }

  @Test("outcome and payoff versions of Gambit's Selten example define the same game")
  func seltenBothVersions() throws {
    let outcome = try NFGReader.read(path: Fixtures.path("selten-outcome.nfg")).game
    let payoff = try NFGReader.read(path: Fixtures.path("selten-payoff.nfg")).game
    #expect(outcome.payoffs == payoff.payoffs)
    #expect(outcome.shape == [3, 2])
    // Strategy counts are labelled 1, 2, … as Gambit does.
    #expect(payoff.strategies == [["1", "2", "3"], ["1", "2"]])
    // The first player's strategy varies fastest: profile (3, 2) is the last.
    #expect(payoff.payoff(0, at: [2, 1]) == r(2))
    #expect(payoff.payoff(1, at: [2, 1]) == r(0))
    #expect(payoff.payoff(1, at: [1, 0]) == r(2))
  }

  @Test("numbers are exact: integers, decimals, fractions, exponents, signs, leading point")
  func exactNumbers() throws {
    let text = """
      NFG 1 R "numbers" { "1" "2" } { 2 2 }
      0.1 -1/3 2.5e-2 +4 .80 1E3 -0 7
      """
    let game = try NFGReader.parse(text).game
    #expect(game.payoffs == [[r(1, 10), r(-1, 3)], [r(1, 40), r(4)], [r(4, 5), r(1000)], [r(0), r(7)]])
  }

  @Test("'D' header, comment, escapes, unicode and commas between outcome payoffs")
  func lexicalDetails() throws {
    let text = """
      NFG 1 D "A \\"quoted\\" title \\\\ end" { "Ünïcode 玩家" "P\\2" }
      { { "a" "b" } { "c" } } "a comment"
      { { "first" 1, 2 } { "second" -1 , 0 } }
      2 0
      """
    let file = try NFGReader.parse(text)
    #expect(file.game.title == "A \"quoted\" title \\ end")
    #expect(file.game.players == ["Ünïcode 玩家", "P\\2"])
    #expect(file.comment == "a comment")
    #expect(file.game.payoffs == [[r(-1), r(0)], [r(0), r(0)]])
  }

  @Test("N players: three-player coordination")
  func threePlayers() throws {
    let game = try NFGReader.read(path: Fixtures.path("three-player.nfg")).game
    #expect(game.playerCount == 3)
    #expect(game.bimatrix == nil)
    #expect(game.payoffs[0] == [r(1), r(1), r(1)])
    #expect(game.payoff(2, at: [1, 1, 1]) == r(2))
    #expect(PureEquilibria.all(of: game).count == 2)
  }

  @Test("one player and one-strategy players are valid games")
  func smallGames() throws {
    let game = try NFGReader.parse(#"NFG 1 R "" { "solo" } { 3 } 1 2 3"#).game
    #expect(game.payoffs == [[r(1)], [r(2)], [r(3)]])
    let single = try NFGReader.parse(#"NFG 1 R "" { "a" "b" } { 1 1 } 4 5"#).game
    #expect(single.payoffs == [[r(4), r(5)]])
  }

  @Test("whitespace is insignificant: tabs, CRLF line ends, everything on one line")
  func whitespace() throws {
    let text = "NFG\t1 R \"t\"\r\n{ \"1\" \"2\" }\r\n{ 2 1 }\r\n\r\n1 2\t3 4\r\n"
    #expect(try NFGReader.parse(text).game.payoffs == [[r(1), r(2)], [r(3), r(4)]])
  }
}
