import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

@Suite("SolveJSON")
struct SolveJSONTests {
  static let game = StrategicGame(
    title: "t", players: ["P1", "P2"], strategies: [["a", "b"], ["c", "d"]],
    payoffs: [[r(1), r(2)], [r(3), r(4)], [r(5), r(6)], [r(7), r(8)]])

  static let mixed = Equilibrium(profile: [[r(1, 3), r(2, 3)], [r(1), r(0)]], payoffs: [r(5, 3), r(2)])

  @Test("the object has the issue's keys in the issue's order, exact strings")
  func issueShape() {
    let json = SolveJSON.object(
      file: "g.nfg", game: Self.game,
      .init(equilibria: [Self.mixed], components: [[0]]))
    #expect(json.rendered() == """
      {
        "file": "g.nfg",
        "players": ["P1", "P2"],
        "strategies": [
          ["a", "b"],
          ["c", "d"]
        ],
        "equilibria": [
          {
            "profile": [
              ["1/3", "2/3"],
              ["1", "0"]
            ],
            "payoffs": ["5/3", "2"]
          }
        ],
        "components": [
          [0]
        ]
      }
      """)
  }

  @Test("several files make an array in order; one file is a bare object")
  func documents() throws {
    let a = SolveJSON.object(file: "a.nfg", game: Self.game, .init(equilibria: []))
    let b = SolveJSON.failure(file: "b.nfg", message: "b.nfg:1:1: error: expected 'NFG'")
    #expect(SolveJSON.document([a]) == a.rendered() + "\n")
    let text = SolveJSON.document([a, b])
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    #expect(parsed.map { $0["file"] as? String } == ["a.nfg", "b.nfg"])
    #expect(parsed[1]["error"] as? String == "b.nfg:1:1: error: expected 'NFG'")
    #expect((parsed[0]["equilibria"] as? [Any])?.isEmpty == true)
  }

  @Test("maximin and dominance parts follow the standard keys")
  func extraParts() throws {
    let security = [SecurityStrategy(strategy: [r(1, 2), r(1, 2)], value: r(0)),
                    SecurityStrategy(strategy: [r(1), r(0)], value: r(-1, 4))]
    let elimination = Dominance.Elimination(
      steps: [.init(player: 1, strategy: 0, dominator: [r(0), r(1)], strength: .strict)],
      remaining: [[0, 1], [1]])
    let json = SolveJSON.object(
      file: "m.nfg", game: Self.game,
      .init(security: security, value: r(0), dominance: [("strict", elimination)]))
    let text = json.rendered()
    let keys = ["\"file\"", "\"players\"", "\"strategies\"", "\"security\"", "\"value\"", "\"dominance\""]
    let positions = keys.map { text.range(of: $0)!.lowerBound }
    #expect(positions == positions.sorted())
    #expect(!text.contains("\"equilibria\""))
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let strict = try #require((parsed["dominance"] as? [String: Any])?["strict"] as? [String: Any])
    let step = try #require((strict["steps"] as? [[String: Any]])?.first)
    #expect(step["player"] as? Int == 1)
    #expect(step["dominator"] as? [String] == ["0", "1"])
    #expect(step["strength"] as? String == "strict")
    #expect(strict["remaining"] as? [[Int]] == [[0, 1], [1]])
    #expect((parsed["security"] as? [[String: Any]])?[1]["value"] as? String == "-1/4")
  }

  @Test("strings are escaped per RFC 8259 and parse back unchanged")
  func escaping() throws {
    let nasty = "q\"uote \\ back\nline\ttab \u{01} 玩家 ü"
    #expect(JSONValue.string(nasty).rendered() == #""q\"uote \\ back\nline\ttab \u0001 玩家 ü""#)
    let text = JSONValue.array([.string(nasty)]).rendered()
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
    #expect(parsed == [nasty])
  }

  @Test("empty containers and scalars")
  func scalars() {
    #expect(JSONValue.object([("a", .array([])), ("b", .object([])), ("c", .null), ("d", .bool(true)),
                              ("e", .int(-3))]).rendered() == """
      {
        "a": [],
        "b": {},
        "c": null,
        "d": true,
        "e": -3
      }
      """)
  }
}
