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

  /// The narration of the bluffing equilibrium states the numbers worked by hand in
  /// `Scenarios/crisis-bluff.efg`'s comment: the irresolute type threatens with
  /// probability 2/3, a threat leaves the Challenger believing resolved 1/3 (so
  /// irresolute 2/3), and it presses half the time, which leaves the bluffer 0.
  @Test("crisis-bluff.efg: the bluffing equilibrium's narration says the hand-worked numbers")
  func crisisBluffNarration() {
    let s = Session()
    let path = Self.root.appendingPathComponent("Scenarios/crisis-bluff.efg").path
    #expect(s.execute("load \(path)").error == nil)
    let text = s.execute("solve").output
    #expect(text.contains("2. semi-separating (passes the intuitive criterion)"))
    #expect(text.contains("the irresolute type sends it too with probability 2/3 (0.6667) (mimicking the resolved type)"))
    #expect(text.contains("After threaten, Challenger believes irresolute with probability 2/3 (0.6667), where it is indifferent"))
    #expect(text.contains("mixes press 1/2 (0.5), back off 1/2 (0.5)"))
    #expect(text.contains("the irresolute type gains nothing by mimicking (it gets 0 either way)"))
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
