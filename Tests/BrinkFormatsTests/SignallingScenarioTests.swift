import BrinkCore
import BrinkFormats
import Foundation
import Testing

/// The teaching signalling games in Scenarios/ (`.efg`): the equilibria their
/// comments cite are exactly the ones `SignallingEquilibria` reports, and every
/// reported equilibrium, at every corner of its off-path support, is a perfect
/// Bayesian equilibrium of the tree as read from the file (`isPerfectBayesian`,
/// computed on the tree, sharing nothing with the enumeration).
@Suite struct SignallingScenarioTests {
  static func read(_ name: String) throws -> (ExtensiveGame, SignallingAnalysis) {
    let url = packageRoot.appendingPathComponent("Scenarios/\(name).efg")
    let tree = try EFGReader.parse(String(contentsOf: url, encoding: .utf8), file: name).game
    let game = try #require(SignallingGame(tree))
    return (tree, try SignallingEquilibria.enumerate(game))
  }

  static func checkOnTree(_ tree: ExtensiveGame, _ analysis: SignallingAnalysis) throws {
    for e in analysis.equilibria {
      for (profile, beliefs) in analysis.game.supportingAssessments(e, in: tree) {
        #expect(try tree.isPerfectBayesian(profile, beliefs: beliefs))
      }
    }
  }

  @Test("beer-quiche.efg: the two pooling equilibria of Cho and Kreps (1987); only beer-pooling is intuitive")
  func beerQuiche() throws {
    let (tree, analysis) = try Self.read("beer-quiche")
    #expect(analysis.game.types == ["strong", "weak"])
    #expect(analysis.game.prior == [r(9, 10), r(1, 10)])
    #expect(analysis.equilibria.map(\.kind) == [.pooling, .pooling])
    #expect(analysis.equilibria.map(\.strategy) == [[[r(1), r(0)], [r(1), r(0)]], [[r(0), r(1)], [r(0), r(1)]]])
    #expect(analysis.equilibria.map(\.intuitive.passes) == [true, false])
    // Off the path, duel, with the belief "strong" at most 1/2 (weak at least 1/2).
    #expect(analysis.equilibria[0].offPath[1][0] == .init(replies: [0], firstProbability: r(1)...r(1), beliefs: r(0)...r(1, 2)))
    #expect(analysis.equilibria[1].offPath[0][0] == .init(replies: [0], firstProbability: r(1)...r(1), beliefs: r(0)...r(1, 2)))
    #expect(analysis.equilibria.map(\.typePayoffs) == [[r(3), r(2)], [r(2), r(3)]])
    try Self.checkOnTree(tree, analysis)
  }

  @Test("crisis-bluff.efg: pooling on quiet, and the bluffing semi-separating equilibrium worked in its comment")
  func crisisBluff() throws {
    let (tree, analysis) = try Self.read("crisis-bluff")
    #expect(analysis.game.types == ["resolved", "irresolute"])
    #expect(analysis.degeneracies.isEmpty)
    #expect(analysis.equilibria.count == 2)
    let quiet = try #require(analysis.equilibria.first { $0.kind == .pooling })
    #expect(quiet.strategy == [[r(0), r(1)], [r(0), r(1)]])
    #expect(quiet.replies[1] == [r(1), r(0)])  // pressed
    #expect(quiet.offPath[0] == [.init(replies: [0], firstProbability: r(1)...r(1), beliefs: r(0)...r(1, 3))])
    #expect(quiet.typePayoffs == [r(1), r(0)])
    #expect(quiet.intuitive == .passes)
    let bluff = try #require(analysis.equilibria.first { $0.kind == .semiSeparating })
    #expect(bluff.strategy == [[r(1), r(0)], [r(2, 3), r(1, 3)]])
    #expect(bluff.beliefs[0] == r(1, 3))
    #expect(bluff.replies[0] == [r(1, 2), r(1, 2)])
    #expect(bluff.beliefs[1] == r(0))
    #expect(bluff.replies[1] == [r(1), r(0)])
    #expect(bluff.typePayoffs == [r(3, 2), r(0)])
    #expect(bluff.intuitive == .passes)
    try Self.checkOnTree(tree, analysis)
  }

  @Test("the JSON form names types, classes and off-path support, exactly")
  func json() throws {
    let (tree, analysis) = try Self.read("beer-quiche")
    let text = SignallingJSON.object(file: "beer-quiche.efg", players: tree.players, analysis, degeneracies: []).rendered()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "signalling")
    #expect(object["types"] as? [String] == ["strong", "weak"])
    let equilibria = try #require(object["equilibria"] as? [[String: Any]])
    #expect(equilibria.map { $0["class"] as? String } == ["pooling", "pooling"])
    #expect(equilibria.map { $0["intuitiveCriterion"] as? Bool } == [true, false])
    #expect(equilibria[1]["failsAfter"] as? String == "beer")
    #expect(equilibria[1]["revealedType"] as? String == "strong")
    #expect(equilibria[0]["beliefs"] as? [Any?] != nil)
    let support = try #require((equilibria[0]["offPath"] as? [Any])?[1] as? [[String: Any]])
    #expect(support[0]["replies"] as? [String] == ["duel"])
    #expect(support[0]["beliefs"] as? [String] == ["0", "1/2"])
  }
}
