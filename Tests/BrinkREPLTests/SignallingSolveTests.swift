import Foundation
import Testing
@testable import BrinkREPL

/// The REPL's `solve` after `load FILE.efg`: a signalling game's perfect Bayesian
/// equilibria follow the strategic form's Nash equilibria, for that game as loaded
/// (an edit hides them, since they were computed on the tree).
@Suite struct SignallingSolveTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test("load beer-quiche.efg; solve lists both pooling equilibria and the intuitive criterion's verdicts")
  func beerQuiche() {
    let s = Session()
    let path = Self.root.appendingPathComponent("Scenarios/beer-quiche.efg").path
    #expect(s.execute("load \(path)").error == nil)
    let text = s.execute("solve").output
    #expect(text.contains("Nash equilibria"))
    #expect(text.contains("Perfect Bayesian equilibria: 2"))
    #expect(text.contains("1. pooling on beer (passes the intuitive criterion)"))
    #expect(text.contains("2. pooling on quiche (fails the intuitive criterion)"))
    #expect(text.contains("so beer should reveal the strong type"))
    // An edit makes it another game: the tree's analysis is no longer shown.
    #expect(s.execute("set payoff beer/beer duel/duel Sender 5").error == nil)
    #expect(!s.execute("solve").output.contains("Perfect Bayesian"))
    #expect(s.execute("undo").error == nil)
    #expect(s.execute("solve").output.contains("Perfect Bayesian equilibria: 2"))
  }

  @Test("a tree that is not a signalling game is solved as before, through its strategic form only")
  func notSignalling() {
    let s = Session()
    let path = Self.root.appendingPathComponent("Tests/BrinkFormatsTests/Fixtures/entry-deterrence.efg").path
    #expect(s.execute("load \(path)").error == nil)
    let text = s.execute("solve").output
    #expect(text.contains("Nash equilibria"))
    #expect(!text.contains("Perfect Bayesian"))
  }
}
