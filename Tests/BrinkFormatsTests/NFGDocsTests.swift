import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// Docs/nfg.md is executed: every ```nfg block parses, the error example is what
/// the reader prints, and the JSON example is valid JSON with the documented keys.
@Suite("Docs/nfg.md examples")
struct NFGDocsTests {
  static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Docs/nfg.md")

  /// The fenced code blocks of `language` in the document, in order.
  static func blocks(_ language: String) throws -> [String] {
    let text = try String(contentsOf: docs, encoding: .utf8)
    var result = [String]()
    var current: [Substring]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line == "```\(language)" {
        current = []
      } else if current != nil, line == "```" {
        result.append(current!.joined(separator: "\n") + "\n")
        current = nil
      } else {
        current?.append(line)
      }
    }
    return result
  }

  @Test("every nfg example parses")
  func examplesParse() throws {
    let examples = try Self.blocks("nfg")
    #expect(examples.count == 5)
    for example in examples {
      #expect(throws: Never.self) { try NFGReader.parse(example, file: "docs") }
    }
    let three = try NFGReader.parse(examples[2]).game
    #expect(three.payoffs[0] == [r(1, 10), r(-1, 3), r(2)])
    let labels = try NFGReader.parse(examples[3]).game
    #expect(labels.title == "A \"quoted\" title")
    #expect(labels.players == ["玩家 1", "Player \\ 2"])
  }

  @Test("the writer example is what the writer writes for the outcome example")
  func writerExample() throws {
    let examples = try Self.blocks("nfg")
    let game = try NFGReader.parse(examples[1]).game
    #expect(NFGWriter.write(game) == examples[4])
  }

  @Test("the error example is the reader's message")
  func errorExample() throws {
    let shown = try #require(try Self.blocks("text").first)
    let text = "NFG 1 R \"\" { \"P1\" \"P2\" } { 3 2 }\n1 2 3 4 5 6 7 8 9 10 11"
    #expect(diagnostics(text) .map { $0 + "\n" } == shown)
  }

  @Test("the JSON example is valid and in the documented key order")
  func jsonExample() throws {
    let shown = try #require(try Self.blocks("json").first)
    let game = StrategicGame(
      players: ["Wife", "Husband"], strategies: [["Ballet", "Boxing"], ["Ballet", "Boxing"]],
      payoffs: [[r(2), r(1)], [r(0), r(0)], [r(0), r(0)], [r(1), r(2)]])
    let mixed = Equilibrium(profile: [[r(2, 3), r(1, 3)], [r(1, 3), r(2, 3)]], payoffs: [r(2, 3), r(2, 3)])
    #expect(SolveJSON.object(file: "bos.nfg", game: game, .init(equilibria: [mixed], components: [[0]])).rendered()
            + "\n" == shown)
    #expect(EquilibriumOracle.isEquilibrium(mixed.profile, of: game))
  }
}
